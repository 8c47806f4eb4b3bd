package org.onevisit.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * The period of an assessment (考核期): a month, written {@code 2026-11}, or a quarter, written {@code 2026-Q4}.
 *
 * @param label the period as written, e.g. 2026-11 or 2026-Q4
 * @param from its first day
 * @param to its last day
 */
public record AssessmentPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period written {@code text}; anything else is a clear error. */
    public static AssessmentPeriod parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (year >= 2000 && year <= 2999 && month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(year, month);
                return new AssessmentPeriod(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
            }
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            if (year >= 2000 && year <= 2999) {
                YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                return new AssessmentPeriod(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
        }
        throw new DomainException(Kind.INVALID, "assessment-period-invalid",
                "Not a period: write a month as yyyy-MM (2026-11) or a quarter as yyyy-Qn (2026-Q4): " + text,
                text.length() > 20 ? text.substring(0, 20) + "…" : text);
    }

    /** The month of {@code day}. */
    public static AssessmentPeriod monthOf(LocalDate day) {
        return parse(YearMonth.from(day).toString());
    }

    public boolean quarter() {
        return label.contains("Q");
    }
}
