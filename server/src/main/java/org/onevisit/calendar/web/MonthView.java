package org.onevisit.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.DayInfo;
import org.onevisit.calendar.WorkCalendar;

/** A month as a grid of weeks, Monday first, for the calendar page. */
record MonthView(int month, List<List<Cell>> weeks) {

    /**
     * One square of the grid; {@code day} is 0 for the blanks before the first and after the last day.
     * {@code kind} is weekday, weekend, holiday or makeup.
     */
    record Cell(int day, @Nullable LocalDate date, String kind, @Nullable String holidayName) {

        static final Cell BLANK = new Cell(0, null, "blank", null);
    }

    static MonthView of(YearMonth month, WorkCalendar calendar) {
        List<Cell> cells = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < leading; i++) {
            cells.add(Cell.BLANK);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            DayInfo info = calendar.describe(month.atDay(day));
            String kind = switch (info.reason()) {
                case WEEKDAY -> "weekday";
                case WEEKEND -> "weekend";
                case HOLIDAY -> "holiday";
                case MAKE_UP_WORKING_DAY -> "makeup";
            };
            cells.add(new Cell(day, info.date(), kind, info.holidayName()));
        }
        while (cells.size() % 7 != 0) {
            cells.add(Cell.BLANK);
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(List.copyOf(cells.subList(i, i + 7)));
        }
        return new MonthView(month.getMonthValue(), List.copyOf(weeks));
    }
}
