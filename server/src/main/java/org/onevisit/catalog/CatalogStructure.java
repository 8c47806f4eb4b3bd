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
        jdbc.sql("SELECT number, department_code, name FROM counter ORDER BY position, number")
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
        jdbc.sql("DELETE FROM counter WHERE department_code = ?").param(d.code()).update();
        for (int i = 0; i < d.counters().size(); i++) {
            Counter c = d.counters().get(i);
            jdbc.sql("INSERT INTO counter (number, department_code, name, position) VALUES (?, ?, ?, ?)")
                    .params(c.number(), d.code(), c.name(), i).update();
        }
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
