package vn.ccvc.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;

/**
 * Attaches the rendered profile's JSON to the PDF as an associated file, the way PDF/A-3
 * allows ({@code AFRelationship /Source}), so software can read a printed file back.
 */
final class Attachment {

  static final String FILE_NAME = "profile.json";

  private Attachment() {}

  static void attach(PDDocument document, Profile profile, Calendar date) throws IOException {
    byte[] json = ProfileCodec.create().write(profile).getBytes(StandardCharsets.UTF_8);
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
    file.setSubtype("application/json");
    file.setSize(json.length);
    file.setCreationDate(date);
    file.setModDate(date);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(FILE_NAME);
    spec.setFileUnicode(FILE_NAME);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription("Hồ sơ đã in ra (JSON của ccvc)");
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(FILE_NAME, spec));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(tree);
    document.getDocumentCatalog().setNames(names);

    COSArray associated = new COSArray(List.of(spec));
    document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }
}
