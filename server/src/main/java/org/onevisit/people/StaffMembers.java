package org.onevisit.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff accounts and their roles. */
@Repository
class StaffMembers {

    /** What the login needs of an account; a password an administrator set must be changed first. */
    record Login(String username, String passwordHash, boolean enabled, Set<StaffRole> roles,
            boolean passwordChangeRequired) {
    }

    private static final String SELECT = """
            SELECT s.id, s.username, s.display_name, s.department_code, s.enabled, s.demo, s.password_hash,
                   s.password_change_required, s.version, r.role
              FROM people_staff s LEFT JOIN people_staff_role r ON r.staff_id = s.id
            """;

    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffMember> all() {
        return rows(SELECT + " ORDER BY s.username, r.role", Map.of()).stream().map(Row::member).toList();
    }

    Optional<StaffMember> find(String username) {
        return one(username).map(Row::member);
    }

    /** The account with its row's version. */
    Optional<Versioned> findVersioned(String username) {
        return one(username).map(row -> new Versioned(row.member, row.version));
    }

    /** An account as read, and the version of the row it was read from. */
    record Versioned(StaffMember member, long version) {
    }

    Optional<Login> login(String username) {
        return one(username).map(row -> new Login(row.member.username(), row.passwordHash, row.member.enabled(),
                row.member.roles(), row.passwordChangeRequired));
    }

    Optional<Long> idOf(String username) {
        return jdbc.sql("SELECT id FROM people_staff WHERE username = ?").param(username).query(Long.class).optional();
    }

    boolean exists(String username) {
        return idOf(username).isPresent();
    }

    long insert(NewStaffMember member, String passwordHash, boolean demo, Instant now) {
        jdbc.sql("""
                INSERT INTO people_staff (username, display_name, password_hash, enabled, department_code, demo, created_at,
                                          password_change_required)
                VALUES (:username, :displayName, :hash, TRUE, :department, :demo, :now, :changeRequired)
                """)
                .param("username", member.username()).param("displayName", member.displayName())
                .param("hash", passwordHash).param("department", member.departmentCode())
                .param("demo", demo).param("now", now.atOffset(ZoneOffset.UTC))
                // a demo account's password is published anyway; any other was chosen by an administrator
                .param("changeRequired", !demo).update();
        long id = idOf(member.username()).orElseThrow();
        member.roles().forEach(role -> jdbc.sql("INSERT INTO people_staff_role (staff_id, role) VALUES (?, ?)")
                .params(id, role.name()).update());
        return id;
    }

    /** Replaces the password; {@code changeRequired} when it was set by someone other than its holder. */
    boolean updatePassword(String username, String passwordHash, boolean changeRequired) {
        return jdbc.sql("""
                UPDATE people_staff SET password_hash = ?, password_change_required = ?, version = version + 1
                 WHERE username = ?""")
                .params(passwordHash, changeRequired, username).update() == 1;
    }

    /**
     * Replaces the name, department and roles of the account if its row is still at {@code version}: false when
     * someone else changed it since it was read (or it is gone).
     */
    boolean update(String username, StaffChange change, long version) {
        int updated = jdbc.sql("""
                UPDATE people_staff SET display_name = ?, department_code = ?, version = version + 1
                 WHERE username = ? AND version = ?""")
                .params(change.displayName(), change.departmentCode(), username, version).update();
        if (updated != 1) {
            return false;
        }
        long id = idOf(username).orElseThrow();
        jdbc.sql("DELETE FROM people_staff_role WHERE staff_id = ?").param(id).update();
        change.roles().forEach(role -> jdbc.sql("INSERT INTO people_staff_role (staff_id, role) VALUES (?, ?)")
                .params(id, role.name()).update());
        return true;
    }

    /** The counter the account sits at, if any. */
    Optional<String> counterOf(String username) {
        return jdbc.sql("SELECT counter_number FROM people_staff WHERE username = ? AND counter_number IS NOT NULL")
                .param(username).query(String.class).optional();
    }

    /** Every account at a counter: username to counter number. */
    Map<String, String> counters() {
        Map<String, String> seated = new LinkedHashMap<>();
        jdbc.sql("SELECT username, counter_number FROM people_staff WHERE counter_number IS NOT NULL ORDER BY username")
                .query((rs, n) -> seated.put(rs.getString("username"), rs.getString("counter_number"))).list();
        return seated;
    }

    /**
     * Seats the account at a counter, or at none. The row's version is left alone: the counter is not part of the
     * account's form, and a clerk changing counters must not make the administrator's open form stale.
     */
    boolean updateCounter(String username, @Nullable String counter) {
        return jdbc.sql("UPDATE people_staff SET counter_number = ? WHERE username = ?").params(counter, username)
                .update() == 1;
    }

    /** Enables or disables an account: true when it exists. */
    boolean updateEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE people_staff SET enabled = ?, version = version + 1 WHERE username = ?")
                .params(enabled, username).update() == 1;
    }

    /** Whether an account may sign in, and its row's version, which every change to the account moves on. */
    record Standing(boolean enabled, long version) {
    }

    /** The account's standing, read from its row: what every node reads at once after a change. */
    Optional<Standing> standing(String username) {
        return jdbc.sql("SELECT enabled, version FROM people_staff WHERE username = ?").param(username)
                .query((rs, n) -> new Standing(rs.getBoolean("enabled"), rs.getLong("version"))).optional();
    }

    long countEnabledHolding(StaffRole role) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM people_staff s JOIN people_staff_role r ON r.staff_id = s.id
                 WHERE s.enabled = TRUE AND r.role = ?
                """).param(role.name()).query(Long.class).single();
    }

    /** The usernames of demo accounts that can still sign in. */
    List<String> enabledDemoUsernames() {
        return jdbc.sql("SELECT username FROM people_staff WHERE demo = TRUE AND enabled = TRUE ORDER BY username")
                .query(String.class).list();
    }

    private Optional<Row> one(String username) {
        return rows(SELECT + " WHERE s.username = :username", Map.of("username", username)).stream().findFirst();
    }

    /** One account with its roles gathered from the joined rows. */
    private List<Row> rows(String sql, Map<String, ?> params) {
        Map<Long, RowBuilder> byId = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, n) -> {
            RowBuilder row = byId.computeIfAbsent(rs.getLong("id"), id -> new RowBuilder());
            row.username = rs.getString("username");
            row.displayName = rs.getString("display_name");
            row.departmentCode = rs.getString("department_code");
            row.enabled = rs.getBoolean("enabled");
            row.demo = rs.getBoolean("demo");
            row.passwordHash = rs.getString("password_hash");
            row.passwordChangeRequired = rs.getBoolean("password_change_required");
            row.version = rs.getLong("version");
            String role = rs.getString("role");
            if (role != null) {
                row.roles.add(StaffRole.valueOf(role));
            }
            return row;
        }).list();
        List<Row> result = new ArrayList<>();
        byId.values().forEach(b -> result.add(b.build()));
        return result;
    }

    private record Row(StaffMember member, String passwordHash, boolean passwordChangeRequired, long version) {
    }

    private static final class RowBuilder {
        private String username = "";
        private String displayName = "";
        private @Nullable String departmentCode;
        private boolean enabled;
        private boolean demo;
        private String passwordHash = "";
        private boolean passwordChangeRequired;
        private long version;
        private final Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

        Row build() {
            return new Row(new StaffMember(username, displayName, departmentCode, roles, enabled, demo), passwordHash,
                    passwordChangeRequired, version);
        }
    }
}
