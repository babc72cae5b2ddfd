package vn.ccvc.examples.vendor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * The HR web form of section I (general information): takes the field values the browser
 * posts, under the form's own field names, builds the {@link Profile}, validates it, and maps
 * each {@link Violation} back to the form field it concerns, with its Vietnamese and English
 * message, as the page shows them next to the inputs.
 *
 * <p>The form edits section I only. The other sections come from the HR system's own records
 * of the employee, and the citizen ID is the account's user name, shown read-only, so their
 * violations are shown at the top of the page under the field name {@link #PAGE}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EmployeeForm {

  /** Field name of violations that belong to no input of the form. */
  public static final String PAGE = "";

  /** Code of a value the form itself cannot read, such as an unknown choice for the sex. */
  public static final String INVALID_CHOICE = "form.invalidChoice";

  /** The form's inputs, in page order, and the JSON path of the profile field of each. */
  private static final Map<String, String> PATHS = Collections.unmodifiableMap(orderedPaths());

  private final ProfileValidator vietnamese;
  private final ProfileValidator english;

  /**
   * Creates a form that validates with two validators of the same configuration, one with
   * Vietnamese and one with English messages.
   */
  public EmployeeForm(ProfileValidator vietnamese, ProfileValidator english) {
    this.vietnamese = Objects.requireNonNull(vietnamese, "vietnamese");
    this.english = Objects.requireNonNull(english, "english");
  }

  /** Returns the form's field names in page order. */
  public static List<String> fieldNames() {
    return List.copyOf(PATHS.keySet());
  }

  /**
   * One message to show: next to the input {@code field}, or at the top of the page when the
   * field is {@link #PAGE}.
   *
   * @param field the form's field name, or {@link #PAGE}
   * @param code the validation code, such as {@code date.invalid}
   * @param severity an error blocks saving or sending; a warning does not
   * @param messageVi the message in Vietnamese
   * @param messageEn the same message in English
   */
  public record FieldError(String field, String code, Severity severity, String messageVi,
      String messageEn) {

    /** Creates a message, checking that no component is null. */
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(messageVi, "messageVi");
      Objects.requireNonNull(messageEn, "messageEn");
    }
  }

  /**
   * The outcome of checking a posted form.
   *
   * @param report the validator's report, whose profile is the one to store
   * @param messages the messages to show, in the validator's order after the form's own
   */
  public record Outcome(ValidationReport report, List<FieldError> messages) {

    /** Creates an outcome, copying the messages. */
    public Outcome {
      Objects.requireNonNull(report, "report");
      messages = List.copyOf(messages);
    }

    /** Tells whether no message is an error, so the profile may be saved or sent. */
    public boolean accepted() {
      return messages.stream().noneMatch(message -> message.severity() == Severity.ERROR);
    }
  }

  /**
   * Builds the profile from the HR system's record of the employee and the posted fields, and
   * validates it for {@code stage}.
   *
   * @param owner the logged-in employee, whose citizen ID section I receives
   * @param record the HR system's record of the employee; its section I is replaced
   * @param posted the posted values by field name; a missing or blank field is empty, and a
   *     field the form does not have is ignored
   */
  public Outcome check(CitizenId owner, Profile record, Map<String, String> posted,
      Stage stage) {
    List<FieldError> messages = new ArrayList<>();
    Profile profile = withIdentity(record, identity(owner, record.identity(), posted, messages));
    ValidationReport report = vietnamese.validate(profile, stage);
    ValidationReport reportEn = english.validate(profile, stage);
    messages.addAll(fieldErrors(report, reportEn));
    return new Outcome(report, messages);
  }

  private static Identity identity(CitizenId owner, Identity kept, Map<String, String> posted,
      List<FieldError> messages) {
    return new Identity(kept.managingAgency(), kept.usingAgency(), kept.staffNumber(),
        kept.photo(), value(posted, "ho_ten"), null, null, null, value(posted, "ten_goi_khac"),
        value(posted, "ngay_sinh"), sex(posted, messages), value(posted, "noi_sinh"),
        value(posted, "que_quan"), value(posted, "dan_toc"), value(posted, "ton_giao"),
        owner.digits(), value(posted, "ngay_cap_cccd"), value(posted, "noi_cap_cccd"),
        kept.formerIdNumber(), kept.familyBackground());
  }

  private static @Nullable String value(Map<String, String> posted, String field) {
    return posted.get(field);
  }

  /** Reads the radio buttons {@code nam} and {@code nu}; anything else is the form's error. */
  private static @Nullable Sex sex(Map<String, String> posted, List<FieldError> messages) {
    String value = Objects.requireNonNullElse(posted.get("gioi_tinh"), "").strip();
    switch (value) {
      case "nam":
        return Sex.MALE;
      case "nu":
        return Sex.FEMALE;
      case "":
        return null;
      default:
        messages.add(new FieldError("gioi_tinh", INVALID_CHOICE, Severity.ERROR,
            "Giới tính \"" + value + "\" không hợp lệ: hãy chọn Nam hoặc Nữ.",
            "Sex \"" + value + "\" is invalid: choose male or female."));
        return null;
    }
  }

  /**
   * Pairs each Vietnamese violation with the English one of the same code and path, which the
   * two validators report in the same order, and names the form field of its path.
   */
  private static List<FieldError> fieldErrors(ValidationReport vi, ValidationReport en) {
    Map<String, Deque<Violation>> english = new HashMap<>();
    for (Violation violation : en.violations()) {
      english.computeIfAbsent(violation.code() + " " + violation.path(),
          key -> new ArrayDeque<>()).add(violation);
    }
    List<FieldError> errors = new ArrayList<>();
    for (Violation violation : vi.violations()) {
      Deque<Violation> same = english.get(violation.code() + " " + violation.path());
      String messageEn = same == null || same.isEmpty() ? violation.message()
          : same.removeFirst().message();
      errors.add(new FieldError(fieldOf(violation.path()), violation.code(),
          violation.severity(), violation.message(), messageEn));
    }
    return errors;
  }

  /** Returns the form field whose profile path is {@code path}, or {@link #PAGE}. */
  static String fieldOf(String path) {
    for (Map.Entry<String, String> field : PATHS.entrySet()) {
      if (field.getValue().equals(path)) {
        return field.getKey();
      }
    }
    return PAGE;
  }

  private static Profile withIdentity(Profile record, Identity identity) {
    return new Profile(record.schemaVersion(), identity, record.residence(), record.family(),
        record.personalHistory(), record.employment(), record.qualifications(),
        record.workHistory(), record.salary(), record.awardsAndDiscipline(),
        record.partyAndMilitary(), record.healthAndPolicy());
  }

  private static Map<String, String> orderedPaths() {
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("ho_ten", "identity.fullName");
    paths.put("ten_goi_khac", "identity.otherNames");
    paths.put("ngay_sinh", "identity.birthDate");
    paths.put("gioi_tinh", "identity.sex");
    paths.put("noi_sinh", "identity.placeOfBirth");
    paths.put("que_quan", "identity.homeTown");
    paths.put("dan_toc", "identity.ethnicityCode");
    paths.put("ton_giao", "identity.religionCode");
    paths.put("ngay_cap_cccd", "identity.citizenIdIssueDate");
    paths.put("noi_cap_cccd", "identity.citizenIdIssuePlace");
    return paths;
  }
}
