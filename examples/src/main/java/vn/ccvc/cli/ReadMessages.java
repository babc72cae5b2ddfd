package vn.ccvc.cli;

import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;

/**
 * Messages for the codec's read errors in the language of {@code --lang}, chosen by the
 * error's code and {@link ProfileReadException#reason()}. The line, column and path are printed
 * beside the message, so it repeats none of them. The numbers are the codec's default limits,
 * which the tool uses.
 */
final class ReadMessages {

  private ReadMessages() {}

  /** Returns the message for {@code error} in {@code language}. */
  static String of(ProfileReadException error, Language language) {
    String[] texts = texts(error.code(), error.reason());
    if (texts.length == 0) {
      return OutputText.oneLine(error.getMessage());
    }
    return language == Language.VI ? texts[0] : texts[1];
  }

  /** Returns the Vietnamese and the English text, or none for a code the tool does not know. */
  private static String[] texts(String code, String reason) {
    return switch (code) {
      case ProfileReadException.MALFORMED -> malformed(reason);
      case ProfileReadException.TOO_LARGE -> tooLarge(reason);
      case ProfileReadException.UNREADABLE -> unreadable(reason);
      case ProfileReadException.WRONG_TYPE -> pair(
          "Giá trị sai kiểu (chuỗi, số, đối tượng hay mảng); hãy xem kiểu của thành viên này"
              + " trong docs/profile-format.md.",
          "The value has the wrong type (string, number, object or array); check this"
              + " member's type in docs/profile-format.md.");
      case ProfileReadException.UNKNOWN_FIELD -> pair(
          "Định dạng không có thành viên này; hãy kiểm tra chính tả (phân biệt chữ hoa, chữ"
              + " thường) hoặc xoá nó.",
          "The format has no such member; check the spelling (names are case-sensitive) or"
              + " remove it.");
      case ProfileReadException.INVALID_VALUE -> pair(
          "Giá trị không thuộc các giá trị được phép của thành viên này; hãy xem"
              + " docs/profile-format.md.",
          "The value is not one of the values this member allows; see"
              + " docs/profile-format.md.");
      case ProfileReadException.UNSUPPORTED_SCHEMA_VERSION -> pair(
          "schemaVersion bị thiếu hoặc không được hỗ trợ: công cụ đọc phiên bản 1, hãy ghi"
              + " \"schemaVersion\": 1.",
          "schemaVersion is missing or not supported: the tool reads version 1, so write"
              + " \"schemaVersion\": 1.");
      default -> new String[0];
    };
  }

