package org.onevisit.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PlainTextJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores cases: the columns queries filter on, and the whole case as JSON, read by column name. Every update names the
 * version it read, so of two officials acting on a case at once the second is refused instead of overwriting. The
 * personal data in the body is encrypted ({@link SealedParties}); an applicant's cases are found by the blind index of
 * the identifier. Nothing is kept between reads.
 */
@Repository
class Cases {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SealedParties parties;
    private final Clock clock;

    Cases(JdbcClient jdbc, JsonMapper json, SealedParties parties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.parties = parties;
    }

    void insert(IntakeCase c, @Nullable String account) {
        jdbc.sql("""
                INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_index,
                    applicant_account, created_at, received_on, accepted_on, deemed_accepted, version, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(c.number().value(), c.application().idempotencyKey(), c.application().channel().name(),
                        c.status().name(), c.application().subject(), c.application().bundle(),
                        parties.applicantIndex(c.parties().applicant().identifier()), account,
                        OffsetDateTime.ofInstant(c.application().createdAt(), ZoneOffset.UTC), c.dates().receivedOn(),
                        c.dates().acceptedOn(), c.dates().deemedAccepted(), body(c))
                .update();
        // a case just inserted has no rows of applicants beside the first to replace (their key refers to it)
        insertCoApplicants(c.number().value(), c.parties().coApplicants().stream()
                .map(o -> parties.applicantIndex(o.applicant().identifier())).toList());
    }

    /**
     * Sets the blind indexes of the case's applicants beside the first ({@code intake_case_co_applicant}), by which
     * each finds the case among their own; those there already are replaced.
     */
    void indexCoApplicants(String number, List<String> indexes) {
        jdbc.sql("DELETE FROM intake_case_co_applicant WHERE number = ?").param(number).update();
        insertCoApplicants(number, indexes);
    }

    private void insertCoApplicants(String number, List<String> indexes) {
        indexes.stream().distinct().forEach(index -> jdbc.sql(
                "INSERT INTO intake_case_co_applicant (number, applicant_index) VALUES (?, ?)")
                .params(number, index).update());
    }

    /** The blind indexes of the case's applicants beside the first, as stored. */
    List<String> coApplicantIndexes(String number) {
        return jdbc.sql("SELECT applicant_index FROM intake_case_co_applicant WHERE number = ? ORDER BY applicant_index")
                .param(number).query(String.class).list();
    }

    /**
     * The numbers of the cases whose body names applicants beside the first but which have no row of them yet: those
     * stored before the rows were kept (the field is written only when not empty, ADR 0022).
     */
    List<String> coApplicantsNotIndexed() {
        return jdbc.sql("SELECT number FROM intake_case c WHERE body LIKE '%\"coApplicants\":[{%' AND NOT EXISTS"
                        + " (SELECT 1 FROM intake_case_co_applicant a WHERE a.number = c.number) ORDER BY number")
                .query(String.class).list();
    }

    /** Saves the next state of a case read at {@code c.version()}; false when someone saved it meanwhile. */
    boolean update(IntakeCase c) {
        return jdbc.sql("""
                UPDATE intake_case SET status = ?, received_on = ?, accepted_on = ?, deemed_accepted = ?,
                    ended_at = COALESCE(ended_at, CAST(? AS TIMESTAMP WITH TIME ZONE)), version = version + 1, body = ?
                WHERE number = ? AND version = ?""")
                .params(c.status().name(), c.dates().receivedOn(), c.dates().acceptedOn(), c.dates().deemedAccepted(),
                        c.status().closed() ? OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC) : null,
                        body(c), c.number().value(), c.version())
                .update() == 1;
    }

    /** When the case ended at intake (不予受理, 撤回 before acceptance), if it did and the moment was recorded. */
    Optional<Instant> endedAt(String number) {
        return jdbc.sql("SELECT ended_at FROM intake_case WHERE number = ?").param(number)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(o -> o);
    }

    Optional<IntakeCase> find(String number) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE number = ?").param(number).query(this::read)
                .optional();
    }

    /** The portal account a case was applied for on; empty for a case handed in at the counter, or none. */
    Optional<String> accountOf(String number) {
        return jdbc.sql("SELECT applicant_account FROM intake_case WHERE number = ? AND applicant_account IS NOT NULL")
                .param(number).query(String.class).optional();
    }

    Optional<IntakeCase> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE idempotency_key = ?").param(key)
                .query(this::read).optional();
    }

    /**
     * Whether the applicant of this ID number or credit code is one of the case's applicants as {@link #OF_ACCOUNT}
     * counts them: the first applicant of a case handed in at the counter, or an applicant beside the first.
     */
    boolean applicantOf(String number, String identifier) {
        return jdbc.sql("SELECT COUNT(*) FROM intake_case c WHERE number = :number AND " + OF_IDENTIFIER)
                .param("number", number).param("index", parties.applicantIndex(identifier)).query(Long.class)
                .single() > 0;
    }

    /**
     * The cases of a portal account, the newest first: those it applied for, and, when the account's identity is
     * verified, those handed in at the counter under its ID number or credit code.
     */
    List<IntakeCase> ofAccount(String account, @Nullable String verifiedIdentifier, int offset, int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case c WHERE " + OF_ACCOUNT
                        + " ORDER BY created_at DESC, number DESC OFFSET " + offset + " ROWS FETCH NEXT " + limit
                        + " ROWS ONLY")
                .param("account", account).param("index", indexOrNone(verifiedIdentifier)).query(this::read).list();
    }

    long countOfAccount(String account, @Nullable String verifiedIdentifier) {
        return jdbc.sql("SELECT COUNT(*) FROM intake_case c WHERE " + OF_ACCOUNT).param("account", account)
                .param("index", indexOrNone(verifiedIdentifier)).query(Long.class).single();
    }

    /**
     * The cases of a verified identifier: those handed in at the counter with it as the first applicant (a case applied
     * for on an account stays that account's), and those naming it beside the first.
     */
    private static final String OF_IDENTIFIER = "((c.applicant_account IS NULL AND c.applicant_index = :index)"
            + " OR EXISTS (SELECT 1 FROM intake_case_co_applicant a WHERE a.number = c.number"
            + " AND a.applicant_index = :index))";

    private static final String OF_ACCOUNT = "(c.applicant_account = :account OR " + OF_IDENTIFIER + ")";

    /** The blind index of a verified identifier; for none, a value no index takes (indexes are 32 hex digits). */
    private String indexOrNone(@Nullable String identifier) {
        return identifier == null ? "-" : parties.applicantIndex(identifier);
    }

    List<IntakeCase> ofApplicant(String identifier, int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case c WHERE (c.applicant_index = :index OR EXISTS (SELECT 1"
                        + " FROM intake_case_co_applicant a WHERE a.number = c.number AND a.applicant_index = :index))"
                        + " ORDER BY created_at DESC, number DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("index", parties.applicantIndex(identifier)).query(this::read).list();
    }

    List<IntakeCase> recent(int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case ORDER BY created_at DESC, number DESC LIMIT " + limit)
                .query(this::read).list();
    }

    /** The online pre-checks waiting for a clerk, the oldest first: the counter's queue. */
    List<IntakeCase> waitingForPreCheck(int limit) {
        return jdbc.sql("SELECT body, version FROM intake_case WHERE status = ? ORDER BY created_at, number LIMIT " + limit)
                .param(CaseStatus.PRE_CHECK.name()).query(this::read).list();
    }

    /** Numbers of cases {@code step} may be taken on, received on or before {@code day}. */
    List<String> receivedBy(IntakeCase.Step step, LocalDate day) {
        return jdbc.sql("SELECT number FROM intake_case WHERE status IN (:statuses) AND received_on <= :day ORDER BY number")
                .param("statuses", step.rule().names()).param("day", day)
                .query(String.class).list();
    }

    private String body(IntakeCase c) {
        return json.writeValueAsString(parties.sealed(c));
    }

    private IntakeCase read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        IntakeCase c = parties.opened(json.readerFor(IntakeCase.class).withAttribute(PlainTextJson.STORED, Boolean.TRUE)
                .readValue(rs.getString("body")));
        return c.withVersion(rs.getLong("version"));
    }
}
