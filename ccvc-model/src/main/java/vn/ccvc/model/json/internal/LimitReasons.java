package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Explains which reading limit a document exceeded. Jackson 2 reports every limit with the
 * same exception type, so the limit is recognised by the start of its message. A message tells
 * the author of the document what to change and names the builder setting for the host that
 * embeds the codec, the only one who can raise it.
 */
final class LimitReasons {

  /**
   * A recognised limit: the key of {@code ProfileReadException.reason()} and the message.
   *
   * @param key the name of the builder setting, such as {@code maxDepth}
   * @param message what is wrong and what to do, starting in lower case
   */
  record Reason(String key, String message) {}

  private LimitReasons() {}

  /** Returns the reason for the limit that {@code e} reports. */
  static Reason of(StreamConstraintsException e, Limits limits) {
    String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (detail.startsWith("Document nesting depth")) {
      return new Reason("maxDepth", "objects and arrays are nested deeper than the limit of "
          + limits.maxDepth() + " levels; remove the extra nesting, since the format needs 4 "
          + hostCanRaise("maxDepth"));
    }
    if (detail.startsWith("String value length")) {
      return new Reason("maxStringLength", "a string is longer than the limit of "
          + limits.maxStringLength() + " characters; shorten it " + hostCanRaise(
              "maxStringLength"));
    }
    if (detail.startsWith("Number value length")) {
      return new Reason("maxNumberLength", "a number has more digits than the limit of "
          + limits.maxNumberLength() + "; check the value " + hostCanRaise("maxNumberLength"));
    }
    if (detail.startsWith("Name length")) {
      return new Reason("maxNameLength", "a member name is longer than "
          + Limits.MAX_NAME_LENGTH + " characters; check the name against the format");
    }
    if (detail.startsWith("Document length")) {
      return new Reason("maxDocumentBytes", document(limits));
    }
    return new Reason("other", "the document exceeds a reading limit of the codec; check "
        + "that it is a profile of the format");
  }

  /** Returns the message for a document or {@code .jsonl} line over the size limit. */
  static String document(Limits limits) {
    return "the document is larger than the limit of " + limits.maxDocumentBytes()
        + " bytes; split it into smaller documents " + hostCanRaise("maxDocumentBytes");
  }

  /** Returns the message for a {@code .jsonl} file with too many profiles. */
  static String profilesPerFile(Limits limits) {
    return "the file holds more than " + limits.maxProfilesPerFile() + " profiles, so this "
        + "line and the rest were not read; split the file " + hostCanRaise(
            "maxProfilesPerFile");
  }

  /** Returns the message for a {@code .jsonl} line over the size limit. */
  static String line(Limits limits) {
    return "the line is longer than the limit of " + limits.maxDocumentBytes() + " bytes; "
        + "check that each profile is on its own line " + hostCanRaise("maxDocumentBytes");
  }

  private static String hostCanRaise(String setting) {
    return "(a host can raise ProfileCodec.builder()." + setting + "(...))";
  }
}
