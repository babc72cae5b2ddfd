package vn.ccvc.model.validation;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;

/**
 * Validates profiles for a {@link Stage} with Hibernate Validator and the SDK's catalogues.
 * Entry point of this package. A validator is immutable and safe to share between threads;
 * build one per configuration and reuse it.
 */
public final class ProfileValidator {

  private final Catalogs catalogs;
  private final Clock clock;
  private final Locale locale;

  private ProfileValidator(Builder builder) {
    this.catalogs = builder.catalogs;
    this.clock = builder.clock;
    this.locale = builder.locale;
  }

  /** Returns a validator with the bundled catalogues, the system clock and Vietnamese messages. */
  public static ProfileValidator create() {
    return builder().build();
  }

  /** Returns a builder with the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a profile.
   *
   * @return the report, never null
   */
  public ValidationReport validate(Profile profile, Stage stage) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(stage, "stage");
    throw new UnsupportedOperationException("not built yet: " + catalogs + clock + locale);
  }

  /** Builder of a {@link ProfileValidator}; not thread-safe. */
  public static final class Builder {
    private Catalogs catalogs = Catalogs.defaults();
    private Clock clock = Clock.systemDefaultZone();
    private Locale locale = Locale.forLanguageTag("vi");

    private Builder() {}

    /** Sets the catalogues codes are checked against; default {@link Catalogs#defaults()}. */
    public Builder catalogs(Catalogs catalogs) {
      this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** Sets the clock that gives today's date for the rules about future dates. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the language of messages: {@code vi} (default) or {@code en}. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Builds the validator. */
    public ProfileValidator build() {
      return new ProfileValidator(this);
    }
  }
}
