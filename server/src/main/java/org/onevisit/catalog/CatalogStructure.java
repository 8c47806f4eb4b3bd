package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the catalog's departments with their counters, and its bundles with their stage plans. */
@Repository
class CatalogStructure {

    private final JdbcClient jdbc;

    CatalogStructure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- departments -------------------------------------------------------------------------------

    List<Department> departments() {
        Map<String, List<Counter>> counters = new HashMap<>();
        jdbc.sql("SELECT number, department_code, name FROM counter WHERE department_code IS NOT NULL ORDER BY position, number")
                .query((rs, n) -> Map.entry(rs.getString("department_code"), new Counter(rs.getString("number"),
                        rs.getString("name"))))
                .list().forEach(e -> counters.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT code, name, name_en, kind, sector, credit_code, phone FROM department ORDER BY position, code")
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        DepartmentKind.valueOf(rs.getString("kind")), Sector.valueOf(rs.getString("sector")),
                        rs.getString("credit_code"), rs.getString("phone"),
                        counters.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    void saveDepartment(Department d, int position) {
        int updated = jdbc.sql("""
                UPDATE department SET name = ?, name_en = ?, kind = ?, sector = ?, credit_code = ?, phone = ?,
                       position = ?, version = version + 1 WHERE code = ?""")
                .params(d.name(), d.nameEn(), d.kind().name(), d.sector().name(), d.creditCode(), d.phone(), position,
                        d.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO department (code, name, name_en, kind, sector, credit_code, phone, position, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(d.code(), d.name(), d.nameEn(), d.kind().name(), d.sector().name(), d.creditCode(), d.phone(),
                            position)
                    .update();
        }
        // an import names a department's counters, not what each serves: the kind an administrator gave it stays
        Map<String, String> kinds = new HashMap<>();
        jdbc.sql("SELECT number, kind FROM counter WHERE department_code = ?").param(d.code())
                .query((rs, n) -> kinds.put(rs.getString("number"), rs.getString("kind"))).list();
        jdbc.sql("DELETE FROM counter WHERE department_code = ?").param(d.code()).update();
        for (int i = 0; i < d.counters().size(); i++) {
            Counter c = d.counters().get(i);
            jdbc.sql("INSERT INTO counter (number, department_code, name, position, kind) VALUES (?, ?, ?, ?, ?)")
                    .params(c.number(), d.code(), c.name(), i, kinds.getOrDefault(c.number(), CounterKind.DEPARTMENT.name()))
                    .update();
        }
    }

    // --- departments and counters as administrators keep them, one at a time --------------------------------

    /** The version of each department's row, by code. */
    Map<String, Long> departmentVersions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("SELECT code, version FROM department").query((rs, n) -> versions.put(rs.getString("code"),
                rs.getLong("version"))).list();
        return versions;
    }

    /** Changes a department's own fields if its row is still at {@code version}; its counters stay as they are. */
    boolean updateDepartment(Department d, long version) {
        return jdbc.sql("""
                UPDATE department SET name = ?, name_en = ?, kind = ?, sector = ?, credit_code = ?, phone = ?,
                       version = version + 1 WHERE code = ? AND version = ?""")
                .params(d.name(), d.nameEn(), d.kind().name(), d.sector().name(), d.creditCode(), d.phone(), d.code(),
                        version)
                .update() == 1;
    }

    /** Adds a department after the others. */
    void insertDepartment(Department d) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM department").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO department (code, name, name_en, kind, sector, credit_code, phone, position, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(d.code(), d.name(), d.nameEn(), d.kind().name(), d.sector().name(), d.creditCode(), d.phone(),
                        position)
                .update();
    }

    boolean creditCodeHeldByAnother(String creditCode, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE credit_code = ? AND code <> ?").params(creditCode, code)
                .query(Long.class).single() > 0;
    }

    /** Every counter of the hall, the centre's and the departments'. */
    List<HallCounter> hallCounters() {
        return jdbc.sql("SELECT number, name, kind, department_code, version FROM counter ORDER BY number")
                .query((rs, n) -> new HallCounter(rs.getString("number"), rs.getString("name"),
                        CounterKind.valueOf(rs.getString("kind")), rs.getString("department_code"), rs.getLong("version")))
                .list();
    }

    void insertCounter(HallCounter c) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM counter").query(Integer.class).single();
        jdbc.sql("INSERT INTO counter (number, department_code, name, position, kind, version) VALUES (?, ?, ?, ?, ?, 0)")
                .params(c.number(), c.departmentCode(), c.name(), position, c.kind().name()).update();
    }

    /** Changes a counter if its row is still at {@code version}. */
    boolean updateCounter(HallCounter c, long version) {
        return jdbc.sql("""
                UPDATE counter SET name = ?, kind = ?, department_code = ?, version = version + 1
                 WHERE number = ? AND version = ?""")
                .params(c.name(), c.kind().name(), c.departmentCode(), c.number(), version).update() == 1;
    }

    /** Frees the counter numbers of the given departments, so that numbers can move between them in one import. */
    void releaseCounters(Collection<String> departmentCodes) {
        departmentCodes.forEach(code -> jdbc.sql("DELETE FROM counter WHERE department_code = ?").param(code).update());
    }

    // --- bundles ----------------------------------------------------------------------------------

    List<Bundle> bundles() {
        Map<String, List<Stage>> stages = new LinkedHashMap<>();
        jdbc.sql("SELECT bundle_code, stage_key, name, items, after_keys, joint FROM bundle_stage ORDER BY bundle_code, position")
                .query((rs, n) -> Map.entry(rs.getString("bundle_code"), new Stage(rs.getString("stage_key"),
                        rs.getString("name"), CsvColumns.list(rs.getString("items")),
                        CsvColumns.list(rs.getString("after_keys")),
                        JointMode.valueOf(rs.getString("joint")))))
                .list().forEach(e -> stages.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT code, name, name_en, description, life_events, lead_department, applicant_roles FROM bundle ORDER BY position, code")
                .query((rs, n) -> new Bundle(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("description"), CsvColumns.enums(LifeEvent.class, rs.getString("life_events")),
                        rs.getString("lead_department"),
                        stages.getOrDefault(rs.getString("code"), List.of()),
                        ApplicantRole.decode(rs.getString("applicant_roles"))))
                .list();
    }

    void saveBundle(Bundle b, int position) {
        int updated = jdbc.sql("""
                UPDATE bundle SET name = ?, name_en = ?, description = ?, life_events = ?, lead_department = ?,
                       position = ?, applicant_roles = ?, version = version + 1 WHERE code = ?""")
                .params(b.name(), b.nameEn(), b.description(), CsvColumns.names(b.lifeEvents()), b.leadDepartment(), position,
                        ApplicantRole.encode(b.applicantRoles()), b.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO bundle (code, name, name_en, description, life_events, lead_department, position,
                        applicant_roles, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(b.code(), b.name(), b.nameEn(), b.description(), CsvColumns.names(b.lifeEvents()), b.leadDepartment(),
                            position, ApplicantRole.encode(b.applicantRoles()))
                    .update();
        }
        jdbc.sql("DELETE FROM bundle_stage WHERE bundle_code = ?").param(b.code()).update();
        for (int i = 0; i < b.stages().size(); i++) {
            Stage s = b.stages().get(i);
            jdbc.sql("""
                    INSERT INTO bundle_stage (bundle_code, position, stage_key, name, items, after_keys, joint)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(b.code(), i, s.key(), s.name(), String.join(",", s.items()), String.join(",", s.after()),
                            s.joint().name())
                    .update();
        }
    }
}
