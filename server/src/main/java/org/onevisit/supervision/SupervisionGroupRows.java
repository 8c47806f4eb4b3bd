package org.onevisit.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the supervision groups and their members. */
@Repository
class SupervisionGroupRows {

    private final JdbcClient jdbc;

    SupervisionGroupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SupervisionGroup> of(String department) {
        return all(department).stream().findFirst();
    }

    /** Every group by department, or the one of the given department. */
    List<SupervisionGroup> all(String... department) {
        String where = department.length == 0 ? "" : " WHERE g.department = ?";
        Map<String, SupervisionGroup> groups = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT g.department, g.leader, g.version, m.username FROM supervision_group g"
                        + " LEFT JOIN supervision_group_member m ON m.department = g.department" + where
                        + " ORDER BY g.department, m.username")
                .params((Object[]) department).query(rs -> {
                    String code = rs.getString("department");
                    groups.putIfAbsent(code, new SupervisionGroup(code, rs.getString("leader"), List.of(),
                            rs.getLong("version")));
                    List<String> of = members.computeIfAbsent(code, c -> new java.util.ArrayList<>());
                    if (rs.getString("username") != null) {
                        of.add(rs.getString("username"));
                    }
                });
        return groups.values().stream().map(g -> new SupervisionGroup(g.department(), g.leader(),
                members.get(g.department()), g.version())).toList();
    }

    /** Sets the group up, or changes it from the given version; false when it changed meanwhile. */
    boolean save(SupervisionGroup group, String by, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        int saved = group.version() == 0
                ? jdbc.sql("""
                        INSERT INTO supervision_group (department, leader, set_up_by, set_up_at, version)
                        SELECT ?, ?, ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM supervision_group WHERE department = ?)""")
                        .params(group.department(), group.leader(), by, when, group.department()).update()
                : jdbc.sql("""
                        UPDATE supervision_group SET leader = ?, set_up_by = ?, set_up_at = ?, version = version + 1
                        WHERE department = ? AND version = ?""")
                        .params(group.leader(), by, when, group.department(), group.version()).update();
        if (saved == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM supervision_group_member WHERE department = ?").param(group.department()).update();
        for (String member : group.members()) {
            jdbc.sql("INSERT INTO supervision_group_member (department, username) VALUES (?, ?)")
                    .params(group.department(), member).update();
        }
        return true;
    }
}
