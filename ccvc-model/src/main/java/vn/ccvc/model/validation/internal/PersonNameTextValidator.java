package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.ccvc.model.PersonName;
import vn.ccvc.model.validation.PersonNameText;

/** Checks {@link PersonNameText}; the message shows the first offending character. */
public final class PersonNameTextValidator
    implements ConstraintValidator<PersonNameText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    int at = value == null ? -1 : PersonName.indexOfInvalidCharacter(value);
    if (at < 0) {
      return true;
    }
    int c = value.codePointAt(at);
    String shown = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
        ? String.format("U+%04X", c) : String.format("\"%s\" (U+%04X)", Character.toString(c), c);
    context.unwrap(HibernateConstraintValidatorContext.class)
        .withDynamicPayload(Map.of("character", shown));
    return false;
  }
}
