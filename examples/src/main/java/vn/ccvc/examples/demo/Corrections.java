package vn.ccvc.examples.demo;

import java.util.Locale;
import java.util.Random;
import vn.ccvc.model.HealthAndPolicy;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Residence;

/**
 * The correction an approver requests in a rejected profile, and the change its owner makes:
 * a missing contact phone number is added, or else the health status is stated as the latest
 * check-up found it. Each correction is a real change of the profile, so the update history
 * and the confirmed version show it.
 */
final class Corrections {

  /**
   * A rejection note and the profile after its owner acted on it.
   *
   * @param note the approver's note
   * @param corrected the corrected profile
   */
  record Correction(String note, Profile corrected) {}

  private Corrections() {}

  /**
   * Returns the note and correction for {@code profile}; {@code random} picks the kind, when
   * both apply, and the phone number.
   */
  static Correction of(Profile profile, Texts texts, Random random, int year) {
    Residence residence = profile.residence();
    if (residence.phone() == null && random.nextBoolean()) {
      String phone = String.format(Locale.ROOT, "09%02d %03d %03d", random.nextInt(100),
          random.nextInt(1000), random.nextInt(1000));
      Residence fixed = new Residence(residence.permanentResidence(),
          residence.currentResidence(), phone, residence.email());
      return new Correction(texts.get("note.phone"),
          with(profile, fixed, profile.healthAndPolicy()));
    }
    HealthAndPolicy health = profile.healthAndPolicy();
    // The form is Vietnamese whatever the language of the output.
    String status = (health.healthStatus() == null ? "Tốt" : health.healthStatus())
        + " (theo kết quả khám sức khỏe định kỳ năm " + year + ")";
    HealthAndPolicy fixed = new HealthAndPolicy(status, health.heightCm(), health.weightKg(),
        health.bloodGroup(), health.warInvalidGrade(), health.policyFamily());
    return new Correction(texts.get("note.health"), with(profile, residence, fixed));
  }

  private static Profile with(Profile p, Residence residence, HealthAndPolicy health) {
    return new Profile(p.schemaVersion(), p.identity(), residence, p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), health);
  }
}
