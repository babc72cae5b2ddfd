package vn.ccvc.render;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text in one font, already checked by {@link TextCheck}. */
record Run(String text, PDFont font) {}
