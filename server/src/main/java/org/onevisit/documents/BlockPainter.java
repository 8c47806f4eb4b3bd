package org.onevisit.documents;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.onevisit.documents.Block.Fact;
import org.onevisit.documents.Block.Facts;
import org.onevisit.documents.Block.Heading;
import org.onevisit.documents.Block.Numbered;
import org.onevisit.documents.Block.Paragraph;
import org.onevisit.documents.Block.QrCode;
import org.onevisit.documents.Block.Signature;
import org.onevisit.documents.Block.Spacer;
import org.onevisit.documents.Block.Table;

/** Lays the title, the blocks and the issuer's line of a document onto its pages. */
final class BlockPainter {

    private static final float TITLE = 20f;
    private static final float HEADING = 12.5f;
    private static final float LINE = PageFlow.BODY * PageFlow.LEADING;
    private static final Color LABEL = new Color(70, 70, 70);

    private final PageFlow flow;
    private final LineBreaker body;

    BlockPainter(PageFlow flow) {
        this.flow = flow;
        this.body = flow.breaker(PageFlow.BODY);
    }

    void title(String title) throws IOException {
        flow.down(4);
        for (String line : flow.breaker(TITLE).lines(flow.printable(title), flow.width())) {
            float height = TITLE * 1.5f;
            flow.keep(height);
            flow.text(line, flow.centred(line, TITLE), PageFlow.baseline(flow.y(), height, TITLE), TITLE, true);
            flow.down(height);
        }
        flow.down(10);
    }

    void paint(Block block) throws IOException {
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof Facts facts) {
            facts(facts);
        } else if (block instanceof Table table) {
            new TablePainter(flow).paint(table);
        } else if (block instanceof Numbered numbered) {
            numbered(numbered);
        } else if (block instanceof QrCode qrCode) {
            new QrPainter(flow).paint(qrCode);
        } else if (block instanceof Signature signature) {
            signature(signature);
        } else if (block instanceof Spacer) {
            flow.down(Math.min(LINE, flow.room()));
        }
    }

    private void heading(Heading heading) throws IOException {
        List<String> lines = flow.breaker(HEADING).lines(flow.printable(heading.text()), flow.width());
        float height = HEADING * 1.6f;
        flow.down(Math.min(4, flow.room()));
        flow.keep(lines.size() * height + 2 * LINE);
        for (String line : lines) {
            line(line, flow.left(), HEADING, true, height);
        }
        flow.down(2);
    }

    private void paragraph(Paragraph paragraph) throws IOException {
        String text = flow.printable(paragraph.text());
        boolean chinese = !text.isEmpty() && Character.isIdeographic(text.codePointAt(0));
        float indent = chinese ? flow.width("中文", PageFlow.BODY) : 0;
        List<String> lines = body.lines(text, flow.width() - indent, flow.width());
        flow.keep(Math.min(lines.size(), 2) * LINE);
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), flow.left() + (i == 0 ? indent : 0), PageFlow.BODY, false, LINE);
        }
        flow.down(Math.min(4, flow.room()));
    }

    private void facts(Facts facts) throws IOException {
        float gap = 10;
        float labelWidth = 0;
        for (Fact fact : facts.facts()) {
            labelWidth = Math.max(labelWidth, flow.width(flow.printable(fact.label()) + "：", PageFlow.BODY));
        }
        labelWidth = Math.min(labelWidth, flow.width() * 0.38f);
        float valueX = flow.left() + labelWidth + gap;
        for (Fact fact : facts.facts()) {
            List<String> labels = body.lines(flow.printable(fact.label()) + "：", labelWidth);
            List<String> values = body.lines(flow.printable(fact.value()), flow.right() - valueX);
            int rows = Math.max(labels.size(), values.size());
            flow.keep(rows * LINE);
            for (int i = 0; i < rows; i++) {
                flow.keep(LINE);
                float baseline = PageFlow.baseline(flow.y(), LINE, PageFlow.BODY);
                if (i < labels.size()) {
                    flow.text(labels.get(i), flow.left(), baseline, PageFlow.BODY, false, LABEL);
                }
                if (i < values.size()) {
                    flow.text(values.get(i), valueX, baseline, PageFlow.BODY, false);
                }
                flow.down(LINE);
            }
        }
        flow.down(Math.min(6, flow.room()));
    }

    private void numbered(Numbered numbered) throws IOException {
        List<String> items = numbered.items();
        float markerWidth = flow.width(items.size() + ".", PageFlow.BODY) + 6;
        for (int n = 0; n < items.size(); n++) {
            List<String> lines = body.lines(flow.printable(items.get(n)), flow.width() - markerWidth);
            flow.keep(Math.min(lines.size(), 2) * LINE);
            flow.text((n + 1) + ".", flow.left(), PageFlow.baseline(flow.y(), LINE, PageFlow.BODY), PageFlow.BODY,
                    false);
            for (String line : lines) {
                line(line, flow.left() + markerWidth, PageFlow.BODY, false, LINE);
            }
            flow.down(Math.min(2, flow.room()));
        }
        flow.down(Math.min(4, flow.room()));
    }

    private void signature(Signature signature) throws IOException {
        float height = PageFlow.BODY * 2.6f;
        flow.keep(signature.lines().size() * height + 8);
        flow.down(Math.min(8, flow.room()));
        for (String line : signature.lines()) {
            String text = flow.printable(line);
            line(text, flow.right() - flow.width(text, PageFlow.BODY), PageFlow.BODY, false, height);
        }
    }

    /** The centre's name and the date of issue (落款), set right with the date centred under the name. */
    void issuer(String centreName, LocalDate issuedOn) throws IOException {
        String name = flow.printable(centreName);
        String date = chineseDate(issuedOn);
        float block = Math.max(flow.width(name, PageFlow.BODY), flow.width(date, PageFlow.BODY));
        float blockLeft = flow.right() - flow.width("中文", PageFlow.BODY) - block;
        flow.keep(3.5f * LINE);
        flow.down(Math.min(1.5f * LINE, flow.room()));
        line(name, blockLeft + (block - flow.width(name, PageFlow.BODY)) / 2, PageFlow.BODY, false, LINE);
        line(date, blockLeft + (block - flow.width(date, PageFlow.BODY)) / 2, PageFlow.BODY, false, LINE);
    }

    /** A date as Chinese documents write it, e.g. 2026年11月28日. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private void line(String text, float x, float size, boolean bold, float height) throws IOException {
        flow.keep(height);
        flow.text(text, x, PageFlow.baseline(flow.y(), height, size), size, bold);
        flow.down(height);
    }
}
