package vn.ccvc.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;

/**
 * Renders a profile to a PDF laid out like the paper form 2C résumé. Pages are A4 with the
 * margins of Decree 30/2020/NĐ-CP, text is Liberation Serif 13 pt embedded as subsets, and
 * pages from the second are numbered. The PDF is PDF/A-1b, or PDF/A-3b when the profile's
 * JSON is attached.
 *
 * <pre>{@code
 * FormRenderer renderer = FormRenderer.builder().build();
 * byte[] pdf = renderer.render(profile, assessment);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; each call builds its own
 * document.
 */
public final class FormRenderer {

  private static final Logger LOG = LoggerFactory.getLogger(FormRenderer.class);

  private final FormVariant variant;
  private final boolean replaceMissingGlyphs;
  private final boolean glyphSubstitution;
  private final @Nullable Instant fixedTime;
  private final Catalogs catalogs;
  private final boolean attachProfile;
  private final @Nullable String place;

  private FormRenderer(Builder builder) {
    this.variant = builder.variant;
    this.replaceMissingGlyphs = builder.replaceMissingGlyphs;
    this.glyphSubstitution = builder.glyphSubstitution;
    this.fixedTime = builder.fixedTime;
    this.catalogs = builder.catalogs != null ? builder.catalogs : Catalogs.defaults();
    this.attachProfile = builder.attachProfile;
    this.place = builder.place;
  }

