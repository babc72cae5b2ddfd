package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Explains which reading limit a document exceeded. Jackson 2 reports every limit with the
 * same exception type, so the limit is recognised by the start of its message.
 */
final class LimitReasons {

  private LimitReasons() {}

  /** Returns the reason, starting in lower case, with the limit and the setting to raise. */
  static String of(StreamConstraintsException e, Limits limits) {
    String detail = e.getOriginalMessage();
    if (detail.startsWith("Document nesting depth")) {
      return "objects and arrays are nested deeper than the limit of " + limits.maxDepth()
          + " levels; remove the extra nesting or raise maxDepth";
    }
    if (detail.startsWith("String value length")) {
      return "a string is longer than the limit of " + limits.maxStringLength()
          + " characters; shorten it or raise maxStringLength";
    }
    if (detail.startsWith("Number value length")) {
      return "a number has more digits than the limit of " + limits.maxNumberLength()
          + "; check the value or raise maxNumberLength";
    }
    if (detail.startsWith("Name length")) {
      return "a member name is longer than " + Limits.MAX_NAME_LENGTH
          + " characters; check the name against the format";
    }
    if (detail.startsWith("Document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes()
          + " bytes; split it or raise maxDocumentBytes";
    }
    return "the document exceeds a reading limit (" + Values.maskDigitRuns(detail) + ")";
  }
}
