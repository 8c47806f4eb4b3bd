package org.onevisit.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The delegation entries of every chief representative, revoked ones included. */
@Repository
class Delegations {

    private static final String SELECT = """
            SELECT d.id, s.username, d.item_code, d.valid_from, d.valid_to, d.granted_by, d.granted_at,
                   d.revoked_at, d.revoked_by, d.revocation_reason
              FROM people_delegation d JOIN people_staff s ON s.id = d.staff_id
            """;

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delegation> of(String username) {
        return jdbc.sql(OF_MEMBER).param(username).query(Delegations::map).list();
    }

    private static final String OF_MEMBER = SELECT + " WHERE s.username = ? ORDER BY d.item_code, d.valid_from, d.id";

    /** {@link #of(String)} as a statement to send with others ({@link org.onevisit.platform.RoundTrips}). */
    static org.onevisit.platform.RoundTrips.Statement<Delegation> ofStatement(String username) {
        return org.onevisit.platform.RoundTrips.Statement.query(OF_MEMBER, Delegations::map, username);
    }

    List<Delegation> of(String username, String itemCode) {
        return jdbc.sql(SELECT + " WHERE s.username = ? AND d.item_code = ? ORDER BY d.valid_from, d.id")
                .params(username, itemCode).query(Delegations::map).list();
    }

    Optional<Delegation> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(Delegations::map).optional();
    }

    long insert(long staffId, DelegationGrant grant, String grantedBy, Instant grantedAt, boolean demo) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO people_delegation (staff_id, item_code, valid_from, valid_to, granted_by, granted_at, demo)
                VALUES (:staff, :item, :from, :to, :by, :at, :demo)
                """)
                .param("staff", staffId).param("item", grant.itemCode()).param("from", grant.validFrom())
                .param("to", grant.validTo()).param("by", grantedBy).param("at", utc(grantedAt)).param("demo", demo)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Records the revocation unless one is recorded already; false if it was. */
    boolean revoke(long id, Delegation.Revocation revocation) {
        return jdbc.sql("""
                UPDATE people_delegation SET revoked_at = ?, revoked_by = ?, revocation_reason = ?
                 WHERE id = ? AND revoked_at IS NULL
                """).params(utc(revocation.at()), revocation.by(), revocation.reason(), id).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Delegation map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Delegation(rs.getLong("id"), rs.getString("username"), rs.getString("item_code"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("granted_by"), rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                revokedAt == null ? null : new Delegation.Revocation(revokedAt.toInstant(), rs.getString("revoked_by"),
                        rs.getString("revocation_reason")));
    }
}
