package org.onevisit.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.onevisit.platform.RoundTrips;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores case files, a column a datum, read by column name. Every update names the version it read, so of two
 * officials acting on a case at once the second is refused instead of overwriting. The holder's identifier and phone
 * are stored encrypted, and moved to the current key by {@code reencrypt-personal-data}.
 */
@Repository
class CaseFiles implements PersonalDataAtRest {

    static final TypeReference<List<FileItem>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<String>> MATERIALS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    CaseFiles(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores a new file; false when the case has one already. */
    RoundTrips.Statement<Void> insertIfAbsent(CaseFile f) {
        CaseFacts facts = f.facts();
        LegalClock clock = f.clock();
        PledgeTerm p = f.pledge();
        return RoundTrips.Statement.change("""
                INSERT INTO case_file (number, status, subject, subject_name, bundle, items, holder_legal_person,
                    holder_identifier, holder_name, holder_phone, accepted_on, deemed_accepted, promised_by, legal_by,
                    provisional, extension_days, extension_note, pledge_materials, pledge_due, pledge_remind_on,
                    pledge_reminded, pledge_kept, closing_note, version)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0 FROM (VALUES (0)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM case_file WHERE number = ?)""",
                        f.number(), f.status().name(), facts.subject(), facts.subjectName(), facts.bundle(),
                        json.writeValueAsString(facts.items()), facts.holder().legalPerson(),
                        cipher.encrypt(facts.holder().identifier()), facts.holder().name(),
                        cipher.encrypt(facts.holder().phone()), clock.acceptedOn(), clock.deemedAccepted(),
                        clock.promised(), clock.legal(), clock.provisional(), clock.extensionDays(),
                        clock.extensionNote(), p == null ? null : json.writeValueAsString(p.materials()),
                        p == null ? null : p.supplementBy(), p == null ? null : p.remindOn(),
                        p == null ? null : p.reminded(), p == null ? null : p.kept(), f.closingNote(), f.number());
    }

    /**
     * Saves the next state of a file read at {@code f.version()}; false when someone saved it meanwhile. The first save
     * in a closed status records the moment the case ended.
     */
    boolean update(CaseFile f) {
        LegalClock clock = f.clock();
        PledgeTerm p = f.pledge();
        OffsetDateTime now = f.status().closed() ? OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC) : null;
        return jdbc.sql("""
                UPDATE case_file SET status = ?, legal_by = ?, extension_days = ?, extension_note = ?, pledge_reminded = ?,
                    pledge_kept = ?, closing_note = ?, ended_at = COALESCE(ended_at, CAST(? AS TIMESTAMP WITH TIME ZONE)),
                    version = version + 1
                WHERE number = ? AND version = ?""")
                .params(f.status().name(), clock.legal(), clock.extensionDays(), clock.extensionNote(),
                        p == null ? null : p.reminded(), p == null ? null : p.kept(), f.closingNote(), now, f.number(),
                        f.version())
                .update() == 1;
    }

    /** When the case ended (办结, 终止, 撤回), if it has and the moment was recorded. */
    Optional<Instant> endedAt(String number) {
        return jdbc.sql("SELECT ended_at FROM case_file WHERE number = ?").param(number)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(o -> o);
    }

    Optional<CaseFile> find(String number) {
        return jdbc.sql(BY_NUMBER).param(number).query(this::read).optional();
    }

    private static final String BY_NUMBER = "SELECT * FROM case_file WHERE number = ?";

    /** {@link #find} as a statement to send with others ({@link RoundTrips}): none or one row. */
    RoundTrips.Statement<CaseFile> findStatement(String number) {
        return RoundTrips.Statement.query(BY_NUMBER, this::read, number);
    }

    /** The files of those of {@code numbers} that were accepted. */
    List<CaseFile> findAll(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM case_file WHERE number IN (:numbers)").param("numbers", numbers)
                .query(this::read).list();
    }

