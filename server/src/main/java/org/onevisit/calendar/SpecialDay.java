package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day listed in a year's arrangement: a holiday day off or a make-up working day, with the name of the
 * holiday it belongs to (元旦, 春节, 清明节 …).
 */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    /** Longest holiday name kept. */
    public static final int NAME_MAX = 50;

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("A holiday name has 1 to " + NAME_MAX + " characters");
        }
    }

    public boolean isWorkingDay() {
        return kind == DayKind.MAKE_UP_WORKING_DAY;
    }
}
