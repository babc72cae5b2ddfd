package vn.ccvc.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Marks a document as PDF/A-1b: document information and matching XMP metadata, the sRGB
 * output intent, and a document ID.
 */
final class Archival {

  static final String PRODUCER = "ccvc-render with Apache PDFBox";

  /** The compressed sRGB profile, made on first use and never modified afterwards. */
  private static final AtomicReference<byte[]> DEFLATED_PROFILE = new AtomicReference<>();

  private Archival() {}

  /**
   * Writes the metadata.
   *
   * @param title the document title
   * @param author the person the résumé describes
   * @param created creation and modification date
   * @param id the 16-byte document ID
   * @param part the PDF/A part declared: 1, or 3 when a file is attached
   */
  static void mark(PDDocument document, String title, String author, Instant created, byte[] id,
      int part) throws IOException {
    Calendar calendar = calendar(created);
    if (part == 3) {
      document.setVersion(1.7f);
    }
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(title, author, created, part).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    catalog.setLanguage("vi-VN");
    catalog.addOutputIntent(outputIntent(document));

    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** The sRGB profile that ships with the JDK: an ICC version 2 display profile. */
  static Calendar calendar(Instant instant) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  static byte[] srgbProfile() {
    return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /**
   * Returns the sRGB profile compressed once per JVM. The profile is the same in every
   * document, so each document copies these bytes instead of compressing it again.
   */
  private static byte[] deflatedProfile() {
    byte[] deflated = DEFLATED_PROFILE.get();
    if (deflated == null) {
      deflated = Deflate.compress(srgbProfile(), Deflater.DEFAULT_COMPRESSION);
      DEFLATED_PROFILE.compareAndSet(null, deflated);
    }
    return deflated;
  }

  private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
    COSStream profile = document.getDocument().createCOSStream();
    profile.setInt(COSName.N, 3);
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = profile.createRawOutputStream()) {
      out.write(deflatedProfile());
    }
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  private static String xmp(String title, String author, Instant created, int part) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        created.atOffset(ZoneOffset.UTC).withNano(0));
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
        + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
        + "<pdfaid:part>" + part + "</pdfaid:part>\n"
        + "<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
