package org.onevisit.bench.scale;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.Lights;
import org.onevisit.casework.Overseeing;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.intake.Intake;
import org.springframework.context.ApplicationContext;

/**
 * The queries staff run all day, each called through the product's own facades exactly as its pages and API call
 * them, with a parameter drawn afresh for every call: a department's inbox with its lights, the overdue list, a case
 * by number, an applicant's cases by ID number or credit code, the month's figures per department, and the counter's
 * recent cases.
 */
final class StaffQueries {

    /** One query: its name, what it is, and a call for a random parameter that answers how many rows it showed. */
    record Query(String name, String description, Function<SplittableRandom, Runnable> call) {
    }

    /** The demo supervisor, who may see every department's inbox. */
    private static final String SUPERVISOR = "supervisor";

    private StaffQueries() {
    }

    static List<Query> of(ApplicationContext product, CaseGenerator.Generated generated, LocalDate today) {
        Reviewing reviewing = product.getBean(Reviewing.class);
        Overseeing overseeing = product.getBean(Overseeing.class);
        Intake intake = product.getBean(Intake.class);
        WorkCalendars calendars = product.getBean(WorkCalendars.class);
        Lights yellow = product.getBean(Lights.class);
        Method light = lights();
        Clock clock = product.getBean(Clock.class);
        List<String> departments = new ArrayList<>(generated.tasksByDepartment().keySet());
        List<String> numbers = generated.numbers();
        List<String> identifiers = generated.identifiers();
        return List.of(
                new Query("inbox", "A department's inbox: its 200 most urgent unanswered reviews, each with its light "
                        + "(Reviewing.inbox, as /staff/reviews and GET /api/v1/casework/inbox show it to the supervisor)",
                        r -> () -> {
                            WorkCalendar calendar = calendars.current();
                            LocalDate day = LocalDate.now(clock);
                            for (ReviewTask t : reviewing.inbox(pick(departments, r), SUPERVISOR, 200).tasks()) {
                                invoke(light, t, calendar, day, yellow);
                            }
                        }),
                new Query("overdue", "Open reviews past their deadline across departments, 50 a page, the longest overdue "
                        + "first; one department's in a third of the calls (Overseeing.overdue, GET /api/v1/reviews/overdue)",
                        r -> r.nextInt(3) == 0 ? () -> overseeing.overdue(pick(departments, r), 0, 50)
                                : () -> overseeing.overdue(null, r.nextInt(3), 50)),
                new Query("owed-opinions", "Opinions still owed after 超时默认 past their day across departments, 50 a page; one "
                        + "department's in a third of the calls (Overseeing.owedOpinionsPastDue, GET /api/v1/reviews/owed-opinions)",
                        r -> r.nextInt(3) == 0 ? () -> overseeing.owedOpinionsPastDue(pick(departments, r), 0, 50)
                                : () -> overseeing.owedOpinionsPastDue(null, 0, 50)),
                new Query("case-by-number", "A case by its number (Intake.find, the counter's 打开 and every case page)",
                        r -> () -> intake.find(pick(numbers, r))),
                new Query("cases-by-applicant", "An applicant's 50 newest cases by resident ID number or credit code "
                        + "(Intake.ofApplicant, the counter's search)",
                        r -> () -> intake.ofApplicant(pick(identifiers, r), 50)),
                new Query("month-kpis", "Every department's figures for a month of the two years: opened, answered, on time, "
                        + "deemed consents, late, average working days (Overseeing.month, GET /api/v1/reviews/kpis)",
                        r -> () -> overseeing.month(YearMonth.from(today).minusMonths(r.nextInt(24)))),
                new Query("recent-cases", "The counter workbench's 200 most recent cases (Intake.recent, /staff/counter)",
                        r -> () -> intake.recent(200)));
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The inbox page's own view of a task with its light, which the page computes for every row it shows. */
    private static Method lights() {
        try {
            Method of = Class.forName("org.onevisit.casework.web.ReviewView")
                    .getDeclaredMethod("of", ReviewTask.class, Lights.class, WorkCalendar.class, LocalDate.class);
            of.setAccessible(true);
            return of;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The inbox's view of a review is not where the bench expects it", e);
        }
    }

    private static void invoke(Method light, ReviewTask t, WorkCalendar calendar, LocalDate day, Lights lights) {
        try {
            light.invoke(null, t, lights, calendar, day);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
