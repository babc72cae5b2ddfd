package vn.ccvc.examples.samples;

import java.math.BigDecimal;
import java.util.Map;

/** The salary types and coefficients the generator needs. */
final class Scale {

  // TODO: replace with the SDK's catalogues once they land on main.
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("01.002", "A2.1"), Map.entry("01.003", "A1"), Map.entry("01.004", "A0"),
      Map.entry("06.031", "A1"), Map.entry("02.008", "B"), Map.entry("V.07.02.26", "A0"),
      Map.entry("V.07.03.29", "A1"), Map.entry("V.07.04.32", "A1"),
      Map.entry("V.08.01.03", "A1"), Map.entry("V.08.04.10", "A1"),
      Map.entry("V.08.10.29", "B"));

  String salaryType(String rankCode) {
    String type = TYPES.get(rankCode);
    if (type == null) {
      throw new IllegalArgumentException("unknown rank " + rankCode);
    }
    return type;
  }

  BigDecimal coefficient(String type, int step) {
    switch (type) {
      case "A2.1":
        return linear("4.40", "0.34", step);
      case "A1":
        return linear("2.34", "0.33", step);
      case "A0":
        return linear("2.10", "0.31", step);
      case "B":
        return linear("1.86", "0.20", step);
      default:
        throw new IllegalArgumentException(type);
    }
  }

  int maxStep(String type) {
    switch (type) {
      case "A2.1":
        return 8;
      case "A1":
        return 9;
      case "A0":
        return 10;
      case "B":
        return 12;
      default:
        throw new IllegalArgumentException(type);
    }
  }

  private static BigDecimal linear(String start, String increment, int step) {
    BigDecimal steps = BigDecimal.valueOf(step - 1);
    return new BigDecimal(start).add(new BigDecimal(increment).multiply(steps));
  }
}
