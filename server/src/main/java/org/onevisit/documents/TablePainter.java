package org.onevisit.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.onevisit.documents.Block.Table;

/**
 * Draws a bordered table: cell text wraps and the row grows to the tallest cell; the shaded header row starts every
 * page the table runs over; a row moves whole to the next page unless it is taller than a page.
 */
final class TablePainter {

    private static final float SIZE = 10f;
    private static final float LINE = SIZE * 1.45f;
    private static final float PAD_X = 5f;
    private static final float PAD_Y = 3.5f;
    private static final Color SHADE = new Color(228, 231, 236);
    private static final Color BORDER = new Color(90, 90, 90);

    private final PageFlow flow;
    private final LineBreaker breaker;

    TablePainter(PageFlow flow) {
        this.flow = flow;
        this.breaker = flow.breaker(SIZE);
    }

    void paint(Table table) throws IOException {
        float[] widths = columnWidths(table.relativeWidths());
        List<List<String>> header = cells(table.headers(), widths);
        float headerHeight = height(header);
        List<List<String>> first = table.rows().isEmpty() ? List.of() : cells(table.rows().get(0), widths);
        flow.keep(headerHeight + (first.isEmpty() ? 0 : Math.min(height(first), 3 * LINE + 2 * PAD_Y)));
        row(header, widths, true, headerHeight);
        flow.onPageStart(() -> row(header, widths, true, headerHeight));
        try {
            for (List<String> cells : table.rows()) {
                row(cells(cells, widths), widths, false, headerHeight);
            }
        } finally {
            flow.onPageStart(() -> { });
        }
        flow.down(Math.min(8, flow.room()));
    }

    private float[] columnWidths(List<Integer> relative) {
        float total = relative.stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * relative.get(i) / total;
        }
        return widths;
    }

    private List<List<String>> cells(List<String> texts, float[] widths) {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(breaker.lines(flow.printable(texts.get(i)), widths[i] - 2 * PAD_X));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        return lines(cells) * LINE + 2 * PAD_Y;
    }

    private static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    /** Draws a row, in pieces over several pages only when it is taller than a page. */
    private void row(List<List<String>> cells, float[] widths, boolean header, float headerHeight) throws IOException {
        int total = lines(cells);
        int from = 0;
        while (from < total) {
            int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / LINE);
            int left = total - from;
            boolean wouldFitOnNextPage = left * LINE + 2 * PAD_Y <= flow.pageRoom() - headerHeight;
            if (fit < left && (fit < 1 || wouldFitOnNextPage)) {
                flow.newPage();
                continue;
            }
            int count = Math.min(fit, left);
            segment(cells, widths, header, from, count);
            from += count;
        }
    }

    private void segment(List<List<String>> cells, float[] widths, boolean header, int from, int count)
            throws IOException {
        PDPageContentStream canvas = flow.canvas();
        float top = flow.y();
        float height = count * LINE + 2 * PAD_Y;
        if (header) {
            canvas.setNonStrokingColor(SHADE);
            canvas.addRect(flow.left(), top - height, flow.width(), height);
            canvas.fill();
        }
        float x = flow.left();
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                float baseline = PageFlow.baseline(top - PAD_Y - (i - from) * LINE, LINE, SIZE);
                flow.text(lines.get(i), x + PAD_X, baseline, SIZE, header);
            }
            canvas.addRect(x, top - height, widths[c], height);
            x += widths[c];
        }
        canvas.setStrokingColor(BORDER);
        canvas.setLineWidth(0.6f);
        canvas.stroke();
        flow.down(height);
    }
}
