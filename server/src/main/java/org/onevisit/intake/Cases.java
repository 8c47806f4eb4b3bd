package org.onevisit.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PlainTextJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores cases: the columns queries filter on, and the whole case as JSON. Every update names the version it
 * read, so of two officials acting on a case at once the second is refused instead of overwriting. The personal data
 * in the body is encrypted ({@link SealedParties}); an applicant's cases are found by the blind index of the identifier.
 * <p>
 * Within one transaction a case read or saved is not read again: the transaction goes on with the state it has seen
 * or written, as if it had locked it. Nothing is kept beyond the transaction: a body is parsed each time a transaction
 * first reads it (docs/adr/0002-limits-on-every-input.md).
 */
@Repository
class Cases {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SealedParties parties;

    Cases(JdbcClient jdbc, JsonMapper json, SealedParties parties) {
        this.jdbc = jdbc;
        this.json = json;
        this.parties = parties;
    }

    void insert(IntakeCase c, @Nullable String account) {
        jdbc.sql("""
                INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_index,
                    applicant_account, created_at, received_on, accepted_on, deemed_accepted, pledge_due,
                    pledge_remind_on, version, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(c.number().value(), c.idempotencyKey(), c.channel().name(), c.status().name(), c.subject(),
                        c.bundle(), parties.applicantIndex(c.applicant().identifier()), account,
                        OffsetDateTime.ofInstant(c.createdAt(), ZoneOffset.UTC), c.receivedOn(), c.acceptedOn(),
                        c.deemedAccepted(), pledgeDue(c), remindOn(c), body(c))
                .update();
        keepInTransaction(c);
    }

    /** Saves the next state of a case read at {@code c.version()}; false when someone saved it meanwhile. */
    boolean update(IntakeCase c) {
        boolean saved = jdbc.sql("""
                UPDATE intake_case SET status = ?, received_on = ?, accepted_on = ?, deemed_accepted = ?, pledge_due = ?,
                    pledge_remind_on = ?, version = version + 1, body = ?
                WHERE number = ? AND version = ?""")
                .params(c.status().name(), c.receivedOn(), c.acceptedOn(), c.deemedAccepted(), pledgeDue(c), remindOn(c),
                        body(c), c.number().value(), c.version())
                .update() == 1;
        if (saved) {
            keepInTransaction(withVersion(c, c.version() + 1));
        }
        return saved;
    }

    Optional<IntakeCase> find(String number) {
        Map<String, IntakeCase> seen = seenInTransaction();
        IntakeCase known = seen == null ? null : seen.get(number);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<IntakeCase> found = jdbc.sql("SELECT body, version FROM intake_case WHERE number = ?").param(number)
                .query((rs, n) -> read(rs.getString(1), rs.getLong(2))).optional();
        found.ifPresent(this::keepInTransaction);
        return found;
    }

    /** The portal account a case was applied for on; empty for a case handed in at the counter, or none. */
    Optional<String> accountOf(String number) {
        return jdbc.sql("SELECT applicant_account FROM intake_case WHERE number = ? AND applicant_account IS NOT NULL")
                .param(number).query(String.class).optional();
    }

    Optional<IntakeCase> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE idempotency_key = ?").param(key)
                .query((rs, n) -> read(rs.getString(1), rs.getLong(2))).optional();
    }

    List<IntakeCase> ofAccount(String account) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE applicant_account = ? ORDER BY created_at DESC, number DESC")
                .param(account).query((rs, n) -> read(rs.getString(1), rs.getLong(2))).list();
    }

    List<IntakeCase> ofApplicant(String identifier, int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE applicant_index = ?"
                        + " ORDER BY created_at DESC, number DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(parties.applicantIndex(identifier)).query((rs, n) -> read(rs.getString(1), rs.getLong(2))).list();
    }

    List<IntakeCase> recent(int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case ORDER BY created_at DESC, number DESC LIMIT " + limit)
                .query((rs, n) -> read(rs.getString(1), rs.getLong(2))).list();
    }

    /** Numbers of cases in {@code status} received on or before {@code day}. */
    List<String> receivedBy(CaseStatus status, LocalDate day) {
        return jdbc.sql("SELECT number FROM intake_case WHERE status = ? AND received_on <= ? ORDER BY number")
                .params(status.name(), day).query(String.class).list();
    }

    List<String> pledgesDueBefore(LocalDate day) {
        return jdbc.sql("SELECT number FROM intake_case WHERE status = ? AND pledge_due < ? ORDER BY number")
                .params(CaseStatus.ACCEPTED_ON_PLEDGE.name(), day).query(String.class).list();
    }

    List<String> remindersDue(LocalDate day) {
        return jdbc.sql("SELECT number FROM intake_case WHERE status = ? AND pledge_remind_on <= ? ORDER BY number")
                .params(CaseStatus.ACCEPTED_ON_PLEDGE.name(), day).query(String.class).list();
    }

    private String body(IntakeCase c) {
        return json.writeValueAsString(parties.sealed(c));
    }

    private IntakeCase read(String body, long version) {
        IntakeCase c = parties.opened(json.readerFor(IntakeCase.class).withAttribute(PlainTextJson.STORED, Boolean.TRUE).readValue(body));
        return c.version() == version ? c : withVersion(c, version);
    }

    private static IntakeCase withVersion(IntakeCase c, long version) {
        return new IntakeCase(c.number(), c.idempotencyKey(), c.channel(), c.status(), c.subject(), c.subjectName(),
                c.bundle(), c.items(), c.applicant(), c.agent(), c.form(), c.materials(), c.visits(), c.createdAt(),
                c.receivedOn(), c.completeOn(), c.acceptedOn(), c.deemedAccepted(), c.deadlines(), c.deficiencies(),
                c.noticeIssuedOn(), c.pledge(), c.refusal(), c.preCheckNote(), c.closingNote(), version);
    }

    /**
     * The cases this transaction has read or saved, by number; null outside a transaction. They are held by a
     * synchronization of the transaction, so a transaction started inside it (REQUIRES_NEW) has its own.
     */
    private @Nullable Map<String, IntakeCase> seenInTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof SeenCases seen && seen.owner == this) {
                return seen.cases;
            }
        }
        SeenCases seen = new SeenCases(this);
        TransactionSynchronizationManager.registerSynchronization(seen);
        return seen.cases;
    }

    private static final class SeenCases implements TransactionSynchronization {

        private final Cases owner;
        private final Map<String, IntakeCase> cases = new java.util.HashMap<>();

        SeenCases(Cases owner) {
            this.owner = owner;
        }
    }

    private void keepInTransaction(IntakeCase c) {
        Map<String, IntakeCase> seen = seenInTransaction();
        if (seen != null) {
            seen.put(c.number().value(), c);
        }
    }

    private static @Nullable LocalDate pledgeDue(IntakeCase c) {
        return c.pledge() == null ? null : c.pledge().supplementBy();
    }

    private static @Nullable LocalDate remindOn(IntakeCase c) {
        return c.pledge() == null || c.pledge().reminded() ? null : c.pledge().remindOn();
    }
}
