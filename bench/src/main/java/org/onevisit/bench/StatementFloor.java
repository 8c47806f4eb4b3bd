package org.onevisit.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The fewest round trips a case of this shape can take while each step keeps the guarantees OneVisit gives it, sent
 * with plain JDBC and no engine between them: what the database and its driver allow this case, to set beside both
 * engines. Every step a person takes is its own durable transaction; a step that changes what is there reads it first
 * and writes under an optimistic version check; every step writes its audit entry in its own transaction. The rows
 * go into OneVisit's own tables, with their indexes, and carry payloads the size of OneVisit's: the case body and
 * the audit texts are copied from a case OneVisit handled earlier in the run. Per case, 30 round trips:
 * <ul>
 * <li>hand in: insert the case, its audit entry, commit (3);</li>
 * <li>accept: read the case, update it, insert the four reviews (one batch), the audit entry, commit (5);</li>
 * <li>the application finds the open reviews (1, outside a transaction);</li>
 * <li>each of four reviews: read the task, update it, the audit entry, commit (4 × 4);</li>
 * <li>decide: read the case's reviews, insert the decision, insert the certificate, the audit entries (one batch),
 * commit (5).</li>
 * </ul>
 * It leaves out what OneVisit does beyond that minimum: the official's record read at each review and decision, the
 * catalog read at hand-in, the case-number and certificate-number sequences, the stage row, the SMS queued at
 * acceptance, the delivery opened at the decision, the certificate's signature and the audit chain.
 * <p>
 * Over 250 lines: each step's statements written out in full, one after the other, as they are sent, so that the
 * floor reads as the round trips it counts.
 */
final class StatementFloor extends Floor {

    private static final String[] DEPARTMENT_CODES = {"BDC", "ZJJ", "SWJ", "NSYH"};

    private static final String INSERT_CASE = "INSERT INTO intake_case (number, idempotency_key, channel, status,"
            + " subject, bundle, applicant_index, applicant_account, created_at, received_on, deemed_accepted,"
            + " version, body) VALUES (?, ?, 'COUNTER', 'RECEIVED', ?, FALSE, ?, NULL, ?, ?, FALSE, 0, ?)";
    private static final String READ_CASE = "SELECT body, version FROM intake_case WHERE number = ?";
    private static final String ACCEPT_CASE = "UPDATE intake_case SET status = 'ACCEPTED', accepted_on = ?,"
            + " version = version + 1, body = ? WHERE number = ? AND version = ?";
    private static final String INSERT_TASK = "INSERT INTO casework_task (case_number, item_code, department,"
            + " stage_key, stage_order, status, opened_on, deadline, limit_days, opinion, delegated, deemable,"
            + " later_stages_wait, version) VALUES (?, ?, ?, 'S1', 0, 'OPEN', ?, ?, 5, '', FALSE, FALSE, TRUE, 0)";
    private static final String READ_TASK = "SELECT status, department, version, case_number FROM casework_task"
            + " WHERE id = ?";
    private static final String ANSWER_TASK = "UPDATE casework_task SET status = 'CONSENTED', opinion = ?,"
            + " decided_by = ?, decided_at = ?, decided_on = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String READ_REVIEWS = "SELECT status FROM casework_task WHERE case_number = ? AND item_code = ?";
    private static final String INSERT_DECISION = "INSERT INTO casework_item_decision (case_number, item_code, approved,"
            + " reasons, decided_by, decided_at, delegated, department) VALUES (?, ?, TRUE, '', 'admin', ?, FALSE, 'BDC')";
    private static final String INSERT_CERTIFICATE = "INSERT INTO certificate (number, case_number, item_code, certificate_type,"
            + " holder_name, holder_identifier_encrypted, holder_identifier_index, holder_legal_person, department,"
            + " issued_on, conditions, code, key_id, created_at)"
            + " VALUES (?, ?, ?, '不动产权证书', '林十三', ?, ?, FALSE, 'BDC', ?, '', ?, 'floor', ?)";

    private StatementFloor(HikariDataSource pool, TransactionCounts counts, Payloads payloads, PersonalDataCipher cipher) {
        super(pool, counts, payloads, cipher, "");
    }

    /** On a database where OneVisit has already handled cases of the benchmark's item, with its keys. */
    static StatementFloor start(BenchDatabase db, TransactionCounts counts, PersonalDataCipher cipher) throws SQLException {
        HikariDataSource pool = db.pool("floor");
        try (Connection c = pool.getConnection()) {
            return new StatementFloor(pool, counts, payloads(c), cipher);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "Statement floor";
    }

    @Override
    Void submit(String number, LocalDate today) throws SQLException {
        try (Connection c = counted.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(INSERT_CASE)) {
                s.setString(1, number);
                s.setString(2, UUID.randomUUID().toString());
                s.setString(3, ITEM);
                s.setString(4, cipher.index(Lookup.IDENTIFIER, ResidentIds.next()));
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.setDate(6, Date.valueOf(today));
                s.setString(7, payloads.caseBody());
                s.executeUpdate();
            }
            audit(c, "case", number, "receive", "clerk", "COUNTER", payloads.receive());
            c.commit();
        }
        return null;
    }

