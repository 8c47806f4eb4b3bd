package org.onevisit.documents;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a {@link Document}'s content. Text wraps to the width available: by character in Chinese, by word
 * where Latin text has spaces. Pages break by themselves.
 */
public sealed interface Block {

    /** A section heading, kept on the same page as what follows it. */
    record Heading(String text) implements Block {

        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text. A paragraph beginning in Chinese gets the customary two-character indent; a line feed in the text starts a new line. */
    record Paragraph(String text) implements Block {

        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A label and its value in a {@link Facts} list, e.g. 申请人 / 张三. */
    record Fact(String label, String value) {

        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Labels on the left, values on the right: the particulars of a case. */
    record Facts(List<Fact> facts) implements Block {

        public Facts {
            facts = List.copyOf(facts);
        }

        /** Facts from label, value, label, value, ... */
        public static Facts of(String... labelsAndValues) {
            if (labelsAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("Facts come in label and value pairs");
            }
            Fact[] facts = new Fact[labelsAndValues.length / 2];
            for (int i = 0; i < facts.length; i++) {
                facts[i] = new Fact(labelsAndValues[2 * i], labelsAndValues[2 * i + 1]);
            }
            return new Facts(Arrays.asList(facts));
        }
    }

    /**
     * A bordered table with a shaded header row, repeated on every page the table runs over. Cell text wraps and rows
     * grow to hold it.
     *
     * @param relativeWidths one positive weight per column; empty for equal columns
     */
    record Table(List<String> headers, List<List<String>> rows, List<Integer> relativeWidths) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            relativeWidths = relativeWidths.isEmpty()
                    ? Collections.nCopies(headers.size(), 1)
                    : List.copyOf(relativeWidths);
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            if (relativeWidths.size() != headers.size() || relativeWidths.stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("A table needs one positive width per column");
            }
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException(
                            "A table row has " + row.size() + " cells for " + headers.size() + " columns");
                }
            }
        }

        /** A table with equal columns. */
        public Table(List<String> headers, List<List<String>> rows) {
            this(headers, rows, List.of());
        }
    }

    /** A numbered list: 1. 2. 3. with wrapped lines aligned under the text. */
    record Numbered(List<String> items) implements Block {

        public Numbered {
            items = List.copyOf(items);
        }
    }

    /** A QR code, e.g. the address where the document or the case can be verified, with a caption beside it. */
    record QrCode(String content, String caption) implements Block {

        public QrCode {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(caption, "caption");
            if (content.isEmpty()) {
                throw new IllegalArgumentException("A QR code needs content");
            }
        }
    }

    /** Lines to sign on, aligned right with room to write, e.g. 申请人签字：__________. */
    record Signature(List<String> lines) implements Block {

        public Signature {
            lines = List.copyOf(lines);
        }

        public static Signature of(String... lines) {
            return new Signature(List.of(lines));
        }
    }

    /** An empty line. */
    record Spacer() implements Block {
    }
}
