/**
 * Renders a profile to PDF laid out like form 2C-BNV/2008, the résumé of cadres and civil
 * servants. Entry point:
 * {@link vn.ccvc.render.FormRenderer}.
 */
module vn.ccvc.render {
  requires transitive vn.ccvc.model;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  requires com.github.librepdf.pdfFontsExtra;
  requires java.desktop;
  requires org.slf4j;
  requires static org.jspecify;

  exports vn.ccvc.render;
}
