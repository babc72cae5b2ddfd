package vn.ccvc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.render.BatchItem;
import vn.ccvc.render.BatchRenderer;
import vn.ccvc.render.BatchResult;
import vn.ccvc.render.FormRenderer;
import vn.ccvc.render.FormVariant;
import vn.ccvc.render.GlyphReplacement;
import vn.ccvc.render.RenderException;
import vn.ccvc.render.RenderReport;

/**
 * {@code ccvc render}: draws one profile, or every profile of a unit's folder, as a form 2C
 * PDF. Exits with 0 when everything was rendered, 1 when a profile could not be rendered, and
 * 2 for a wrong command line or an unreadable input.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    customSynopsis = {
        "ccvc render PROFILE.json [--photo FILE] [--variant merged|bnv2008] -o OUT.pdf",
        "ccvc render --unit DIR [--variant merged|bnv2008] -o OUT_DIR|OUT.zip"},
    description = "Draws profiles as the form 2C résumé (Sơ yếu lý lịch) in PDF/A-1b.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every profile was rendered",
        "1:a profile could not be rendered (the reason is printed)",
        "2:an input cannot be read, or the command line is wrong",
        "3:internal error of the tool (run again with --debug and report it)"})
final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PROFILE.json", arity = "0..1", description = "Profile to render.")
  private @Nullable Path profile;

  @Option(names = "--unit", paramLabel = "DIR",
      description = "Render every *.json profile directly in this folder; "
          + "classpath:sample-unit names the bundled sample unit.")
  private @Nullable String unit;

  @Option(names = "--photo", paramLabel = "FILE",
      description = "JPEG or PNG photo for the 4x6 cm box, replacing the profile's.")
  private @Nullable Path photo;

  @Option(names = "--variant", paramLabel = "merged|bnv2008", defaultValue = "merged",
      description = "merged: form 2C-BNV/2008 with the 2C/TCTW-98 extras; bnv2008: items "
          + "1-32 only. Default: ${DEFAULT-VALUE}.")
  private String variant = "merged";

  @Option(names = "--place", paramLabel = "NAME",
      description = "Place name of the signature block's place and date line, such as "
          + "\"Nam Từ Liêm\". Default: the assessment's place, else dots.")
  private @Nullable String place;

  @Option(names = "--replace-missing-glyphs",
      description = "Draw a character the font lacks, or a control character, as a visible ? "
          + "and leave out invisible ones, instead of failing; for one profile each is listed "
          + "on standard error.")
  private boolean replaceMissingGlyphs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "PDF file for one profile; folder or .zip file for --unit.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    FormRenderer.Builder builder = FormRenderer.builder().variant(variant())
        .replaceMissingGlyphs(replaceMissingGlyphs);
    if (place != null && !place.isBlank()) {
      builder.place(place.strip());
    }
    FormRenderer renderer = builder.build();
    if (unit != null) {
      if (profile != null || photo != null) {
        throw usage("--unit renders a folder; give no PROFILE.json and no --photo with it.");
      }
      return renderUnit(renderer, unit);
    }
    if (profile == null) {
      throw usage("Missing PROFILE.json: name a profile file or use --unit DIR.");
    }
    return renderOne(renderer, profile);
  }

  private int renderOne(FormRenderer renderer, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw usage("Invalid value for PROFILE.json: file '" + file + "' not found.");
    }
    Profile read;
    try (var in = Files.newInputStream(file)) {
      read = ProfileCodec.create().read(in);
    }
    if (photo != null) {
      read = withPhoto(read, photo);
    }
    try {
      RenderReport report = renderer.render(read, null, output);
      for (GlyphReplacement replaced : report.replacements()) {
        spec.commandLine().getErr().println("ccvc render: warning: " + replaced.field() + " "
            + replaced.codePointText() + " " + Character.getName(replaced.codePoint())
            + (replaced.drawn().isEmpty() ? " left out" : " drawn as " + replaced.drawn())
            + "; correct the text in the profile.");
      }
      spec.commandLine().getOut().println("Rendered " + file.getFileName() + " to " + output
          + " (" + report.pageCount() + " pages).");
      return ExitStatus.OK;
    } catch (RenderException e) {
      // The renderer writes to a temporary file first, so an existing output is kept.
      spec.commandLine().getErr().println("ccvc render: " + file.getFileName() + ": "
          + OutputText.maskCitizenIds(OutputText.oneLine(e.getMessage())));
      return ExitStatus.INVALID;
    }
  }

  private int renderUnit(FormRenderer renderer, String name) throws IOException {
    try (Inputs inputs = Inputs.collect(List.of(name), Language.EN)) {
      Path folder = inputs.entries().get(0).path();
      if (folder == null || !Files.exists(folder)) {
        throw usage("Invalid value for --unit: folder '" + name + "' not found.");
      }
      if (!Files.isDirectory(folder)) {
        throw usage("Invalid value for --unit: '" + name + "' is a file, not a folder; name "
            + "the folder that holds the profile files, or render one profile without --unit.");
      }
      return renderUnit(renderer, folder);
    }
  }

  private int renderUnit(FormRenderer renderer, Path folder) throws IOException {
    BatchRenderer batch = BatchRenderer.of(renderer);
    BatchResult result;
    if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      try (OutputStream zip = Files.newOutputStream(output)) {
        result = batch.renderToZip(folder, zip, this::progress);
      }
    } else {
      result = batch.renderToFolder(folder, output, this::progress);
    }
    spec.commandLine().getOut().println("Rendered " + result.succeeded() + " of "
        + result.items().size() + " profiles to " + output + ".");
    return result.failed() == 0 ? ExitStatus.OK : ExitStatus.INVALID;
  }

  private void progress(BatchItem item, int done, int total) {
    if (!item.succeeded()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("ccvc render: " + item.source().getFileName() + ": "
          + OutputText.maskCitizenIds(OutputText.oneLine(String.valueOf(item.message()))));
    }
  }

  private FormVariant variant() {
    switch (variant.toLowerCase(Locale.ROOT)) {
      case "merged":
        return FormVariant.MERGED;
      case "bnv2008":
        return FormVariant.BNV_2008;
      default:
        throw usage("Invalid value for --variant: '" + variant + "'; use merged or bnv2008.");
    }
  }

  private Profile withPhoto(Profile p, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw usage("Invalid value for --photo: file '" + file + "' not found.");
    }
    byte[] bytes = Files.readAllBytes(file);
    String type = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P'
        ? "image/png" : "image/jpeg";
    Identity i = p.identity();
    Identity changed = new Identity(i.managingAgency(), i.usingAgency(), i.staffNumber(),
        new Photo(type, Base64.getEncoder().encodeToString(bytes)), i.fullName(),
        i.familyName(), i.middleName(), i.givenName(), i.otherNames(), i.birthDate(), i.sex(),
        i.placeOfBirth(), i.homeTown(), i.ethnicityCode(), i.religionCode(), i.citizenId(),
        i.citizenIdIssueDate(), i.citizenIdIssuePlace(), i.formerIdNumber(),
        i.familyBackground());
    return new Profile(p.schemaVersion(), changed, p.residence(), p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