    @Override
    Void accept(String number, LocalDate today) throws SQLException {
        try (Connection c = counted.getConnection()) {
            long version;
            try (PreparedStatement s = c.prepareStatement(READ_CASE)) {
                s.setString(1, number);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    version = rs.getLong(2);
                }
            }
            try (PreparedStatement s = c.prepareStatement(ACCEPT_CASE)) {
                s.setDate(1, Date.valueOf(today));
                s.setString(2, payloads.caseBody());
                s.setString(3, number);
                s.setLong(4, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("Case " + number + " changed under the floor");
                }
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_TASK)) {
                for (String department : DEPARTMENT_CODES) {
                    s.setString(1, number);
                    s.setString(2, ITEM);
                    s.setString(3, department);
                    s.setDate(4, Date.valueOf(today));
                    s.setDate(5, Date.valueOf(today.plusDays(7)));
                    s.addBatch();
                }
                s.executeBatch();
            }
            audit(c, "case", number, "accept", "clerk", "COUNTER", payloads.accept());
            c.commit();
        }
        return null;
    }

    @Override
    Void review(long task, LocalDate today) throws SQLException {
        try (Connection c = counted.getConnection()) {
            long version;
            String department;
            String number;
            try (PreparedStatement s = c.prepareStatement(READ_TASK)) {
                s.setLong(1, task);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!"OPEN".equals(rs.getString(1))) {
                        throw new IllegalStateException("Review " + task + " is not open");
                    }
                    department = rs.getString(2);
                    version = rs.getLong(3);
                    number = rs.getString(4);
                }
            }
            try (PreparedStatement s = c.prepareStatement(ANSWER_TASK)) {
                s.setString(1, "同意");
                s.setString(2, "admin");
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.setDate(4, Date.valueOf(today));
                s.setLong(5, task);
                s.setLong(6, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("Review " + task + " changed under the floor");
                }
            }
            audit(c, "case", number, "review", "admin", department, payloads.review());
            c.commit();
        }
        return null;
    }

    @Override
    Void decide(String number, LocalDate today) throws SQLException {
        try (Connection c = counted.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(READ_REVIEWS)) {
                s.setString(1, number);
                s.setString(2, ITEM);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!"CONSENTED".equals(rs.getString(1))) {
                            throw new IllegalStateException("A review of " + number + " is not answered");
                        }
                    }
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement(INSERT_DECISION)) {
                s.setString(1, number);
                s.setString(2, ITEM);
                s.setTimestamp(3, now);
                s.executeUpdate();
            }
            byte[] code = new byte[payloads.codeLength() * 3 / 4];
            ThreadLocalRandom.current().nextBytes(code);
            String holder = ResidentIds.next();
            try (PreparedStatement s = c.prepareStatement(INSERT_CERTIFICATE)) {
                s.setString(1, number);
                s.setString(2, number);
                s.setString(3, ITEM);
                s.setString(4, cipher.encrypt(holder));
                s.setString(5, cipher.index(Lookup.IDENTIFIER, holder));
                s.setDate(6, Date.valueOf(today));
                s.setString(7, Base64.getUrlEncoder().withoutPadding().encodeToString(code));
                s.setTimestamp(8, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(AUDIT)) {
                bindAudit(s, "case", number, "approve", "admin", "DEPARTMENT", payloads.approve());
                s.addBatch();
                bindAudit(s, "certificate", number, "issue", "system", "SYSTEM", payloads.issue());
                s.addBatch();
                s.executeBatch();
            }
            c.commit();
        }
        return null;
    }

    /** Every statement the floor sends, for the contract test that checks them against the server's schema. */
    static List<String> statements() {
        return List.of(INSERT_CASE, READ_CASE, ACCEPT_CASE, INSERT_TASK, READ_TASK, ANSWER_TASK, READ_REVIEWS,
                INSERT_DECISION, INSERT_CERTIFICATE, AUDIT);
    }

    private static final String AUDIT = "INSERT INTO audit_pending (subject, subject_id, action, actor, channel, before_text,"
            + " after_text, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static void audit(Connection c, String subject, String id, String action, String actor, String channel,
            AuditText text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(AUDIT)) {
            bindAudit(s, subject, id, action, actor, channel, text);
            s.executeUpdate();
        }
    }

    private static void bindAudit(PreparedStatement s, String subject, String id, String action, String actor,
            String channel, AuditText text) throws SQLException {
        s.setString(1, subject);
        s.setString(2, id);
        s.setString(3, action);
        s.setString(4, actor);
        s.setString(5, channel);
        s.setString(6, text.before());
        s.setString(7, text.after());
        s.setTimestamp(8, Timestamp.from(Instant.now()));
    }

    @Override
    public String caseShape() {
        return "4 reviews, 1 decision, 1 certificate, in the fewest round trips";
    }
}
