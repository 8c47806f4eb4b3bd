package org.onevisit.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pictures of PDF pages, for previews and for tests that look at a rendered document. */
public final class PdfPages {

    private PdfPages() {
    }

    /**
     * One page of a PDF as a PNG image.
     *
     * @param page the page number as printed on it, starting at 1
     * @param dpi  the resolution, e.g. 72 for a thumbnail, 150 to read a QR code
     */
    public static byte[] toPng(byte[] pdf, int page, float dpi) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(toImage(pdf, page, dpi), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF page could not be written as PNG", e);
        }
    }

    /** One page of a PDF as an image; {@code page} starts at 1. */
    public static BufferedImage toImage(byte[] pdf, int page, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new IllegalArgumentException(
                        "Page " + page + " asked of a PDF with " + document.getNumberOfPages() + " pages");
            }
            return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be read", e);
        }
    }

    /** The number of pages of a PDF. */
    public static int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be read", e);
        }
    }
}