  private static String[] malformed(String reason) {
    return switch (reason) {
      case "empty" -> pair("Tài liệu trống; hãy viết một hồ sơ dạng đối tượng JSON {…}.",
          "The document is empty; write one profile as a JSON object {…}.");
      case "truncated" -> pair("Tài liệu kết thúc khi JSON chưa đủ: thiếu dấu ngoặc kép,"
          + " ngoặc vuông hoặc ngoặc nhọn đóng, hoặc tệp bị cắt cụt.",
          "The document ends before the JSON is complete: a closing quote, bracket or brace"
              + " is missing, or the file was cut short.");
      case "trailingComma" -> pair("Có dấu phẩy ngay trước dấu ngoặc đóng; hãy xoá dấu phẩy"
          + " sau phần tử cuối.", "A comma comes before the closing bracket or brace; remove"
          + " the comma after the last entry.");
      case "comment" -> pair("JSON không cho phép chú thích; hãy xoá chú thích.",
          "JSON has no comments; remove the comment.");
      case "nonNumericNumber" -> pair("NaN và Infinity không phải là số JSON; hãy viết một số"
          + " hoặc bỏ thành viên này.", "NaN and Infinity are not JSON numbers; write a number"
          + " or leave the member out.");
      case "leadingZero" -> pair("Số không được bắt đầu bằng 0 rồi đến chữ số khác; hãy bỏ các"
          + " số 0 ở đầu, hoặc viết mã như \"01\" thành chuỗi trong dấu ngoặc kép.",
          "A number may not start with 0 followed by more digits; remove the leading zeros,"
              + " or write a code such as \"01\" as a string in double quotes.");
      case "numberFormat" -> pair("Số không được viết đúng cách của JSON: các chữ số, có thể có"
          + " dấu trừ ở đầu và dấu chấm thập phân nằm giữa các chữ số, như 2.34 hoặc -1.",
          "The number is not written as JSON requires: digits with an optional leading minus"
              + " sign and a decimal point between digits, such as 2.34 or -1.");
      case "quote" -> pair("Chuỗi và tên thành viên JSON phải nằm trong dấu ngoặc kép thẳng"
          + " \"…\"; hãy thay dấu nháy đơn hoặc dấu ngoặc kép cong.", "JSON strings and member"
          + " names take straight double quotes \"…\"; replace the single or curly quotes.");
      case "unquotedName" -> pair("Tên thành viên phải nằm trong dấu ngoặc kép, như"
          + " \"fullName\".", "A member name must be in double quotes, such as \"fullName\".");
      case "controlCharacter" -> pair("Chuỗi chứa ký tự điều khiển thô như tab hoặc xuống dòng;"
          + " hãy viết dạng thoát như \\t, \\n hoặc xoá ký tự đó.", "A string contains a raw"
          + " control character, such as a tab or a line break; write it as an escape such as"
          + " \\t or \\n, or remove it.");
      case "badEscape" -> pair("Dấu gạch chéo ngược mở đầu một dãy thoát mà JSON không có; hãy"
          + " viết \\\\ cho một dấu gạch chéo ngược.", "A backslash starts an escape that JSON"
          + " does not have; write \\\\ for a backslash.");
      case "missingComma" -> pair("Thiếu dấu phẩy giữa hai phần tử; hãy thêm dấu phẩy sau giá"
          + " trị phía trước.", "A comma is missing between two entries; add a comma after the"
          + " previous value.");
      case "missingColon" -> pair("Thiếu dấu hai chấm sau tên thành viên; hãy viết \"tên\":"
          + " giá trị.", "A colon is missing after the member name; write \"name\": value.");
      case "bracketMismatch" -> pair("Dấu ngoặc đóng không khớp với ngoặc mở: ] đóng mảng, }"
          + " đóng đối tượng; hãy kiểm tra mỗi [ và { được đóng đúng thứ tự.", "A closing"
          + " bracket does not match the open one: ] closes an array and } an object; check"
          + " that each [ and { is closed in order.");
      case "unexpectedWord" -> pair("Có một từ không phải giá trị JSON; giá trị phải là chuỗi"
          + " trong dấu ngoặc kép, số, đối tượng, mảng, true, false hoặc null.", "A word here"
          + " is not a JSON value; write a string in double quotes, a number, an object, an"
          + " array, true, false or null.");
      case "duplicateMember" -> pair("Thành viên này xuất hiện hai lần trong cùng một đối"
          + " tượng; hãy giữ lại một.", "The member appears twice in the same object; keep one"
          + " of them.");
      case "trailingContent" -> pair("Còn nội dung sau khi hồ sơ đã kết thúc; tệp .json chứa"
          + " một hồ sơ, nên hãy xoá phần thừa hoặc đặt mỗi hồ sơ trên một dòng của tệp .jsonl.",
          "There is more content after the end of the profile; a .json file holds one"
              + " profile, so remove the rest or put one profile per line in a .jsonl file.");
      case "notUtf8" -> pair("Các byte tại đây không phải UTF-8 hợp lệ; hãy lưu tệp ở dạng"
          + " UTF-8 (không phải Windows-1258, TCVN3 hay VNI).", "The bytes here are not valid"
          + " UTF-8; save the file in UTF-8 (not Windows-1258, TCVN3 or VNI).");
      default -> pair("JSON sai cú pháp tại đây; nguyên nhân thường gặp là thiếu dấu phẩy, dấu"
          + " ngoặc kép hoặc dấu ngoặc.", "The JSON is malformed here; a missing comma, quote"
          + " or bracket is the usual cause.");
    };
  }

