package org.onevisit.supervision;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onevisit.platform.DomainException;

/**
 * The period a spot check (抽查) covers, by the days of the decisions in the centre's time zone: a month
 * ({@code 2026-11}) or a quarter ({@code 2026-Q4}) for a periodic check (定期), or any range of days
 * ({@code 2026-11-03..2026-11-20}, both days included, at most {@value #MAX_DAYS} days) for an ad-hoc one (不定期).
 */
public record SpotPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** Periodic or ad-hoc. */
    public enum Kind {
        MONTH, QUARTER, AD_HOC
    }

    static final int MAX_DAYS = 366;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public SpotPeriod {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw invalid(from + ".." + to);
        }
    }

    /** The period a text names; refused, in the user's language, when it names none. */
    public static SpotPeriod parse(String text) {
        String given = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m = MONTH.matcher(given);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new SpotPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            m = QUARTER.matcher(given);
            if (m.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
                return new SpotPeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            m = RANGE.matcher(given);
            if (m.matches()) {
                return new SpotPeriod(Kind.AD_HOC, LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw invalid(text);
        }
        throw invalid(text);
    }

    /** The period as {@link #parse} reads it. */
    public String text() {
        return switch (kind) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case AD_HOC -> from + ".." + to;
        };
    }

    /** The first moment of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static DomainException invalid(String text) {
        return new DomainException(DomainException.Kind.INVALID, "spot-check-period-invalid",
                "The period " + text + " is neither a month (2026-11), a quarter (2026-Q4) nor a range of at most "
                        + MAX_DAYS + " days (2026-11-03..2026-11-20).", text.strip());
    }
}
