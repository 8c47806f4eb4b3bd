package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The published arrangements of 2025 and 2026 (REFERENCE §7), as a calendar with known holidays. */
public final class CalendarFixture {

    private CalendarFixture() {
    }

    public static WorkCalendar calendar20252026() {
        return WorkCalendar.of(List.of(year2025(), year2026()));
    }

    static YearArrangement year2025() {
        List<SpecialDay> days = new ArrayList<>();
        holiday(days, "元旦", "2025-01-01", "2025-01-01");
        holiday(days, "春节", "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08");
        holiday(days, "清明节", "2025-04-04", "2025-04-06");
        holiday(days, "劳动节", "2025-05-01", "2025-05-05", "2025-04-27");
        holiday(days, "端午节", "2025-05-31", "2025-06-02");
        holiday(days, "国庆节、中秋节", "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11");
        return published(2025, days);
    }

    static YearArrangement year2026() {
        List<SpecialDay> days = new ArrayList<>();
        holiday(days, "元旦", "2026-01-01", "2026-01-03", "2026-01-04");
        holiday(days, "春节", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28");
        holiday(days, "清明节", "2026-04-04", "2026-04-06");
        holiday(days, "劳动节", "2026-05-01", "2026-05-05", "2026-05-09");
        holiday(days, "端午节", "2026-06-19", "2026-06-21");
        holiday(days, "中秋节", "2026-09-25", "2026-09-27");
        holiday(days, "国庆节", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10");
        return published(2026, days);
    }

    static YearArrangement published(int year, List<SpecialDay> days) {
        return new YearArrangement(year, new Notice("国务院办公厅关于" + year + "年部分节假日安排的通知", null, null),
                ArrangementStatus.PUBLISHED, days, 0);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static void holiday(List<SpecialDay> days, String name, String first, String last, String... makeUpDays) {
        for (LocalDate d = date(first); !d.isAfter(date(last)); d = d.plusDays(1)) {
            days.add(new SpecialDay(d, DayKind.HOLIDAY, name));
        }
        for (String makeUp : makeUpDays) {
            days.add(new SpecialDay(date(makeUp), DayKind.MAKE_UP_WORKING_DAY, name));
        }
    }
}
