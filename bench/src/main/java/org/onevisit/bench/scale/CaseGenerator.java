package org.onevisit.bench.scale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.ScaleFillCasework;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.ScaleFillIntake;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the product's tables with the cases of the two years before the product's clock, received on working days
 * from 09:00 to 17:00; deterministic for a seed. Each case is numbered by intake's counter and stored by the product's
 * own repositories ({@link ScaleFillIntake}, {@link ScaleFillCasework}), which encrypt its personal data and index its
 * applicant as for a case handed in, in the product's transactions, a commit every {@value #PER_TRANSACTION} cases or
 * so (at the end of a day's cases).
 */
final class CaseGenerator {

    /**
     * What was written, samples of case numbers and applicants for the queries, and a few cases as they were
     * generated, to read back through the product.
     */
    record Generated(int cases, int tasks, int stages, int decisions, Duration took, Map<String, Integer> casesByStatus,
            Map<String, Integer> tasksByStatus, Map<String, Integer> tasksByDepartment, List<String> numbers,
            List<String> identifiers, List<CaseStory.Lived> kept) {

        double casesPerSecond() {
            return cases / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private static final int PER_TRANSACTION = 2000;

    private final ApplicationContext product;
    private final ScaleSettings settings;

    CaseGenerator(ApplicationContext product, ScaleSettings settings) {
        this.product = product;
        this.settings = settings;
    }

    Generated generate() {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(settings.seed());
        WorkCalendar calendar = product.getBean(WorkCalendars.class).current();
        LocalDate today = LocalDate.ofInstant(settings.now(), ReviewStory.CENTRE);
        List<LocalDate> days = workingDays(calendar, today.minusYears(2), today);
        Subjects subjects = new Subjects(product.getBean(Catalog.class), product.getBean(Intake.class), random);
        Applicants applicants = new Applicants(settings.cases(), Clock.fixed(settings.now(), ReviewStory.CENTRE));
        Fill fill = new Fill(new CaseStory(calendar, today), subjects, applicants, random, settings.cases(), days);
        TransactionTemplate transactions = new TransactionTemplate(product.getBean(PlatformTransactionManager.class));
        for (int d = 0; d < days.size();) {
            int first = d;
            d = transactions.execute(tx -> fill.days(first));
        }
        return fill.tally.generated(settings.cases(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The fill under way: the next case's place, and what was stored so far. */
    private final class Fill {
        final CaseStory story;
        final Subjects subjects;
        final Applicants applicants;
        final SplittableRandom random;
        final int cases;
        final List<LocalDate> days;
        final ScaleFillIntake intake = new ScaleFillIntake(product);
        final ScaleFillCasework casework = new ScaleFillCasework(product);
        final FillTally tally;
        int next;

        Fill(CaseStory story, Subjects subjects, Applicants applicants, SplittableRandom random, int cases,
                List<LocalDate> days) {
            this.story = story;
            this.subjects = subjects;
            this.applicants = applicants;
            this.random = random;
            this.cases = cases;
            this.days = days;
            this.tally = new FillTally(cases, random);
        }

        /** Stores the cases of the days from {@code first} on until a transaction's worth; the day to go on from. */
        int days(int first) {
            int d = first;
            for (int stored = 0; d < days.size() && stored < PER_TRANSACTION; d++) {
                stored += day(days.get(d), (int) ((long) cases * (d + 1) / days.size()));
            }
            return d;
        }

        /** Stores the day's cases, up to the {@code end}-th case of all; how many. */
        private int day(LocalDate day, int end) {
            int ofDay = end - next;
            for (int seq = 1; next < end; seq++, next++) {
                Instant created = day.atTime(LocalTime.of(9, 0)).plusSeconds(8L * 3600 * (seq - 1) / ofDay + random.nextInt(30))
                        .atZone(ReviewStory.CENTRE).toInstant();
                store(day, created);
            }
            return ofDay;
        }

        private void store(LocalDate day, Instant created) {
            Applicant applicant = applicants.next(random);
            Agent agent = applicant.legalPerson() && random.nextInt(3) == 0 ? agent(applicants, random) : null;
            CaseStory.Lived lived = story.live(intake.number(day), created, day, channel(random), subjects.next(random),
                    applicant, agent, random);
            intake.store(lived.intake());
            if (lived.accepted() != null) {
                casework.store(lived.accepted());
            }
            tally.add(lived, next);
        }
    }

    private static Agent agent(Applicants applicants, SplittableRandom random) {
        Applicant person = applicants.person(random.nextInt(1_000_000));
        return new Agent(person.name(), person.identifier(), person.phone(), null);
    }

    /** Most cases come to the counter; the rest online, by phone and at the kiosks. */
    private static Channel channel(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 65 ? Channel.COUNTER : r < 90 ? Channel.WEB : r < 98 ? Channel.MOBILE : Channel.KIOSK;
    }

    private static List<LocalDate> workingDays(WorkCalendar calendar, LocalDate from, LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