    /**
     * Cases not yet decided (a review still to be answered, or no item decided) whose legal deadline is on or before
     * {@code lastDay}, the nearest first; a page of them, and how many there are in all.
     */
    List<CaseFile> undecidedDueBy(LocalDate lastDay, int offset, int limit) {
        return jdbc.sql("SELECT * FROM case_file f " + UNDECIDED_DUE + " ORDER BY legal_by, number OFFSET " + offset
                        + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .param("statuses", OPEN_STATUSES).param("day", lastDay).query(this::read).list();
    }

    int countUndecidedDueBy(LocalDate lastDay) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file f " + UNDECIDED_DUE)
                .param("statuses", OPEN_STATUSES).param("day", lastDay).query(Integer.class).single();
    }

    /** The cases in progress (accepted, or accepted on a pledge, not ended) by status: a count over the status index. */
    Map<HandlingStatus, Integer> countInProgress() {
        Map<HandlingStatus, Integer> counts = new java.util.EnumMap<>(HandlingStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM case_file WHERE status IN (:statuses) GROUP BY status")
                .param("statuses", OPEN_STATUSES)
                .query((rs, n) -> counts.put(HandlingStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    private static final List<String> OPEN_STATUSES = List.of(HandlingStatus.ACCEPTED.name(),
            HandlingStatus.ACCEPTED_ON_PLEDGE.name());

    private static final String UNDECIDED_DUE = """
             WHERE f.status IN (:statuses) AND f.legal_by <= :day
                AND (EXISTS (SELECT 1 FROM casework_task t WHERE t.case_number = f.number AND t.status IN %s)
                    OR NOT EXISTS (SELECT 1 FROM casework_item_decision d WHERE d.case_number = f.number))"""
            .formatted(TaskStatus.sql(EnumSet.of(TaskStatus.WAITING, TaskStatus.OPEN, TaskStatus.AWAITING_CORRECTION,
                    TaskStatus.SUSPENDED)));

    /** Numbers of cases a step may be taken on whose pledge fell due before {@code day}. */
    List<String> pledgesDueBefore(CaseStep step, LocalDate day) {
        return jdbc.sql("SELECT number FROM case_file WHERE status IN (:statuses) AND pledge_due < :day ORDER BY number")
                .param("statuses", step.rule().names()).param("day", day).query(String.class).list();
    }

    /** Numbers of cases a step may be taken on whose pledge reminder is due on {@code day}. */
    List<String> remindersDue(CaseStep step, LocalDate day) {
        return jdbc.sql("""
                SELECT number FROM case_file WHERE status IN (:statuses) AND pledge_remind_on <= :day
                    AND pledge_reminded = FALSE ORDER BY number""")
                .param("statuses", step.rule().names()).param("day", day).query(String.class).list();
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("case_file", "number", Column.of("holder_identifier"), Column.of("holder_phone"));
    }

    private CaseFile read(ResultSet rs, int row) throws SQLException {
        Holder holder = new Holder(rs.getBoolean("holder_legal_person"), cipher.decrypt(rs.getString("holder_identifier")),
                rs.getString("holder_name"), cipher.decrypt(rs.getString("holder_phone")));
        CaseFacts facts = new CaseFacts(rs.getString("subject"), rs.getString("subject_name"), rs.getBoolean("bundle"),
                json.readValue(rs.getString("items"), ITEMS), holder);
        LegalClock clock = new LegalClock(rs.getObject("accepted_on", LocalDate.class), rs.getBoolean("deemed_accepted"),
                rs.getObject("promised_by", LocalDate.class), rs.getObject("legal_by", LocalDate.class),
                rs.getBoolean("provisional"), rs.getInt("extension_days"), rs.getString("extension_note"));
        return new CaseFile(rs.getString("number"), facts, clock, pledge(rs),
                HandlingStatus.valueOf(rs.getString("status")), rs.getString("closing_note"), rs.getLong("version"));
    }

    private @Nullable PledgeTerm pledge(ResultSet rs) throws SQLException {
        String materials = rs.getString("pledge_materials");
        if (materials == null) {
            return null;
        }
        return new PledgeTerm(json.readValue(materials, MATERIALS), rs.getObject("pledge_due", LocalDate.class),
                rs.getObject("pledge_remind_on", LocalDate.class), rs.getBoolean("pledge_reminded"),
                rs.getBoolean("pledge_kept"));
    }
}
