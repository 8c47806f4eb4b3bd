package org.onevisit.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.onevisit.documents.Block.QrCode;

/**
 * Draws a QR code as filled vector rectangles, one per run of dark modules, so it stays sharp at any print size,
 * with its caption beside it. The page margin and the gap before the caption keep the quiet zone white.
 */
final class QrPainter {

    private static final float MIN_SIZE = 92f;
    private static final float MAX_SIZE = 150f;
    private static final float CAPTION_GAP = 18f;
    private static final float LINE = PageFlow.BODY * PageFlow.LEADING;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 0);

    private final PageFlow flow;

    QrPainter(PageFlow flow) {
        this.flow = flow;
    }

    void paint(QrCode qr) throws IOException {
        BitMatrix matrix = encode(qr.content());
        float size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, matrix.getWidth() * 1.6f));
        float module = size / matrix.getWidth();
        float captionX = flow.left() + size + CAPTION_GAP;
        List<String> caption = flow.breaker(PageFlow.BODY).lines(flow.printable(qr.caption()), flow.right() - captionX);
        float height = Math.max(size, caption.size() * LINE);
        flow.keep(height + 20);
        flow.down(Math.min(10, flow.room()));
        float top = flow.y();
        float qrTop = top - (height - size) / 2;
        PDPageContentStream canvas = flow.canvas();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < matrix.getWidth() && matrix.get(run, y)) {
                    run++;
                }
                canvas.addRect(flow.left() + x * module, qrTop - (y + 1) * module, (run - x) * module, module);
                x = run;
            }
        }
        canvas.setNonStrokingColor(Color.BLACK);
        canvas.fill();
        float captionTop = top - (height - caption.size() * LINE) / 2;
        for (int i = 0; i < caption.size(); i++) {
            float baseline = PageFlow.baseline(captionTop - i * LINE, LINE, PageFlow.BODY);
            flow.text(caption.get(i), captionX, baseline, PageFlow.BODY, false);
        }
        flow.down(Math.min(height + 10, flow.room()));
    }

    private static BitMatrix encode(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The QR code content cannot be encoded: " + e.getMessage(), e);
        }
    }
}
