package vn.ccvc.model.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;

/**
 * What the cross-field rules of one profile share: the profile, the catalogues, today's date,
 * the parsed birth date and the findings collected so far.
 */
final class RuleContext {

  final Profile profile;
  final Catalogs catalogs;
  final LocalDate today;
  final Optional<PartialDate> birth;
  final Findings findings = new Findings();

  RuleContext(Profile profile, Catalogs catalogs, LocalDate today) {
    this.profile = profile;
    this.catalogs = catalogs;
    this.today = today;
    this.birth = Optional.ofNullable(Dates.parse(profile.identity().birthDate()));
  }
}
