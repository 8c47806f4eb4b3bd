package org.onevisit.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a column. Chinese may break between any two characters, Latin text only at
 * spaces (or inside a word too long for a whole line). Following the Chinese rules on line breaking (避头尾), closing
 * punctuation never starts a line and opening punctuation never ends one.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’…—·%,.;:!?)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private final ToDoubleFunction<String> width;

    /** @param width the printed width of a piece of text, in the unit of the column widths */
    LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    List<String> lines(String text, double columnWidth) {
        return lines(text, columnWidth, columnWidth);
    }

    /** Lines of the text, the first of which may be narrower (an indent); a line feed in the text forces a break. */
    List<String> lines(String text, double firstWidth, double otherWidth) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            fill(units(hardLine), lines.isEmpty() ? firstWidth : otherWidth, otherWidth, lines);
        }
        return lines;
    }

    private void fill(List<String> units, double firstWidth, double otherWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double used = 0;
        double limit = firstWidth;
        boolean pendingSpace = false;
        for (String unit : units) {
            if (unit.isBlank()) {
                pendingSpace = line.length() > 0;
                continue;
            }
            String piece = pendingSpace ? " " + unit : unit;
            double pieceWidth = width.applyAsDouble(piece);
            pendingSpace = false;
            if (used + pieceWidth <= limit) {
                line.append(piece);
                used += pieceWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                limit = otherWidth;
            }
            used = width.applyAsDouble(unit);
            if (used <= limit) {
                line.append(unit);
            } else {
                used = splitOverlong(unit, limit, line, lines);
            }
        }
        lines.add(line.toString());
    }

    /** A unit wider than a whole line (a long number or address) breaks between characters. */
    private double splitOverlong(String unit, double limit, StringBuilder line, List<String> lines) {
        double used = 0;
        int i = 0;
        while (i < unit.length()) {
            int next = unit.offsetByCodePoints(i, 1);
            String ch = unit.substring(i, next);
            double w = width.applyAsDouble(ch);
            if (used + w > limit && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i = next;
        }
        return used;
    }

    /** The pieces that may not be broken: a Latin word, a run of spaces, or one Chinese character. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                flush(word, units);
                units.add(" ");
            } else if (isWide(cp)) {
                flush(word, units);
                units.add(Character.toString(cp));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, units);
        return keepPunctuationAttached(units);
    }

    private static List<String> keepPunctuationAttached(List<String> units) {
        List<String> joined = new ArrayList<>();
        String opening = "";
        for (String unit : units) {
            if (isAll(unit, NO_LINE_END)) {
                opening += unit;
            } else if (isAll(unit, NO_LINE_START) && !joined.isEmpty() && !joined.get(joined.size() - 1).isBlank()
                    && opening.isEmpty()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + unit);
            } else {
                joined.add(opening + unit);
                opening = "";
            }
        }
        if (!opening.isEmpty()) {
            joined.add(opening);
        }
        return joined;
    }

    private static boolean isAll(String unit, String set) {
        return !unit.isBlank() && unit.codePoints().allMatch(cp -> set.indexOf(cp) >= 0);
    }

    private static void flush(StringBuilder word, List<String> units) {
        if (word.length() > 0) {
            units.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x2026 || cp == 0x2014
                || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019;
    }
}
