package org.onevisit.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.Suspension;
import org.onevisit.calendar.YearArrangement;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Reads the calendar's query and form parameters, for the API and the pages alike, and refuses bad ones
 * with a message naming the parameter.
 */
final class CalendarParameters {

    /** Longest limit accepted: ten years of calendar days, far beyond any statutory time limit. */
    static final int MAX_DAYS = 3650;

    private CalendarParameters() {
    }

    static LocalDate date(String name, @Nullable String value) {
        String text = required(name, value);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("calendar-date-invalid", "Parameter '" + name + "' is not a date YYYY-MM-DD", name, name, text);
        }
        if (date.getYear() < YearArrangement.FIRST_YEAR || date.getYear() > YearArrangement.LAST_YEAR) {
            throw invalid("calendar-date-out-of-range", "Parameter '" + name + "' is out of range", name, name, text,
                    YearArrangement.FIRST_YEAR, YearArrangement.LAST_YEAR);
        }
        return date;
    }

    static @Nullable Integer days(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int days;
        try {
            days = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw outOfRange(name, value);
        }
        if (days < 0 || days > MAX_DAYS) {
            throw outOfRange(name, value);
        }
        return days;
    }

    /** Exactly one of the two kinds of limit: working days (工作日) or calendar days (自然日). */
    static void exactlyOneLimit(@Nullable Integer workingDays, @Nullable Integer calendarDays) {
        if ((workingDays == null) == (calendarDays == null)) {
            throw invalid("calendar-limit-choice", "Give exactly one of workingDays and calendarDays", "workingDays");
        }
    }

    static void ordered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw invalid("calendar-range-reversed", "'to' is before 'from'", "to", from.toString(), to.toString());
        }
    }

    /** Suspensions written {@code YYYY-MM-DD/YYYY-MM-DD}, both days included. */
    static List<Suspension> suspensions(@Nullable List<String> values) {
        List<Suspension> suspensions = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value.isBlank()) {
                continue;
            }
            String[] parts = value.strip().split("/", -1);
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException(value);
                }
                Suspension suspension = new Suspension(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip()));
                date("suspension", suspension.first().toString());
                date("suspension", suspension.last().toString());
                suspensions.add(suspension);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw invalid("calendar-suspension-invalid", "Bad suspension " + value, "suspension", value);
            }
        }
        return suspensions;
    }

    static String required(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw invalid("calendar-parameter-missing", "Parameter '" + name + "' is missing", name, name);
        }
        return value.strip();
    }

    static int year(String name, @Nullable String value) {
        String text = required(name, value);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid("calendar-year-invalid", "Parameter '" + name + "' is not a year", name, name, text);
        }
    }

    static long version(@Nullable String value) {
        String text = required("version", value);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid("calendar-year-invalid", "Parameter 'version' is not a number", "version", "version", text);
        }
    }

    private static DomainException outOfRange(String name, String value) {
        return invalid("calendar-days-out-of-range", "Parameter '" + name + "' must lie between 0 and " + MAX_DAYS, name,
                name, value, MAX_DAYS);
    }

    private static DomainException invalid(String code, String message, String field, Object... args) {
        return new DomainException(Kind.INVALID, code, message, Map.of("field", field), args);
    }
}
