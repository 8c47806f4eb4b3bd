package org.onevisit.intake;

import java.util.regex.Pattern;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A case number (办件编号): the centre's region code, the day of receipt and the day's sequence, e.g.
 * {@code 330999-20261128-00042}. Readable over the phone, unique across server nodes.
 */
public record CaseNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{8}-\\d{5,}");

    public CaseNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(Kind.INVALID, "intake-case-number-invalid", "Not a case number: " + value, value);
        }
    }

    public static CaseNumber of(String region, java.time.LocalDate day, long sequence) {
        return new CaseNumber(region + "-" + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + String.format("%05d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
