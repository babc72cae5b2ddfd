package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.sync.spi.SyncProblem;

/** The reference wire mapping and its pre-send checks. */
class Mapping4223Test {

  private static final Mapping4223 MAPPING = Mapping4223.forSender("H26");

  @Test
  void map_writesBlocksAndDates() throws IOException {
    WireMapping.Result result = MAPPING.map(SyncFixtures.profile(4));

    JsonNode root = new ObjectMapper().readTree(result.payload());
    assertThat(result.problems()).isEmpty();
    assertThat(root.path("MaDonViGui").asText()).isEqualTo("H26");
    assertThat(root.path("ThongTinChung").path("NgaySinh").asText()).isEqualTo("15/05/1985");
    assertThat(root.path("ThongTinChung").path("GioiTinh").asText()).isEqualTo("1");
    assertThat(root.path("ThongTinChung").path("SoDinhDanhCaNhan").asText())
        .isEqualTo(SyncFixtures.citizenId(4));
    assertThat(Mapping4223.validate(result.payload())).isEmpty();
  }

  @Test
  void validate_notJson_isOneProblem() {
    assertThat(Mapping4223.validate("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .extracting(SyncProblem::code).containsExactly("wire.json");
  }

  @Test
  void map_isDeterministic() {
    assertThat(MAPPING.map(SyncFixtures.profile(1)).payload())
        .isEqualTo(MAPPING.map(SyncFixtures.profile(1)).payload());
  }

  @Test
  void map_reportsMissingFieldsBeforeSending() {
    Identity identity = new Identity(null, null, null, null, null, null, null, null, null,
        "1985-13", null, null, null, null, null, "12345", null, null, null, null);
    Profile profile = new Profile(1, identity, null, null, null, null, null, null, null, null,
        null, null);

    WireMapping.Result result = MAPPING.map(profile);

    assertThat(result.ok()).isFalse();
    assertThat(result.payload()).isEmpty();
    assertThat(result.problems()).extracting(SyncProblem::field).containsExactly(
        "ThongTinChung.SoDinhDanhCaNhan", "ThongTinChung.HoVaTen", "ThongTinChung.GioiTinh",
        "ThongTinChung.NgaySinh");
    assertThat(result.problems().get(0).message())
        .isEqualTo("identity.citizenId must be 12 digits, got *****");
  }

  @Test
  void invalidProfile_isReportedAndNotSent() {
    Profile empty = Profile.empty();
    SyncSummary summary;
    try (var journal = new InMemoryJournal()) {
      summary = SyncClient.builder(records -> {
        throw new AssertionError("nothing may be sent");
      }, journal).build().sync(java.util.List.of(new SyncItem(empty, "1")));
    }

    assertThat(summary.count(Outcome.INVALID)).isEqualTo(1);
    assertThat(summary.outcomes().get(0).attempts()).isZero();
  }
}