  /** Returns a builder with the defaults: merged variant, errors for missing glyphs. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the profile as PDF to a stream, which is left open.
   *
   * @param assessment the agency's assessment for item 32 and the signature block, or null to
   *     print dotted lines
   * @return the page count and any replaced or left-out characters
   * @throws RenderException with code {@value RenderException#MISSING_GLYPH_CODE} if a field
   *     has a character the font cannot draw, or {@value
   *     RenderException#INVALID_CHARACTER_CODE} if it has a control or invisible format
   *     character, and replacements are off; {@value RenderException#PHOTO_CODE} if the photo
   *     is unusable; or {@value RenderException#IO_CODE} if writing fails
   */
  public RenderReport render(Profile profile, @Nullable AgencyAssessment assessment,
      OutputStream out) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(out, "out");
    long start = System.nanoTime();
    try (PDDocument document = new PDDocument()) {
      RenderReport report = layOut(document, profile, assessment);
      document.save(out, CompressParameters.NO_COMPRESSION);
      LOG.debug("Rendered {} pages in {} ms", report.pageCount(),
          (System.nanoTime() - start) / 1_000_000);
      return report;
    } catch (IOException | UncheckedIOException e) {
      throw new RenderException(RenderException.IO_CODE,
          "Cannot write the PDF: " + e.getMessage() + "; check the output.", e);
    }
  }

  /**
   * Renders the profile as PDF into a byte array.
   *
   * @throws RenderException under the conditions of
   *     {@link #render(Profile, AgencyAssessment, OutputStream)}
   */
  public byte[] render(Profile profile, @Nullable AgencyAssessment assessment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(profile, assessment, out);
    return out.toByteArray();
  }

  /**
   * Renders the profile as PDF into a file, replacing it. The PDF is written to a temporary
   * file in the same folder first and renamed over {@code file} only once it is complete, so
   * a failure leaves an existing file as it was and no partial file behind.
   *
   * @throws RenderException under the conditions of
   *     {@link #render(Profile, AgencyAssessment, OutputStream)}, or with code {@value
   *     RenderException#IO_CODE} if the file cannot be written
   */
  public RenderReport render(Profile profile, @Nullable AgencyAssessment assessment, Path file) {
    Objects.requireNonNull(file, "file");
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, ".ccvc-render-", ".tmp");
      RenderReport report;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        report = render(profile, assessment, out);
      }
      move(temporary, file);
      return report;
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE, "Cannot write " + file + ": "
          + describe(e) + "; check the folder, its permissions and free space.", e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Cannot remove the temporary file {}: {}", file, e.getMessage());
    }
  }

  /** Returns what failed, without repeating the file name that the caller already gives. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException problem && problem.getReason() != null) {
      return problem.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private RenderReport layOut(PDDocument document, Profile profile,
      @Nullable AgencyAssessment assessment) throws IOException {
    Fonts fonts = Fonts.load(document, glyphSubstitution);
    TextCheck check = new TextCheck(fonts, replaceMissingGlyphs);
    PageFlow flow = new PageFlow(document, fonts);
    Wording wording = Wording.of(profile.employment().employeeType());
    FormWriter form = new FormWriter(flow, fonts, check, catalogs, variant, wording, place);
    new FirstPage(flow, fonts, form, check, wording).write(document, profile);
    form.details(profile);
    TableWriter tables = new TableWriter(flow, fonts.bold, fonts.regular);
    new HistoryWriter(flow, form, tables, check, catalogs).write(profile);
    form.closing(profile, assessment);
    flow.finish();

    String name = profile.identity().fullName();
    String author = name == null ? "" : check.line("identity.fullName", name);
    String title = sentenceCase(wording.title()) + (author.isEmpty() ? "" : " - " + author);
    Instant created = fixedTime != null ? fixedTime : Instant.now();
    if (attachProfile) {
      Attachment.attach(document, profile, Archival.calendar(created));
    }
    Archival.mark(document, title, author, created, documentId(profile, created),
        attachProfile ? 3 : 1);
    return new RenderReport(document.getNumberOfPages(), check.replacements());
  }

  /** Turns the capitalised form title into a sentence, as a document title reads. */
  private static String sentenceCase(String title) {
    return title.charAt(0) + title.substring(1).toLowerCase(Locale.forLanguageTag("vi"));
  }

  /** Derives the ID from the profile in reproducible mode, so equal inputs give equal bytes. */
  private byte[] documentId(Profile profile, Instant created) {
    if (fixedTime == null) {
      UUID random = UUID.randomUUID();
      return (random.toString() + created).getBytes(StandardCharsets.US_ASCII);
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((profile + "|" + variant + "|" + created).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Settings of a {@link FormRenderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {

    private FormVariant variant = FormVariant.MERGED;
    private boolean replaceMissingGlyphs;
    private boolean glyphSubstitution;
    private @Nullable Instant fixedTime;
    private @Nullable Catalogs catalogs;
    private boolean attachProfile;
    private @Nullable String place;

    private Builder() {}

    /**
     * Sets the unit's place name for the signature block's place and date line, such as
     * {@code Nam Từ Liêm}. The assessment's place, when it has one, takes precedence. Without
     * either, the line prints dots.
     */
    public Builder place(String place) {
      this.place = Objects.requireNonNull(place, "place");
      return this;
    }

    /**
     * Attaches the profile's JSON ({@code profile.json}) inside the PDF, so a printed file can
     * be read back by software. PDF/A-1 forbids attachments, so such a PDF declares PDF/A-3b
     * instead of PDF/A-1b. Off by default.
     *
     * <p>NOTE: PDFBox Preflight checks only PDF/A-1, so the PDF/A-3b output is not validated
     * by it; tests check the attachment's entries instead.
     */
    public Builder attachProfile(boolean attach) {
      this.attachProfile = attach;
      return this;
    }

    /** Sets the form edition; the default is {@link FormVariant#MERGED}. */
    public Builder variant(FormVariant variant) {
      this.variant = Objects.requireNonNull(variant, "variant");
      return this;
    }

    /**
     * Replaces characters that the form cannot show, in place of failing, and reports each in
     * {@link RenderReport#replacements()}. A character the font cannot draw and a control
     * character (other than tab and line breaks) become a visible {@code ?}. An invisible
     * format character, such as U+200B or U+FEFF, is left out. Off by default, so any of them
     * fails the rendering with a message naming the field and the code point.
     */
    public Builder replaceMissingGlyphs(boolean replace) {
      this.replaceMissingGlyphs = replace;
      return this;
    }

    /**
     * Makes output reproducible: the given time is the creation date and the document ID is
     * derived from the profile, so the same profile and settings give byte-identical PDFs.
     */
    public Builder reproducible(Instant time) {
      this.fixedTime = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Sets the catalogues that turn codes into names; the default is the bundled set. */
    public Builder catalogs(Catalogs catalogs) {
      this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
      return this;
    }

    /**
     * Applies the font's glyph-substitution (GSUB) table, as PDFBox does by default. Off by
     * default, because precomposed Vietnamese text needs none of its substitutions and it
     * costs most of the rendering time; on only to compare speed.
     */
    public Builder glyphSubstitution(boolean enabled) {
      this.glyphSubstitution = enabled;
      return this;
    }

    /** Returns the renderer. */
    public FormRenderer build() {
      return new FormRenderer(this);
    }
  }
}
