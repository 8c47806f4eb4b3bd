package org.onevisit.calendar.web;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.calendar.YearArrangement;

/** Far-future years no test has entered yet, so tests sharing one database never meet; 2900 and later stay unentered for the tests of unknown years. */
final class FreshYears {

    private FreshYears() {
    }

    static int pick(WorkCalendars calendars) {
        Set<Integer> taken = calendars.years().stream().map(YearArrangement::year).collect(Collectors.toSet());
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2100, 2900);
        } while (taken.contains(year));
        return year;
    }
}
