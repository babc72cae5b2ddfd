package vn.ccvc.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.Sex;
import vn.ccvc.sync.spi.SyncProblem;

/**
 * The reference wire mapping, after the field names of the information standard of Decision
 * 4223/QĐ-BNV (2016): a JSON document with a sender code, the {@code ThongTinChung} and
 * {@code Luong} blocks and the {@code DS_…} lists. Dates are written {@code dd/MM/yyyy},
 * {@code MM/yyyy} or {@code yyyy} as precise as the employee gave them; sex is {@code 1} (male)
 * or {@code 2} (female). The table of every field is in {@code docs/sync-format.md}.
 *
 * <p>NOTE: no public specification of the ministry endpoint exists, so the block layout and
 * the codes for sex follow public HR software, not an official schema.
 *
 * <p>Immutable and thread-safe.
 */
public final class Mapping4223 implements WireMapping {

  /** Code of a required field that is missing. */
  public static final String MISSING = "wire.missing";
  /** Code of a field whose value cannot be written in the wire format. */
  public static final String UNMAPPABLE = "wire.unmappable";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WIRE_DATE =
      Pattern.compile("(\\d{2}/)?(\\d{2}/)?\\d{4}");

  private final String senderCode;

  private Mapping4223(String senderCode) {
    this.senderCode = senderCode;
  }

  /**
   * Returns the mapping for a sender, the code of the agency that sends the records.
   *
   * @throws IllegalArgumentException if {@code senderCode} is blank
   */
  public static Mapping4223 forSender(String senderCode) {
    if (Objects.requireNonNull(senderCode, "senderCode").isBlank()) {
      throw new IllegalArgumentException("senderCode must not be blank");
    }
    return new Mapping4223(senderCode.strip());
  }

  @Override
  public Result map(Profile profile) {
    List<SyncProblem> problems = new ArrayList<>();
    ObjectNode root = JSON.createObjectNode();
    root.put("MaDonViGui", senderCode);
    root.set("ThongTinChung", general(profile.identity(), profile, problems));
    root.set("Luong", salary(profile.salary(), problems));
    root.set("DS_QUATRINH_CONGTAC", workHistory(profile, problems));
    root.set("DS_QUATRINH_LUONG", salaryHistory(profile.salary(), problems));
    root.set("DS_QUATRINH_DAOTAO_BOIDUONG", training(profile, problems));
    root.set("DS_NGOAINGU", languages(profile));
    root.set("DS_KETQUA_DANHGIA_PHANLOAI", ratings(profile));
    if (!problems.isEmpty()) {
      return new Result(new byte[0], problems);
    }
    try {
      return new Result(JSON.writeValueAsBytes(root), List.of());
    } catch (IOException e) {
      throw new SyncException("sync.mapping", "Could not write the wire document: " + e, e);
    }
  }

  /**
   * Checks a received wire document against the rules this mapping writes by: the required
   * fields of {@code ThongTinChung}, a well-formed citizen ID, the date format and the sex
   * code. The reference server uses it to validate payloads.
   *
   * @param json UTF-8 JSON of one wire document
   * @return the problems, empty for a valid document; one {@code wire.json} problem for text
   *     that is not a JSON object
   */
  public static List<SyncProblem> validate(byte[] json) {
    JsonNode document;
    try {
      document = JSON.readTree(json);
    } catch (IOException e) {
      document = null;
    }
    if (document == null || !document.isObject()) {
      return List.of(new SyncProblem("wire.json", "", "The record is not a JSON object"));
    }
    List<SyncProblem> problems = new ArrayList<>();
    JsonNode general = document.path("ThongTinChung");
    if (!document.path("MaDonViGui").isTextual()) {
      problems.add(new SyncProblem(MISSING, "MaDonViGui", "MaDonViGui is missing"));
    }
    String id = general.path("SoDinhDanhCaNhan").asText("");
    if (!CitizenId.isWellFormed(id)) {
      problems.add(new SyncProblem(UNMAPPABLE, "ThongTinChung.SoDinhDanhCaNhan",
          "SoDinhDanhCaNhan must be 12 digits, got " + CitizenId.mask(id)));
    }
    if (general.path("HoVaTen").asText("").isBlank()) {
      problems.add(new SyncProblem(MISSING, "ThongTinChung.HoVaTen", "HoVaTen is missing"));
    }
    if (!WIRE_DATE.matcher(general.path("NgaySinh").asText("")).matches()) {
      problems.add(new SyncProblem(UNMAPPABLE, "ThongTinChung.NgaySinh",
          "NgaySinh must be dd/MM/yyyy, MM/yyyy or yyyy"));
    }
    String sex = general.path("GioiTinh").asText("");
    if (!sex.equals("1") && !sex.equals("2")) {
      problems.add(new SyncProblem(UNMAPPABLE, "ThongTinChung.GioiTinh",
          "GioiTinh must be 1 or 2, got '" + sex + "'"));
    }
    return problems;
  }

