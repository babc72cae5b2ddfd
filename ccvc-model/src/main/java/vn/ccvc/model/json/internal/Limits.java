package vn.ccvc.model.json.internal;

/**
 * Reading limits of a codec. Each guards memory or time against a hostile or broken document.
 *
 * @param maxDocumentBytes size of one document in UTF-8 bytes, and of one line of a
 *     {@code .jsonl} file
 * @param maxDepth nesting of objects and arrays; the format itself nests 4 deep
 * @param maxStringLength length of one string value in UTF-16 characters
 * @param maxNumberLength digits of one number, as written and in plain notation
 * @param maxProfilesPerFile non-blank lines read from one {@code .jsonl} file
 */
public record Limits(int maxDocumentBytes, int maxDepth, int maxStringLength,
    int maxNumberLength, int maxProfilesPerFile) {

  /** Maximum length of a member name in characters; the format's longest is 26. */
  public static final int MAX_NAME_LENGTH = 1000;
}
