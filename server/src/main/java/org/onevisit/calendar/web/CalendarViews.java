package org.onevisit.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.DayKind;
import org.onevisit.calendar.SpecialDay;
import org.onevisit.calendar.Suspension;
import org.onevisit.calendar.YearArrangement;

/** The calendar's answers as the API and the pages show them. */
final class CalendarViews {

    private CalendarViews() {
    }

    /** A computed deadline; exactly one of {@code workingDays} and {@code calendarDays} is set. */
    record DeadlineResponse(LocalDate from, @Nullable Integer workingDays, @Nullable Integer calendarDays,
            List<SuspensionView> suspensions, LocalDate deadline, boolean provisional, List<Integer> unpublishedYears,
            String note) {
    }

    record SuspensionView(LocalDate first, LocalDate last) {

        static SuspensionView of(Suspension suspension) {
            return new SuspensionView(suspension.first(), suspension.last());
        }
    }

    /** {@code reason} is WEEKDAY, WEEKEND, HOLIDAY or MAKE_UP_WORKING_DAY. */
    record WorkingDayResponse(LocalDate date, boolean workingDay, String reason, @Nullable String holidayName,
            boolean provisional, String note) {
    }

    record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays, List<SuspensionView> suspensions,
            boolean provisional, List<Integer> unpublishedYears, String note) {
    }

    record YearSummary(int year, String status, String noticeTitle, @Nullable String noticeReference,
            @Nullable LocalDate noticePublished, int holidays, int makeUpWorkingDays, long version) {

        static YearSummary of(YearArrangement a) {
            int holidays = (int) a.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
            return new YearSummary(a.year(), a.status().name(), a.notice().title(), a.notice().reference(),
                    a.notice().publishedOn(), holidays, a.days().size() - holidays, a.version());
        }
    }

    record YearResponse(int year, String status, String noticeTitle, @Nullable String noticeReference,
            @Nullable LocalDate noticePublished, long version, List<DayView> days) {

        static YearResponse of(YearArrangement a) {
            return new YearResponse(a.year(), a.status().name(), a.notice().title(), a.notice().reference(),
                    a.notice().publishedOn(), a.version(), a.days().stream().map(DayView::of).toList());
        }
    }

    /** {@code kind} is HOLIDAY or MAKE_UP_WORKING_DAY. */
    record DayView(LocalDate date, String kind, String name) {

        static DayView of(SpecialDay day) {
            return new DayView(day.date(), day.kind().name(), day.name());
        }
    }
}
