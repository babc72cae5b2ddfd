package vn.ccvc.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * Writes results for a person. Each profile gets a header line with its file, index, masked
 * citizen ID, name and verdict, then one indented line per violation. A missing citizen ID or
 * name is printed as {@code —}, so the columns stay in place. A summary line closes the
 * output. Fields are separated by {@code " | "}. Control and format characters from the files
 * are printed as {@code U+001B}, so they cannot act on the terminal.
 */
final class TextPrinter implements ReportPrinter {

  private static final String SEPARATOR = " | ";

  private final PrintWriter out;
  private final OutputText text;
  private final Language language;

  TextPrinter(PrintWriter out, OutputText text, Language language) {
    this.out = out;
    this.text = text;
    this.language = language;
  }

  @Override
  public void profile(String file, int index, ValidationReport report) {
    Identity identity = report.profile().identity();
    String citizenId = identity.citizenId() == null ? Language.missing()
        : CitizenId.mask(identity.citizenId());
    String name = identity.fullName() == null ? Language.missing() : identity.fullName();
    print(String.join(SEPARATOR, file + " [" + index + "]", citizenId, name,
        language.verdict(report.errors().size(), report.warnings().size())));
    for (Violation violation : report.violations()) {
      print("  " + String.join(SEPARATOR,
          language.label(violation.severity()),
          violation.section().name() + " " + language.title(violation.section()),
          language.item(violation.item()),
          violation.path(),
          violation.message()));
    }
  }

  @Override
  public void unreadable(String file, @Nullable Integer index, ReadError error) {
    String where = language.position(error.line(), error.column(), error.path());
    String reason = language.unreadable() + " (" + error.code() + ")"
        + (where.isEmpty() ? "" : ", " + where);
    String name = index == null ? file : file + " [" + index + "]";
    print(String.join(SEPARATOR, name, reason, error.message()));
  }

  @Override
  public void summary(Tally tally) {
    print(language.summary(tally));
  }

  private void print(String line) {
    out.println(text.prepare(OutputText.escapeControls(line)));
  }
}
