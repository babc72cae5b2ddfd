package vn.ccvc.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * One column of grid 31, the salary history.
 *
 * @param from month the change took effect, {@code yyyy-MM} (or {@code yyyy-MM-dd})
 * @param rankCode rank or professional-title code, such as {@code 01.003}
 * @param step salary step, from 1
 * @param coefficient salary coefficient, two decimal places
 */
public record SalaryChange(
    @Nullable String from,
    @Nullable String rankCode,
    @Nullable Integer step,
    @Nullable BigDecimal coefficient) {

  /** Creates a column, normalising every text component. */
  public SalaryChange {
    from = Text.line(from);
    rankCode = Text.line(rankCode);
  }
}
