package org.onevisit.supervision.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.CounterRows;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.onevisit.supervision.complaints.Progress.Answer;
import org.onevisit.supervision.complaints.Progress.Closure;
import org.onevisit.supervision.complaints.Progress.Decision;
import org.onevisit.supervision.complaints.Progress.Routing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Complaints in {@code supervision_complaint}, one row each, the complainant's name and phone sealed with the
 * personal-data key ({@code reencrypt-personal-data} moves them to a new one). Numbers are {@code TS}, the year and
 * the year's next sequence, taken in the storing transaction ({@link CounterRows}); a change is stored only under the
 * version it was read with.
 */
@Repository
class ComplaintStore implements PersonalDataAtRest {

    private static final String COLUMNS = "number, version, channel, category, state, text, case_number, "
            + "complainant_kind, complainant_account, name_encrypted, phone_encrypted, referral, recorded_by, received_on, "
            + "acceptance_due, decided_on, decided_by, refusal_reason, department, routed_on, answer_due, answer, "
            + "answered_by, answered_on, result, closed_on";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final CounterRows numbers;
    private final Clock clock;

    ComplaintStore(JdbcClient jdbc, PersonalDataCipher cipher, DataSource dataSource,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.numbers = new CounterRows(jdbc, dataSource, transactions, "supervision_complaint_sequence", "for_year");
        this.clock = clock;
    }

    /** Stores a complaint just received under the year's next number; the complaint as stored. */
    Complaint insert(Filing filing, Complainant complainant, @Nullable String idempotencyKey) {
        int year = filing.receivedOn().getYear();
        String number = "TS%d%06d".formatted(year, numbers.next(year));
        Complaint c = Complaint.received(number, filing, complainant);
        jdbc.sql("INSERT INTO supervision_complaint (" + COLUMNS + ", idempotency_key, created_at) VALUES ("
                        + "?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                        + " NULL, NULL, ?, ?)")
                .params(number, filing.channel().name(), filing.category().name(), c.state().name(), filing.text(),
                        filing.caseNumber(), complainant.kind().name(), complainant.account(),
                        cipher.encryptIfPresent(complainant.name()), cipher.encryptIfPresent(complainant.phone()),
                        filing.referral(), filing.recordedBy(), filing.receivedOn(), filing.acceptanceDue(),
                        idempotencyKey, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        return c;
    }

    /** Stores a transition, if nobody changed the complaint since {@code after} was read; the complaint as stored. */
    Complaint update(Complaint after) {
        Decision d = after.decision();
        Routing r = after.routing();
        Answer a = after.answer();
        Closure z = after.closure();
        int changed = jdbc.sql("""
                UPDATE supervision_complaint SET version = version + 1, state = ?, decided_on = ?, decided_by = ?,
                       refusal_reason = ?, department = ?, routed_on = ?, answer_due = ?, answer = ?, answered_by = ?,
                       answered_on = ?, result = ?, closed_on = ?
                 WHERE number = ? AND version = ?""")
                .params(after.state().name(), d == null ? null : d.on(), d == null ? null : d.by(),
                        d == null ? null : d.refusalReason(), r == null ? null : r.department(), r == null ? null : r.on(),
                        r == null ? null : r.answerDue(), a == null ? null : a.text(), a == null ? null : a.by(),
                        a == null ? null : a.on(), z == null ? null : z.result(), z == null ? null : z.on(),
                        after.number(), after.version())
                .update();
        if (changed == 0) {
            throw changedMeanwhile(after.number());
        }
        return new Complaint(after.number(), after.version() + 1, after.filing(), after.complainant(), after.state(), d,
                r, a, z);
    }

    Optional<Complaint> find(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_complaint WHERE number = ?").param(number)
                .query(this::complaint).optional();
    }

    /** The complaint that came in under the submitter's idempotency key or the hotline's reference, if one did. */
    Optional<Complaint> earlier(@Nullable String idempotencyKey, @Nullable String referral) {
        if (referral != null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_complaint WHERE referral = ?").param(referral)
                    .query(this::complaint).optional();
        }
        if (idempotencyKey != null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_complaint WHERE idempotency_key = ?")
                    .param(idempotencyKey).query(this::complaint).optional();
        }
        return Optional.empty();
    }

    /** Complaints newest first, in a state, of a department and of an account where given; at most {@code limit}. */
    List<Complaint> list(@Nullable ComplaintState state, @Nullable String department, @Nullable String account,
            @Nullable String recordedBy, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervision_complaint WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (state != null) {
            sql.append(" AND state = :state");
            params.put("state", state.name());
        }
        if (department != null) {
            sql.append(" AND department = :department");
            params.put("department", department);
        }
        if (account != null) {
            sql.append(" AND complainant_account = :account");
            params.put("account", account);
        }
        if (recordedBy != null) {
            sql.append(" AND recorded_by = :recordedBy");
            params.put("recordedBy", recordedBy);
        }
        sql.append(" ORDER BY received_on DESC, number DESC OFFSET ").append(Math.max(offset, 0))
                .append(" ROWS FETCH FIRST ").append(Math.min(Math.max(limit, 1), 500)).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(this::complaint).list();
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("supervision_complaint", "number", Column.of("name_encrypted"),
                Column.of("phone_encrypted"));
    }

    static DomainException changedMeanwhile(String number) {
        return new DomainException(Kind.CONFLICT, "supervision-complaint-changed",
                "Complaint " + number + " was changed meanwhile", Map.of("number", number), number);
    }

    private Complaint complaint(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("number");
        Filing filing = new Filing(ComplaintChannel.valueOf(rs.getString("channel")),
                ComplaintCategory.valueOf(rs.getString("category")), rs.getString("text"), rs.getString("case_number"),
                rs.getString("referral"), rs.getString("recorded_by"), date(rs, "received_on"),
                date(rs, "acceptance_due"));
        Complainant complainant = new Complainant(Complainant.Kind.valueOf(rs.getString("complainant_kind")),
                rs.getString("complainant_account"), cipher.decryptIfPresent(rs.getString("name_encrypted")),
                cipher.decryptIfPresent(rs.getString("phone_encrypted")));
        LocalDate decidedOn = dateOrNull(rs, "decided_on");
        Decision decision = decidedOn == null ? null
                : new Decision(decidedOn, rs.getString("decided_by"), rs.getString("refusal_reason"));
        String department = rs.getString("department");
        Routing routing = department == null ? null
                : new Routing(department, date(rs, "routed_on"), date(rs, "answer_due"));
        LocalDate answeredOn = dateOrNull(rs, "answered_on");
        Answer answer = answeredOn == null ? null : new Answer(rs.getString("answer"), rs.getString("answered_by"),
                answeredOn);
        LocalDate closedOn = dateOrNull(rs, "closed_on");
        Closure closure = closedOn == null ? null : new Closure(rs.getString("result"), closedOn);
        return new Complaint(number, rs.getLong("version"), filing, complainant,
                ComplaintState.valueOf(rs.getString("state")), decision, routing, answer, closure);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable LocalDate dateOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
