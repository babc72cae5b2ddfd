package vn.ccvc.credentials;

import java.util.Objects;

/**
 * A look-alike character in the name an initial password was made from, replaced by the letter
 * it stands for before folding, as {@link vn.ccvc.model.TextRepair} does: an eth {@code Ð} for
 * {@code Đ}, a Cyrillic {@code а} for {@code a}. The source should be corrected.
 *
 * @param field the field that held it, {@code fullName} or {@code givenName}
 * @param found the code point found
 * @param letter the letter that replaced it, with the accents that followed it, in NFC
 */
public record NameRepair(String field, int found, String letter) {

  /** Creates a repair record. */
  public NameRepair {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(letter, "letter");
  }

  /** Returns the repair as {@code fullName: U+0430 'а' -> 'a'}. */
  @Override
  public String toString() {
    return String.format("%s: U+%04X '%s' -> '%s'", field, found, Character.toString(found),
        letter);
  }
}
