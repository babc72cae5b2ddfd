package vn.ccvc.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;

/**
 * Renders a unit's profiles, one JSON file each, to a folder or a ZIP of PDFs. Profiles are
 * read, rendered and written one at a time, so memory stays bounded by one profile and one
 * PDF whatever the unit's size. A profile that cannot be read or rendered is reported in the
 * result and does not stop the others.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class BatchRenderer {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRenderer.class);

  private final FormRenderer renderer;
  private final ProfileCodec codec = ProfileCodec.create();

  private BatchRenderer(FormRenderer renderer) {
    this.renderer = renderer;
  }

  /** Returns a batch renderer that draws each profile with {@code renderer}. */
  public static BatchRenderer of(FormRenderer renderer) {
    return new BatchRenderer(Objects.requireNonNull(renderer, "renderer"));
  }

  /**
   * Renders every {@code *.json} file directly in {@code input} to a PDF of the same base name
   * in {@code output}, which is created if missing. A profile that fails leaves no PDF, and an
   * existing PDF of that name unchanged.
   *
   * @throws RenderException with code {@value RenderException#IO_CODE} if the input folder
   *     cannot be listed or the output folder cannot be created
   */
  public BatchResult renderToFolder(Path input, Path output, BatchListener listener) {
    Objects.requireNonNull(output, "output");
    List<Path> files = profileFiles(input);
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE, "Cannot create the folder " + output
          + ": " + e.getMessage() + "; check the path and permissions.", e);
    }
    // Each PDF goes to a temporary file first, so a profile that fails leaves no empty PDF
    // and an older PDF of the same name stays as it was.
    return run(files, listener,
        (name, profile) -> renderer.render(profile, null, output.resolve(name)));
  }

  /**
   * Renders every {@code *.json} file directly in {@code input} into a ZIP written to
   * {@code zip}, one PDF entry per profile. The stream is finished but not closed.
   *
   * @throws RenderException with code {@value RenderException#IO_CODE} if the input folder
   *     cannot be listed or the ZIP cannot be written
   */
  public BatchResult renderToZip(Path input, OutputStream zip, BatchListener listener) {
    Objects.requireNonNull(zip, "zip");
    List<Path> files = profileFiles(input);
    ZipOutputStream out = new ZipOutputStream(zip);
    BatchResult result = run(files, listener, (name, profile) -> {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
      RenderReport report = renderer.render(profile, null, pdf);
      ZipEntry entry = new ZipEntry(name);
      entry.setTime(0);
      out.putNextEntry(entry);
      pdf.writeTo(out);
      out.closeEntry();
      return report;
    });
    try {
      out.finish();
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE,
          "Cannot finish the ZIP: " + e.getMessage() + "; check the output.", e);
    }
    return result;
  }

  private interface Sink {
    RenderReport write(String name, Profile profile) throws IOException;
  }

  private BatchResult run(List<Path> files, BatchListener listener, Sink sink) {
    Objects.requireNonNull(listener, "listener");
    List<BatchItem> items = new ArrayList<>();
    for (Path file : files) {
      BatchItem item = renderOne(file, sink);
      items.add(item);
      listener.finished(item, items.size(), files.size());
    }
    return new BatchResult(items);
  }

  private BatchItem renderOne(Path file, Sink sink) {
    String name = pdfName(file);
    try {
      Profile profile;
      try (InputStream in = Files.newInputStream(file)) {
        profile = codec.read(in);
      }
      RenderReport report = sink.write(name, profile);
      return new BatchItem(file, name, report.pageCount(), null, null);
    } catch (CcvcException e) {
      LOG.warn("Profile {} not rendered: {}", file.getFileName(), e.code());
      return new BatchItem(file, null, 0, e.code(), e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Profile {} not rendered: {}", file.getFileName(), e.toString());
      return new BatchItem(file, null, 0, RenderException.IO_CODE,
          "Cannot read or write " + file.getFileName() + ": " + e.getMessage());
    }
  }

  private static String pdfName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
  }

  private static List<Path> profileFiles(Path input) {
    Objects.requireNonNull(input, "input");
    try (Stream<Path> listing = Files.list(input)) {
      return listing.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
          .sorted().toList();
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE, "Cannot list the folder " + input
          + ": " + e.getMessage() + "; check that it exists and is readable.", e);
    }
  }
}
