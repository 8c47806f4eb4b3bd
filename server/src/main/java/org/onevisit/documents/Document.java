package org.onevisit.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document (文书) to print: a receipt (受理通知书), a one-time deficiency notice (一次性告知书), a refusal notice
 * (不予受理通知书), a pledge (容缺承诺书), a decision or a certificate. The centre's name heads every page and signs
 * the document above the date of issue.
 *
 * @param title    the kind of document, centred on the first page, e.g. 受理通知书
 * @param number   the document number shown at the top right of every page (often the case number); blank for none
 * @param blocks   the content, top to bottom
 * @param issuedOn the date printed under the issuer, e.g. 2026年11月28日
 */
public record Document(String title, String number, List<Block> blocks, LocalDate issuedOn) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A document needs a title");
        }
        blocks = List.copyOf(blocks);
    }
}
