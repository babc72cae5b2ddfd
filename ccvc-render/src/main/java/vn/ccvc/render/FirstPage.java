package vn.ccvc.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;

/** Writes the header block, the title and the photo box with items 1–7 beside it. */
final class FirstPage {

  private static final float PHOTO_WIDTH = 40 * PageFlow.MM;
  private static final float PHOTO_HEIGHT = 60 * PageFlow.MM;
  private static final float TITLE_SIZE = 15;

  private final PageFlow flow;
  private final Fonts fonts;
  private final FormWriter form;
  private final TextCheck check;
  private final Wording wording;

  FirstPage(PageFlow flow, Fonts fonts, FormWriter form, TextCheck check, Wording wording) {
    this.flow = flow;
    this.fonts = fonts;
    this.form = form;
    this.check = check;
    this.wording = wording;
  }

  void write(PDDocument document, Profile profile) {
    header(profile.identity());
    flow.skip(10);
    flow.centered(wording.title(), fonts.bold, TITLE_SIZE, flow.left(), flow.right());
    flow.skip(8);
    float top = flow.y();
    photo(document, profile.identity(), top);
    form.personal(profile, flow.left() + PHOTO_WIDTH + 5 * PageFlow.MM);
    flow.moveTo(Math.min(flow.y(), top - PHOTO_HEIGHT - 4));
  }

  private void header(Identity id) {
    float size = PageFlow.BODY_SIZE;
    float split = flow.left() + (flow.right() - flow.left()) * 0.62f;
    String mark = wording.mark();
    float markX = flow.right() - flow.width(fonts.bold, size, mark);
    flow.at(mark, fonts.bold, size, markX, flow.y() - size);
    flow.skip(PageFlow.leading(size) + 2);

    float top = flow.y();
    labelled(wording.managing(), id.managingAgency(), "identity.managingAgency", flow.left(),
        split - 8);
    float afterLeft = flow.y();
    flow.moveTo(top);
    labelled(wording.staffNumber(), id.staffNumber(), "identity.staffNumber", split,
        flow.right());
    flow.moveTo(Math.min(afterLeft, flow.y()));
    labelled(wording.using(), id.usingAgency(), "identity.usingAgency", flow.left(), split - 8);
  }

  private void labelled(String label, @Nullable String value, String field, float x0,
      float x1) {
    float size = PageFlow.BODY_SIZE;
    String checked = value == null ? null : check.line(field, value);
    if (checked == null || checked.isEmpty()) {
      flow.paragraph(List.of(new Run(label + ": ", fonts.regular)), x0, x1, 0, size);
      flow.dotLineBetween(x0, x1, size);
      return;
    }
    flow.paragraph(List.of(new Run(label + ": ", fonts.regular), new Run(checked, fonts.bold)),
        x0, x1, 0, size);
  }

  private void photo(PDDocument document, Identity id, float top) {
    float x = flow.left();
    float bottom = top - PHOTO_HEIGHT;
    flow.rectangle(x, bottom, PHOTO_WIDTH, PHOTO_HEIGHT);
    if (id.photo() == null || id.photo().data() == null) {
      float size = PageFlow.BODY_SIZE;
      String label = "Ảnh 4x6";
      float labelX = x + (PHOTO_WIDTH - flow.width(fonts.regular, size, label)) / 2;
      flow.at(label, fonts.regular, size, labelX, bottom + PHOTO_HEIGHT / 2);
      return;
    }
    PDImageXObject image = Photos.image(document, id.photo());
    float scale = Math.min(PHOTO_WIDTH / image.getWidth(), PHOTO_HEIGHT / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    try {
      flow.current().drawImage(image, x + (PHOTO_WIDTH - w) / 2, bottom + (PHOTO_HEIGHT - h) / 2,
          w, h);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
