package org.onevisit.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The statement floor with each step's checks moved into the database: every step a person takes is one SQL statement
 * that checks, changes and writes the audit entry together (PostgreSQL's data-modifying {@code WITH}), sent in
 * auto-commit mode, so that its one round trip is also its commit. It writes what {@link StatementFloor} writes, into
 * the same tables, with the same payloads, and keeps the same guarantees: a step is durable when it returns, a change
 * is made only to what is still as the step expects (the condition is checked again on the locked row, so of two
 * officials answering at once one is refused), and the audit entry commits with the change. Per case, 8 round trips:
 * one for each of the seven steps and one for the application to find the open reviews.
 *
 * <p>This is where rules written in SQL would take an engine: the check a step makes (the case is still received,
 * the review still open, every review consented) is a clause of the statement, not Java. PostgreSQL only: H2 has no
 * data-modifying {@code WITH}.
 */
final class OneStatementFloor extends Floor {

    private static final String AUDIT_COLUMNS = "audit_pending (subject, subject_id, action, actor, channel, before_text,"
            + " after_text, at)";

    private static final String SUBMIT = """
            WITH c AS (
              INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_index,
                  applicant_account, created_at, received_on, deemed_accepted, version, body)
              VALUES (?, ?, 'COUNTER', 'RECEIVED', ?, FALSE, ?, NULL, CAST(? AS TIMESTAMP WITH TIME ZONE),
                  CAST(? AS DATE), FALSE, 0, ?)
              RETURNING number)
            INSERT INTO %s
            SELECT 'case', number, 'receive', 'clerk', 'COUNTER', ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM c
            """.formatted(AUDIT_COLUMNS);

    /** Accepted only while still received: the condition is checked again on the locked row. */
    private static final String ACCEPT = """
            WITH c AS (
              UPDATE intake_case SET status = 'ACCEPTED', accepted_on = CAST(? AS DATE), version = version + 1, body = ?
              WHERE number = ? AND status = 'RECEIVED'
              RETURNING number),
            t AS (
              INSERT INTO casework_task (case_number, item_code, department, stage_key, stage_order, status, opened_on,
                  deadline, limit_days, opinion, delegated, deemable, later_stages_wait, version)
              SELECT c.number, ?, d.department, 'S1', 0, 'OPEN', CAST(? AS DATE), CAST(? AS DATE), 5, '', FALSE, FALSE,
                  TRUE, 0
              FROM c CROSS JOIN (VALUES ('BDC'), ('ZJJ'), ('SWJ'), ('NSYH')) AS d (department))
            INSERT INTO %s
            SELECT 'case', number, 'accept', 'clerk', 'COUNTER', ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM c
            """.formatted(AUDIT_COLUMNS);

    /** Answered only while still open: of two officials answering at once, the second changes nothing. */
    private static final String REVIEW = """
            WITH t AS (
              UPDATE casework_task SET status = 'CONSENTED', opinion = ?, decided_by = ?,
                  decided_at = CAST(? AS TIMESTAMP WITH TIME ZONE), decided_on = CAST(? AS DATE), version = version + 1
              WHERE id = ? AND status = 'OPEN'
              RETURNING case_number, department)
            INSERT INTO %s
            SELECT 'case', case_number, 'review', 'admin', department, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM t
            """.formatted(AUDIT_COLUMNS);

    /** Decided only when every review of the item consented; a second decision collides on the decision's key. */
    private static final String DECIDE = """
            WITH ok AS (
              SELECT CAST(? AS VARCHAR(40)) AS number
              WHERE NOT EXISTS (SELECT 1 FROM casework_task WHERE case_number = ? AND item_code = ?
                  AND status <> 'CONSENTED')),
            d AS (
              INSERT INTO casework_item_decision (case_number, item_code, approved, reasons, decided_by, decided_at,
                  delegated, department)
              SELECT number, ?, TRUE, '', 'admin', CAST(? AS TIMESTAMP WITH TIME ZONE), FALSE, 'BDC' FROM ok
              RETURNING case_number),
            k AS (
              INSERT INTO certificate (number, case_number, item_code, certificate_type, holder_name,
                  holder_identifier_encrypted, holder_identifier_index, holder_legal_person, department, issued_on,
                  conditions, code, key_id, created_at)
              SELECT case_number, case_number, ?, '不动产权证书', '林十三', ?, ?, FALSE, 'BDC', CAST(? AS DATE), '', ?,
                  'floor', CAST(? AS TIMESTAMP WITH TIME ZONE) FROM d
              RETURNING case_number)
            INSERT INTO %s
            SELECT a.subject, k.case_number, a.action, a.actor, a.channel, a.before_text, a.after_text,
                CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM k CROSS JOIN (VALUES ('case', 'approve', 'admin', 'DEPARTMENT', CAST(? AS VARCHAR), CAST(? AS VARCHAR)),
                ('certificate', 'issue', 'system', 'SYSTEM', CAST(? AS VARCHAR), CAST(? AS VARCHAR)))
                AS a (subject, action, actor, channel, before_text, after_text)
            """.formatted(AUDIT_COLUMNS);

    private final TransactionCounts counts;

    /** Every statement the floor sends, for the contract test that checks them against the server's schema. */
    static List<String> statements() {
        return List.of(SUBMIT, ACCEPT, REVIEW, DECIDE);
    }

    private OneStatementFloor(HikariDataSource pool, TransactionCounts counts, Payloads payloads,
            PersonalDataCipher cipher) {
        // its case numbers differ from the statement floor's even where both start in the same millisecond
        super(pool, counts, payloads, cipher, "1S-");
        this.counts = counts;
    }

    /** On a PostgreSQL database where OneVisit has already handled cases of the benchmark's item, with its keys. */
    static OneStatementFloor start(BenchDatabase db, TransactionCounts counts, PersonalDataCipher cipher)
            throws SQLException {
        if (!db.kind().equals("postgres")) {
            throw new IllegalArgumentException("The one-statement floor needs PostgreSQL's data-modifying WITH, not " + db.kind());
        }
        HikariDataSource pool = db.pool("one-statement-floor", true);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            return new OneStatementFloor(pool, counts, payloads(c), cipher);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "One-statement floor";
    }

    @Override
    Void submit(String number, LocalDate today) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        int written = execute(SUBMIT, number, UUID.randomUUID().toString(), ITEM,
                cipher.index(Lookup.IDENTIFIER, ResidentIds.next()), now, Date.valueOf(today), payloads.caseBody(),
                payloads.receive().before(), payloads.receive().after(), now);
        expect(written, 1, "Case " + number + " was not handed in");
        counts.alsoWritten(1);
        return null;
    }

    @Override
    Void accept(String number, LocalDate today) throws SQLException {
        int written = execute(ACCEPT, Date.valueOf(today), payloads.caseBody(), number, ITEM, Date.valueOf(today),
                Date.valueOf(today.plusDays(7)), payloads.accept().before(), payloads.accept().after(),
                Timestamp.from(Instant.now()));
        expect(written, 1, "Case " + number + " is not waiting for acceptance");
        counts.alsoWritten(1 + DEPARTMENTS);
        return null;
    }

    @Override
    Void review(long task, LocalDate today) throws SQLException {
        int written = execute(REVIEW, "同意", "admin", Timestamp.from(Instant.now()), Date.valueOf(today), task,
                payloads.review().before(), payloads.review().after(), Timestamp.from(Instant.now()));
        expect(written, 1, "Review " + task + " is not open");
        counts.alsoWritten(1);
        return null;
    }

    @Override
    Void decide(String number, LocalDate today) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        byte[] code = new byte[payloads.codeLength() * 3 / 4];
        ThreadLocalRandom.current().nextBytes(code);
        String holder = ResidentIds.next();
        int written = execute(DECIDE, number, number, ITEM, ITEM, now, ITEM, cipher.encrypt(holder),
                cipher.index(Lookup.IDENTIFIER, holder), Date.valueOf(today),
                Base64.getUrlEncoder().withoutPadding().encodeToString(code), now, now, payloads.approve().before(),
                payloads.approve().after(), payloads.issue().before(), payloads.issue().after());
        expect(written, 2, "A review of " + number + " is not answered");
        counts.alsoWritten(2);
        return null;
    }

    /** One statement, committed as it returns; the rows its top level wrote. */
    private int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = counted.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static void expect(int written, int expected, String otherwise) {
        if (written != expected) {
            throw new IllegalStateException(otherwise);
        }
    }

    @Override
    public String caseShape() {
        return "4 reviews, 1 decision, 1 certificate, one statement a step";
    }
}