  private ObjectNode general(Identity identity, Profile profile, List<SyncProblem> problems) {
    ObjectNode node = JSON.createObjectNode();
    String id = identity.citizenId();
    if (id == null) {
      problems.add(missing("ThongTinChung.SoDinhDanhCaNhan", "identity.citizenId"));
    } else if (!CitizenId.isWellFormed(id)) {
      problems.add(new SyncProblem(UNMAPPABLE, "ThongTinChung.SoDinhDanhCaNhan",
          "identity.citizenId must be 12 digits, got " + CitizenId.mask(id)));
    }
    node.put("SoDinhDanhCaNhan", id);
    node.put("HoVaTen", required(identity.fullName(), "ThongTinChung.HoVaTen",
        "identity.fullName", problems));
    node.put("GioiTinh", sexCode(identity.sex(), problems));
    node.put("NgaySinh", date(identity.birthDate(), "ThongTinChung.NgaySinh", true, problems));
    node.put("NoiSinh", identity.placeOfBirth());
    node.put("QueQuan", identity.homeTown());
    node.put("DanToc", identity.ethnicityCode());
    node.put("TonGiao", identity.religionCode());
    node.put("NgayCapCCCD",
        date(identity.citizenIdIssueDate(), "ThongTinChung.NgayCapCCCD", false, problems));
    node.put("SoSoBaoHiemXaHoi", profile.salary().socialInsuranceNumber());
    node.put("NgayTuyenDung", date(profile.employment().recruitmentDate(),
        "ThongTinChung.NgayTuyenDung", false, problems));
    node.put("ChucVuHienTai", profile.employment().currentPosition());
    return node;
  }

  private static ObjectNode salary(Salary salary, List<SyncProblem> problems) {
    ObjectNode node = JSON.createObjectNode();
    node.put("MaNgachChucDanh", salary.rankCode());
    node.put("BacLuong", salary.step());
    node.put("HeSoLuong", plain(salary.coefficient()));
    node.put("NgayHuong", date(salary.effectiveDate(), "Luong.NgayHuong", false, problems));
    node.put("PhuCapChucVu", plain(salary.positionAllowance()));
    node.put("PhanTramVuotKhung", salary.beyondFramePercent());
    return node;
  }

  private static ArrayNode workHistory(Profile profile, List<SyncProblem> problems) {
    ArrayNode list = JSON.createArrayNode();
    profile.workHistory().entries().forEach(row -> {
      String field = "DS_QUATRINH_CONGTAC[" + list.size() + "]";
      ObjectNode node = list.addObject();
      node.put("TuNgay", date(row.from(), field + ".TuNgay", false, problems));
      node.put("DenNgay", date(row.to(), field + ".DenNgay", false, problems));
      node.put("MoTa", row.description());
    });
    return list;
  }

  private static ArrayNode salaryHistory(Salary salary, List<SyncProblem> problems) {
    ArrayNode list = JSON.createArrayNode();
    salary.history().forEach(row -> {
      String field = "DS_QUATRINH_LUONG[" + list.size() + "]";
      ObjectNode node = list.addObject();
      node.put("TuNgay", date(row.from(), field + ".TuNgay", false, problems));
      node.put("MaNgachChucDanh", row.rankCode());
      node.put("BacLuong", row.step());
      node.put("HeSoLuong", plain(row.coefficient()));
    });
    return list;
  }

  private static ArrayNode training(Profile profile, List<SyncProblem> problems) {
    ArrayNode list = JSON.createArrayNode();
    profile.qualifications().training().forEach(row -> {
      String field = "DS_QUATRINH_DAOTAO_BOIDUONG[" + list.size() + "]";
      ObjectNode node = list.addObject();
      node.put("TenCoSoDaoTao", row.school());
      node.put("ChuyenNganh", row.field());
      node.put("TuNgay", date(row.from(), field + ".TuNgay", false, problems));
      node.put("DenNgay", date(row.to(), field + ".DenNgay", false, problems));
      node.put("HinhThuc", row.modeCode());
      node.put("VanBang", row.diploma());
    });
    return list;
  }

  private static ArrayNode languages(Profile profile) {
    ArrayNode list = JSON.createArrayNode();
    profile.qualifications().foreignLanguages().forEach(row -> {
      ObjectNode node = list.addObject();
      node.put("NgoaiNgu", row.language());
      node.put("TrinhDo", row.level());
    });
    return list;
  }

  private static ArrayNode ratings(Profile profile) {
    ArrayNode list = JSON.createArrayNode();
    profile.awardsAndDiscipline().yearlyRatings().forEach(row -> {
      ObjectNode node = list.addObject();
      node.put("Nam", row.year());
      node.put("KetQua", row.ratingCode());
    });
    return list;
  }

  private static @Nullable String required(@Nullable String value, String field, String source,
      List<SyncProblem> problems) {
    if (value == null) {
      problems.add(missing(field, source));
    }
    return value;
  }

  private static @Nullable String sexCode(@Nullable Sex sex, List<SyncProblem> problems) {
    if (sex == null) {
      problems.add(missing("ThongTinChung.GioiTinh", "identity.sex"));
      return null;
    }
    return sex == Sex.MALE ? "1" : "2";
  }

  /** Writes an ISO partial date as {@code dd/MM/yyyy}, {@code MM/yyyy} or {@code yyyy}. */
  private static @Nullable String date(@Nullable String text, String field, boolean required,
      List<SyncProblem> problems) {
    if (text == null) {
      if (required) {
        problems.add(new SyncProblem(MISSING, field, field + " is missing"));
      }
      return null;
    }
    try {
      PartialDate.parse(text);
    } catch (InvalidValueException e) {
      problems.add(new SyncProblem(UNMAPPABLE, field,
          field + " must be yyyy-MM-dd, yyyy-MM or yyyy, got '" + text + "'"));
      return null;
    }
    String[] parts = text.split("-");
    StringBuilder out = new StringBuilder();
    for (int i = parts.length - 1; i > 0; i--) {
      out.append(parts[i]).append('/');
    }
    return out.append(parts[0]).toString();
  }

  private static @Nullable String plain(@Nullable BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static SyncProblem missing(String field, String source) {
    return new SyncProblem(MISSING, field, field + " is missing: fill in " + source);
  }
}
