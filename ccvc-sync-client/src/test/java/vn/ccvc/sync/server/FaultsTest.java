package vn.ccvc.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing of the fault specification. */
class FaultsTest {

  @Test
  void parse_readsEveryKey() {
    Faults faults = Faults.parse(
        "error-rate=0.3,throttle-rate=0.1,drop-rate=0.05,slow-rate=0.2,delay-ms=50,seed=7");

    assertThat(faults).isEqualTo(new Faults(0.3, 0.1, 0.05, 0.2, 50, 7));
  }

  @Test
  void parse_blank_isNoFaults() {
    assertThat(Faults.parse("")).isEqualTo(new Faults(0, 0, 0, 0, 100, 0));
  }

  @Test
  void parse_unknownKey_fails() {
    assertThatThrownBy(() -> Faults.parse("error=0.3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown fault key 'error'; use error-rate, throttle-rate, drop-rate, "
            + "slow-rate, delay-ms or seed");
  }

  @Test
  void parse_rateAboveOne_fails() {
    assertThatThrownBy(() -> Faults.parse("drop-rate=1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drop-rate must be from 0 to 1, got 1.5");
  }
}
