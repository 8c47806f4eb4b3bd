package org.onevisit.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onevisit.documents.DocumentFont.LoadedFont;
import org.onevisit.platform.CentreInfo;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders {@link Document documents} as PDF: A4, the centre's letterhead and the document number on every page, the
 * centre and the date of issue at the end, page numbers at the bottom, Chinese text in an embedded font subset.
 * Safe to call from many threads at once.
 *
 * <p>The font is the one that comes with OneVisit (Noto Sans SC, cut down to Chinese text), or the TrueType file that
 * {@code onevisit.documents.font} names; it is read on first use.
 */
@Component
public class PdfDocuments {

    private final Supplier<String> centreName;
    private final DocumentFont font;

    @Autowired
    PdfDocuments(CentreInfo centre,
            @Value("${onevisit.documents.font:}") String fontPath) {
        this(() -> centre.name(Locale.SIMPLIFIED_CHINESE), DocumentFont.configured(fontPath));
    }

    PdfDocuments(Supplier<String> centreName, DocumentFont font) {
        this.centreName = centreName;
        this.font = font;
    }

    /**
     * The document as PDF bytes.
     *
     * @throws DomainException of kind {@code UNAVAILABLE} when the configured font is missing or unusable
     */
    public byte[] render(Document document) {
        LoadedFont loaded = font.borrow();
        try (PDDocument pdf = new PDDocument()) {
            String issuer = centreName.get();
            describe(pdf, document, issuer);
            PDType0Font type0 = PDType0Font.load(pdf, loaded.font(), true);
            PageFlow flow = new PageFlow(pdf, type0, loaded.font().getUnicodeCmapLookup(), issuer, document.number());
            BlockPainter painter = new BlockPainter(flow);
            painter.title(document.title());
            for (Block block : document.blocks()) {
                painter.paint(block);
            }
            painter.issuer(issuer, document.issuedOn());
            return flow.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("The document " + document.title() + " could not be rendered", e);
        } finally {
            font.giveBack(loaded);
        }
    }

    private static void describe(PDDocument pdf, Document document, String issuer) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.number().isBlank() ? document.title() : document.title() + " " + document.number());
        info.setAuthor(issuer);
        info.setCreator("OneVisit");
        pdf.getDocumentCatalog().setLanguage("zh-CN");
    }
}