  private static String[] tooLarge(String reason) {
    return switch (reason) {
      case "maxDocumentBytes" -> pair("Tài liệu (hoặc dòng của tệp .jsonl) lớn hơn giới hạn "
          + mebibytes() + " MiB; hãy tách thành các tệp nhỏ hơn, và với tệp .jsonl hãy kiểm"
          + " tra mỗi hồ sơ nằm trên một dòng riêng.", "The document (or .jsonl line) is larger"
          + " than the limit of " + mebibytes() + " MiB; split it into smaller files, and in a"
          + " .jsonl file check that each profile is on its own line.");
      case "maxDepth" -> pair("Đối tượng và mảng lồng nhau sâu hơn giới hạn "
          + ProfileCodec.DEFAULT_MAX_DEPTH + " tầng; định dạng chỉ cần 4 tầng, hãy bỏ phần lồng"
          + " thừa.", "Objects and arrays are nested deeper than the limit of "
          + ProfileCodec.DEFAULT_MAX_DEPTH + " levels; the format needs 4, so remove the extra"
          + " nesting.");
      case "maxStringLength" -> pair("Một chuỗi dài hơn giới hạn "
          + ProfileCodec.DEFAULT_MAX_STRING_LENGTH + " ký tự; hãy rút ngắn chuỗi đó.",
          "A string is longer than the limit of " + ProfileCodec.DEFAULT_MAX_STRING_LENGTH
              + " characters; shorten it.");
      case "maxNumberLength" -> pair("Một số có nhiều hơn " + ProfileCodec.DEFAULT_MAX_NUMBER_LENGTH
          + " chữ số; hãy kiểm tra giá trị.", "A number has more than "
          + ProfileCodec.DEFAULT_MAX_NUMBER_LENGTH + " digits; check the value.");
      case "maxProfilesPerFile" -> pair("Tệp có hơn " + ProfileCodec.DEFAULT_MAX_PROFILES_PER_FILE
          + " hồ sơ nên dòng này và các dòng sau không được đọc; hãy tách tệp.", "The file"
          + " holds more than " + ProfileCodec.DEFAULT_MAX_PROFILES_PER_FILE + " profiles, so"
          + " this line and the rest were not read; split the file.");
      default -> pair("Tài liệu vượt một giới hạn đọc (tên thành viên quá dài hoặc giới hạn"
          + " khác); hãy đối chiếu với định dạng.", "The document exceeds a reading limit (a"
          + " member name too long, or another limit); check it against the format.");
    };
  }

  private static String[] unreadable(String reason) {
    return switch (reason) {
      case "notFound" -> pair("Tệp không tồn tại; hãy kiểm tra đường dẫn.",
          "The file does not exist; check the path.");
      case "accessDenied" -> pair("Không có quyền đọc tệp; hãy cấp quyền đọc hoặc sao chép"
          + " tệp.", "Permission to read the file was denied; grant read access or copy the"
          + " file.");
      case "notRegularFile" -> pair("Không phải tệp thông thường mà là thiết bị, ống (pipe) hoặc"
          + " socket; hãy chỉ định tệp .json hoặc .jsonl.", "Not a regular file but a device,"
          + " pipe or socket; name a .json or .jsonl file.");
      default -> pair("Không đọc được tệp; hãy kiểm tra đường dẫn và ổ đĩa.",
          "The file cannot be read; check the path and the disk.");
    };
  }

  private static long mebibytes() {
    return ProfileCodec.DEFAULT_MAX_DOCUMENT_BYTES / (1024 * 1024);
  }

  private static String[] pair(String vietnamese, String english) {
    return new String[] {vietnamese, english};
  }
}
