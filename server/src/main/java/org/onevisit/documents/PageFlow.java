package org.onevisit.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages of one document being written: A4 pages with the centre's letterhead and the document number on each,
 * a cursor moving down the current page, a new page when content no longer fits, and page numbers at the end.
 * Coordinates are PDF points from the bottom left.
 */
final class PageFlow {

    static final float BODY = 11f;
    static final float LEADING = 1.6f;
    static final Color INK = new Color(20, 20, 20);
    static final Color LETTERHEAD_RED = new Color(190, 20, 20);

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 62f;
    private static final float CONTENT_TOP = PAGE.getHeight() - 102f;
    private static final float CONTENT_BOTTOM = 64f;

    private final PDDocument pdf;
    private final PDType0Font font;
    private final CmapLookup glyphs;
    private final String centreName;
    private final String number;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;
    private PageStart pageStarted = () -> { };

    PageFlow(PDDocument pdf, PDType0Font font, CmapLookup glyphs, String centreName, String number) throws IOException {
        this.pdf = pdf;
        this.font = font;
        this.glyphs = glyphs;
        this.centreName = printable(centreName);
        this.number = printable(number);
        this.out = startPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    /** The top of the space still free on the current page. */
    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    float room() {
        return y - CONTENT_BOTTOM;
    }

    /** The height a page offers when it is fresh. */
    float pageRoom() {
        return CONTENT_TOP - CONTENT_BOTTOM;
    }

    /** Moves to a new page unless the given height still fits here or could not fit on any page. */
    void keep(float height) throws IOException {
        if (height > room() && y < CONTENT_TOP && height <= pageRoom()) {
            newPage();
        }
    }

    /** What to draw at the top of each following page, e.g. the header row of a table that runs on. */
    void onPageStart(PageStart action) {
        pageStarted = action;
    }

    /** Drawing done at the top of a new page. */
    interface PageStart {

        void draw() throws IOException;
    }

    void newPage() throws IOException {
        out.close();
        out = startPage();
        pageStarted.draw();
    }

    PDPageContentStream canvas() {
        return out;
    }

    private PDPageContentStream startPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        pages.add(page);
        PDPageContentStream stream = new PDPageContentStream(pdf, page);
        this.out = stream;
        float top = PAGE.getHeight();
        text(centreName, centred(centreName, 16f), top - 60f, 16f, true, LETTERHEAD_RED);
        if (!number.isBlank()) {
            String label = "编号：" + number;
            text(label, right() - width(label, 9.5f), top - 82f, 9.5f, false, INK);
        }
        stream.setStrokingColor(LETTERHEAD_RED);
        stream.setLineWidth(1.2f);
        stream.moveTo(left(), top - 88f);
        stream.lineTo(right(), top - 88f);
        stream.stroke();
        y = CONTENT_TOP;
        return stream;
    }

    float centred(String text, float size) {
        return left() + (width() - width(text, size)) / 2;
    }

    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        text(text, x, baseline, size, bold, INK);
    }

    /** Writes one line of text; bold is drawn by also stroking the outlines, as the font has no bold face. */
    void text(String text, float x, float baseline, float size, boolean bold, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.saveGraphicsState();
        out.setNonStrokingColor(color);
        if (bold) {
            out.setStrokingColor(color);
            out.setLineWidth(size * 0.035f);
        }
        out.beginText();
        out.setFont(font, size);
        out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
        out.restoreGraphicsState();
    }

    /** The baseline of text set in a line box of the given height whose top is at {@code top}. */
    static float baseline(float top, float lineHeight, float size) {
        return top - lineHeight / 2 - 0.36f * size;
    }

    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::glyphWidth);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException | IllegalArgumentException e) {
            return 1000f;
        }
    }

    LineBreaker breaker(float size) {
        return new LineBreaker(text -> width(text, size));
    }

    /** The text with characters the font cannot show replaced, so that a stray symbol never fails a document. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                printable.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                printable.append(' ');
            } else if (glyphs.getGlyphId(cp) == 0) {
                printable.append(glyphs.getGlyphId('□') != 0 ? '□' : '?');
            } else {
                printable.appendCodePoint(cp);
            }
        });
        return printable.toString();
    }

    /** Closes the last page, numbers every page and returns the PDF. */
    byte[] finish() throws IOException {
        out.close();
        float size = 9f;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                String label = "第 " + (i + 1) + " 页 共 " + pages.size() + " 页";
                text(label, centred(label, size), 34f, size, false, Color.DARK_GRAY);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }
}
