package org.onevisit.bench.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Application;
import org.onevisit.intake.CaseNumber;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.platform.CentreInfo;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the product's tables with the cases of the two years before the product's clock, received on working days
 * from 09:00 to 17:00, numbered as intake numbers them; deterministic for a seed. Rows are written as the product's
 * repositories write them, the case body serialised by the product's own JSON mapper with the applicant's and the
 * agent's identifiers and phones encrypted by the product's cipher, and the applicant found by its blind index, so the
 * product reads them back.
 */
final class CaseGenerator {

    /** What was written, and samples of case numbers and applicants for the queries. */
    record Generated(int cases, int tasks, int stages, int decisions, Duration took, Map<String, Integer> casesByStatus,
            Map<String, Integer> tasksByStatus, Map<String, Integer> tasksByDepartment, List<String> numbers,
            List<String> identifiers) {

        double casesPerSecond() {
            return cases / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private static final int SAMPLE = 4000;

    static final TableWriter.Target CASES = new TableWriter.Target("intake_case", "number", "idempotency_key", "channel",
            "status", "subject", "bundle", "applicant_index", "applicant_account", "created_at", "received_on",
            "accepted_on", "deemed_accepted", "version", "body");
    static final TableWriter.Target FILES = new TableWriter.Target("case_file", "number", "status", "subject",
            "subject_name", "bundle", "items", "holder_legal_person", "holder_identifier", "holder_name", "holder_phone",
            "accepted_on", "deemed_accepted", "promised_by", "legal_by", "provisional", "extension_days", "extension_note",
            "pledge_materials", "pledge_due", "pledge_remind_on", "pledge_reminded", "pledge_kept", "closing_note",
            "version");
    static final TableWriter.Target STAGES = new TableWriter.Target("casework_stage", "case_number", "stage_key", "name",
            "after_keys", "position");
    static final TableWriter.Target TASKS = new TableWriter.Target("casework_task", ReviewStory.COLUMNS);
    static final TableWriter.Target DECISIONS = new TableWriter.Target("casework_item_decision", "case_number",
            "item_code", "approved", "reasons", "decided_by", "decided_at", "delegated");
    static final TableWriter.Target SEQUENCES = new TableWriter.Target("intake_case_sequence", "for_day", "last_value");

    /** Every table the fill writes, with its columns: what the contract test checks against the server's schema. */
    static List<TableWriter.Target> targets() {
        return List.of(CASES, FILES, STAGES, TASKS, DECISIONS, SEQUENCES);
    }

    private final BenchDatabase db;
    private final ApplicationContext product;
    private final ScaleSettings settings;

    CaseGenerator(BenchDatabase db, ApplicationContext product, ScaleSettings settings) {
        this.db = db;
        this.product = product;
        this.settings = settings;
    }

    Generated generate() throws Exception {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(settings.seed());
        WorkCalendar calendar = product.getBean(WorkCalendars.class).current();
        JsonMapper json = product.getBean(JsonMapper.class);
        PersonalDataCipher cipher = product.getBean(PersonalDataCipher.class);
        String region = product.getBean(CentreInfo.class).regionCode();
        LocalDate today = LocalDate.ofInstant(settings.now(), ReviewStory.CENTRE);
        List<LocalDate> days = workingDays(calendar, today.minusYears(2), today);
        Subjects subjects = new Subjects(product.getBean(Catalog.class), product.getBean(Intake.class), random);
        Applicants applicants = new Applicants(settings.cases(), java.time.Clock.fixed(settings.now(), ReviewStory.CENTRE));
        CaseStory story = new CaseStory(calendar, today);
        Map<String, Integer> caseStatuses = new TreeMap<>();
        Map<String, Integer> taskStatuses = new TreeMap<>();
        Map<String, Integer> taskDepartments = new TreeMap<>();
        List<String> numbers = new ArrayList<>();
        List<String> identifiers = new ArrayList<>();
        int tasks = 0;
        int stages = 0;
        int decisions = 0;
        int n = settings.cases();
        try (TableWriter cases = TableWriter.open(db, CASES);
                TableWriter fileRows = TableWriter.open(db, FILES);
                TableWriter stageRows = TableWriter.open(db, STAGES);
                TableWriter taskRows = TableWriter.open(db, TASKS);
                TableWriter decisionRows = TableWriter.open(db, DECISIONS);
                TableWriter sequences = TableWriter.open(db, SEQUENCES)) {
            int i = 0;
            for (int d = 0; d < days.size(); d++) {
                int end = (int) ((long) n * (d + 1) / days.size());
                int ofDay = end - i;
                for (int seq = 1; i < end; seq++, i++) {
                    LocalDate day = days.get(d);
                    Instant created = day.atTime(LocalTime.of(9, 0)).plusSeconds(8L * 3600 * (seq - 1) / ofDay + random.nextInt(30))
                            .atZone(ReviewStory.CENTRE).toInstant();
                    Applicant applicant = applicants.next(random);
                    Agent agent = applicant.legalPerson() && random.nextInt(3) == 0 ? agent(applicants, random) : null;
                    CaseStory.Rows rows = story.live(CaseNumber.of(region, day, seq), created, day, channel(random),
                            subjects.next(random), sealed(applicant, cipher), sealed(agent, cipher), random);
                    IntakeCase c = rows.intake();
                    cases.row(intakeRow(c, cipher.index(Lookup.IDENTIFIER, applicant.identifier()), json));
                    if (rows.file() != null) {
                        Object[] file = rows.file().clone();
                        file[5] = json.writeValueAsString(file[5]);
                        file[17] = file[17] == null ? null : json.writeValueAsString(file[17]);
                        fileRows.row(file);
                    }
                    for (Object[] r : rows.stages()) {
                        stageRows.row(r);
                    }
                    for (Object[] r : rows.tasks()) {
                        taskRows.row(r);
                        taskStatuses.merge((String) r[5], 1, Integer::sum);
                        taskDepartments.merge((String) r[2], 1, Integer::sum);
                    }
                    for (Object[] r : rows.decisions()) {
                        decisionRows.row(r);
                    }
                    tasks += rows.tasks().size();
                    stages += rows.stages().size();
                    decisions += rows.decisions().size();
                    caseStatuses.merge(rows.file() == null ? c.status().name() : (String) rows.file()[1], 1, Integer::sum);
                    sample(numbers, c.number().value(), i, random);
                    sample(identifiers, applicant.identifier(), i, random);
                }
                if (ofDay > 0) {
                    sequences.row(days.get(d), ofDay);
                }
            }
        }
        return new Generated(n, tasks, stages, decisions, Duration.ofNanos(System.nanoTime() - started), caseStatuses,
                taskStatuses, taskDepartments, numbers, identifiers);
    }

    /** The applicant as the product stores it in the case body. */
    private static Applicant sealed(Applicant a, PersonalDataCipher cipher) {
        return new Applicant(a.legalPerson(), cipher.encrypt(a.identifier()), a.name(), cipher.encrypt(a.phone()),
                a.legalRepresentative());
    }

    private static Agent sealed(Agent a, PersonalDataCipher cipher) {
        return a == null ? null : new Agent(a.name(), cipher.encrypt(a.idNumber()), cipher.encrypt(a.phone()),
                a.powerOfAttorneyFile());
    }

    private static Object[] intakeRow(IntakeCase c, String applicantIndex, JsonMapper json) {
        Application applied = c.application();
        return new Object[] {c.number().value(), applied.idempotencyKey(), applied.channel().name(), c.status().name(),
                applied.subject(), applied.bundle(), applicantIndex, null,
                OffsetDateTime.ofInstant(applied.createdAt(), ZoneOffset.UTC), c.dates().receivedOn(),
                c.dates().acceptedOn(), c.dates().deemedAccepted(), c.version(), json.writeValueAsString(c)};
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

    /** Keeps a uniform sample of {@link #SAMPLE} values out of all seen (reservoir sampling). */
    private static void sample(List<String> kept, String value, int seen, SplittableRandom random) {
        if (kept.size() < SAMPLE) {
            kept.add(value);
        } else {
            int j = random.nextInt(seen + 1);
            if (j < SAMPLE) {
                kept.set(j, value);
            }
        }
    }
}
