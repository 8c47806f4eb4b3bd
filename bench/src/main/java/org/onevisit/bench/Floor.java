package org.onevisit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.onevisit.platform.PersonalDataCipher;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What the two floors share: a case of OneVisit's benchmark item, with its four reviews and one decision, written into
 * OneVisit's own tables with payloads copied from a case OneVisit handled earlier in the run, with no engine between
 * the steps; each floor says how one step reaches the database. Identifiers are encrypted and indexed as OneVisit
 * stores them, with its keys.
 */
abstract class Floor implements CaseEngine {

    static final String ITEM = OneVisitCases.ITEM;
    static final int DEPARTMENTS = 4;
    /** Case numbers of the floors' cases start with it; OneVisit's never do. */
    private static final String PREFIX = "FLOOR-";

    private final HikariDataSource pool;
    /** The pool, counted as OneVisit's and Flowable's connections are. */
    final DataSource counted;
    final Payloads payloads;
    /** As OneVisit encrypts and indexes the applicant's and the holder's identifiers, with the same keys. */
    final PersonalDataCipher cipher;
    private final AtomicLong numbers = new AtomicLong();
    private final String run;

    /** What OneVisit wrote for one of its cases, reused so that the floors' rows are as large as OneVisit's. */
    record Payloads(String caseBody, AuditText receive, AuditText accept, AuditText review, AuditText approve,
            AuditText issue, int codeLength) {
    }

    record AuditText(String before, String after) {
    }

    Floor(HikariDataSource pool, TransactionCounts counts, Payloads payloads, PersonalDataCipher cipher, String runMark) {
        this.pool = pool;
        this.counted = new CountingDataSource(pool, counts);
        this.payloads = payloads;
        this.cipher = cipher;
        this.run = PREFIX + runMark + Long.toString(System.currentTimeMillis(), 36);
    }

    private static final String LATEST_CASE = "SELECT number, body FROM intake_case WHERE subject = ?"
            + " AND number NOT LIKE ? ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY";
    private static final String CERTIFICATE_CODE = "SELECT code FROM certificate WHERE case_number = ?";
    private static final String AUDIT_TEXTS = "SELECT before_text, after_text FROM %s"
            + " WHERE action = ? AND (subject_id = ? OR after_text LIKE ?) FETCH FIRST 1 ROWS ONLY";
    private static final String OPEN_REVIEWS = "SELECT id, status FROM casework_task WHERE case_number = ?";

    /** The reads every floor sends, for the contract test that checks them against the server's schema. */
    static List<String> reads() {
        return List.of(LATEST_CASE, CERTIFICATE_CODE, AUDIT_TEXTS.formatted("audit_record"),
                AUDIT_TEXTS.formatted("audit_pending"), OPEN_REVIEWS);
    }

    static Payloads payloads(Connection c) throws SQLException {
        String number;
        String body;
        // OneVisit's latest case of the item, not one of the floor's own from an earlier run on the same database
        try (PreparedStatement s = c.prepareStatement(LATEST_CASE)) {
            s.setString(1, ITEM);
            s.setString(2, PREFIX + "%");
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The floor copies a case OneVisit handled; none of " + ITEM + " is here");
                }
                number = rs.getString(1);
                body = rs.getString(2);
            }
        }
        int codeLength;
        try (PreparedStatement s = c.prepareStatement(CERTIFICATE_CODE)) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                codeLength = rs.next() ? rs.getString(1).length() : 88;
            }
        }
        c.commit();
        return new Payloads(body, audit(c, number, "receive"), audit(c, number, "accept"), audit(c, number, "review"),
                audit(c, number, "approve"), audit(c, number, "issue"), codeLength);
    }

    /**
     * The texts of OneVisit's audit entry for that action on that case, chained or still pending (a certificate's
     * entry names the certificate, so it is found by the case number in its text).
     */
    private static AuditText audit(Connection c, String number, String action) throws SQLException {
        for (String table : List.of("audit_record", "audit_pending")) {
            try (PreparedStatement s = c.prepareStatement(AUDIT_TEXTS.formatted(table))) {
                s.setString(1, action);
                s.setString(2, number);
                s.setString(3, "%" + number + "%");
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        AuditText text = new AuditText(rs.getString(1), rs.getString(2));
                        c.commit();
                        return text;
                    }
                }
            }
        }
        throw new IllegalStateException("The floor copies OneVisit's audit entries; none for " + action + " of " + number);
    }

    @Override
    public final void runCase(Steps steps) throws Exception {
        long start = System.nanoTime();
        String number = run + "-" + numbers.incrementAndGet();
        LocalDate today = LocalDate.now();
        steps.time("submit", () -> submit(number, today));
        steps.time("accept", () -> accept(number, today));
        List<Long> open = openReviews(number);
        if (open.size() != DEPARTMENTS) {
            throw new IllegalStateException("Expected " + DEPARTMENTS + " open reviews of " + number + ", found " + open.size());
        }
        for (long task : open) {
            steps.time("review", () -> review(task, today));
        }
        steps.time("decide item", () -> decide(number, today));
        steps.record("whole case", System.nanoTime() - start);
    }

    abstract Void submit(String number, LocalDate today) throws SQLException;

    abstract Void accept(String number, LocalDate today) throws SQLException;

    abstract Void review(long task, LocalDate today) throws SQLException;

    abstract Void decide(String number, LocalDate today) throws SQLException;

    /** The application finds the case's open reviews, outside a transaction. */
    private List<Long> openReviews(String number) throws SQLException {
        try (Connection c = counted.getConnection()) {
            c.setAutoCommit(true);
            // by the case alone, as OneVisit finds a case's tasks: with "AND status = 'OPEN'" a PostgreSQL that has no
            // statistics of the table ANDs in the index on status, whose OPEN entries include every task's first version
            try (PreparedStatement s = c.prepareStatement(OPEN_REVIEWS)) {
                s.setString(1, number);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if ("OPEN".equals(rs.getString(2))) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                return ids;
            }
        }
    }

    @Override
    public void awaitCompleted() {
        // every step is durable when it returns
    }

    @Override
    public void close() {
        pool.close();
    }
}
