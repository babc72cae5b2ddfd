package vn.ccvc.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.workflow.HistoryEntry;
import vn.ccvc.workflow.UpdateHistory;
import vn.ccvc.workflow.report.ProgressReport;

/**
 * Step 6: the progress report the unit sends to the level above, printed and written as CSV
 * and text, and the update history of one profile that was rejected and then confirmed.
 */
final class Reporting {

  private final Rollout.Context unit;
  private final Texts texts;
  private final Screen screen;

  Reporting(Rollout.Context unit, Texts texts, Screen screen) {
    this.unit = unit;
    this.texts = texts;
    this.screen = screen;
  }

  /**
   * Runs the step. The deadline is the last day of the current month, when the national
   * database expects the month's approvals.
   *
   * @param history the employee whose update history to print, or null for none
   */
  void run(Staging staging, @Nullable Employee history) {
    LocalDate today = unit.timeline.today();
    LocalDate deadline = today.with(TemporalAdjusters.lastDayOfMonth());
    ProgressReport report = ProgressReport.of(unit.layout.tree(), unit.layout.root().id(),
        unit.store.loadAll(), today, deadline);
    String text = report.toText(texts.language());
    try {
      Files.writeString(staging.file(Staging.REPORT_CSV), report.toCsv(texts.language()),
          StandardCharsets.UTF_8);
      Files.writeString(staging.file(Staging.REPORT_TEXT), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RolloutException("demo.outputUnwritable", texts.get("output.unwritable",
          unit.settings.out(), IoProblem.describe(e)), true, e);
    }
    screen.print(text);
    if (history != null) {
      printHistory(history);
    }
  }

  private void printHistory(Employee employee) {
    UpdateHistory history = unit.service.history(employee.id()).orElseThrow();
    screen.println();
    screen.println(texts.get("history.heading", employee.label()));
    for (HistoryEntry entry : history.entries()) {
      String actor = entry.actor().isSystem() ? texts.role(entry.role())
          : entry.actor().toString() + " (" + texts.role(entry.role()) + ")";
      StringBuilder line = new StringBuilder("  ").append(Texts.time(entry.at())).append("  ")
          .append(texts.action(entry.action())).append("  ").append(texts.status(entry.from()))
          .append(" → ").append(texts.status(entry.to())).append("  ").append(actor);
      if (entry.note() != null) {
        line.append("  «").append(Rollout.oneLine(entry.note())).append('»');
      }
      screen.println(line.toString());
    }
  }
}
