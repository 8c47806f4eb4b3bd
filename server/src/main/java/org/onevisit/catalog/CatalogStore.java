package org.onevisit.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the catalog's items in their tables; published item versions are only ever inserted. Departments and bundles
 * are {@link CatalogStructure}. Over 250 lines: the SQL of an item's six tables and its mapping, kept together so that
 * each column is written and read in one place.
 * <p>
 * A published version never changes, so a version once read is kept by the {@link PublishedVersionCache}, and a case
 * looking up its item asks the database only for the item's bookkeeping row (which version is current, whether it
 * is retired), which can change on any node.
 */
@Repository
class CatalogStore {

    /** The bookkeeping row of an item: its current version, whether it is retired, its optimistic version. */
    record ItemState(String code, int currentVersion, boolean retired, long rowVersion) {
    }

    private static final String VERSION_COLUMNS = """
            v.code, v.version, v.name, v.name_en, v.type, v.department_code, v.joint_departments, v.served_party,
            v.life_events, v.legal_days, v.legal_unit, v.promised_days, v.promised_unit, v.limits_illustrative,
            v.required_visits, v.visits_reason, v.online_depth, v.express_allowed, v.legal_basis,
            v.acceptance_conditions, v.result_type, v.result_name, v.published_at, v.published_by, i.retired,
            v.deemed_consent, v.applicant_roles""";

    private final JdbcClient jdbc;
    private final PublishedVersionCache published;

    CatalogStore(JdbcClient jdbc, PublishedVersionCache published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    // --- items ------------------------------------------------------------------------------------

    Optional<ItemState> itemState(String code) {
        return jdbc.sql("SELECT code, current_version, retired, row_version FROM service_item WHERE code = ?")
                .param(code)
                .query((rs, n) -> new ItemState(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getLong(4)))
                .optional();
    }

    Map<String, Boolean> itemsRetired() {
        Map<String, Boolean> retired = new HashMap<>();
        jdbc.sql("SELECT code, retired FROM service_item").query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
                .list().forEach(e -> retired.put(e.getKey(), e.getValue()));
        return retired;
    }

    void createItem(String code) {
        jdbc.sql("INSERT INTO service_item (code, current_version, retired, row_version) VALUES (?, 0, FALSE, 0)")
                .param(code).update();
    }

    /** Makes {@code version} current, if nobody changed the item since {@code expectedRowVersion} was read. */
    boolean makeCurrent(String code, int version, long expectedRowVersion) {
        return jdbc.sql("""
                UPDATE service_item SET current_version = ?, row_version = row_version + 1
                WHERE code = ? AND row_version = ?""")
                .params(version, code, expectedRowVersion).update() == 1;
    }

    boolean retire(String code, Instant at, String by, String reason, long expectedRowVersion) {
        return jdbc.sql("""
                UPDATE service_item SET retired = TRUE, retired_at = ?, retired_by = ?, retired_reason = ?,
                       row_version = row_version + 1
                WHERE code = ? AND row_version = ? AND retired = FALSE""")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, reason, code, expectedRowVersion).update() == 1;
    }

    void insertVersion(ItemVersion v) {
        published.inserting(v.code().value(), v.version());
        ItemDetails d = v.details();
        jdbc.sql("""
                INSERT INTO item_version (code, version, name, name_en, type, department_code, joint_departments,
                    served_party, life_events, legal_days, legal_unit, promised_days, promised_unit, limits_illustrative,
                    required_visits, visits_reason, online_depth, express_allowed, legal_basis, acceptance_conditions,
                    result_type, result_name, published_at, published_by, deemed_consent, applicant_roles)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.code().value(), v.version(), d.name(), d.nameEn(), d.type().name(), d.department(),
                        String.join(",", d.jointDepartments()), d.servedParty().name(), CsvColumns.names(d.lifeEvents()),
                        d.legalLimit().days(), d.legalLimit().unit().name(), d.promisedLimit().days(),
                        d.promisedLimit().unit().name(), d.limitsIllustrative(), d.requiredVisits(), d.visitsReason(),
                        CsvColumns.names(d.onlineDepth()), d.expressAllowed(), d.legalBasis(), d.acceptanceConditions(),
                        d.resultType().name(), d.resultName(), OffsetDateTime.ofInstant(v.publishedAt(), ZoneOffset.UTC),
                        v.publishedBy(), d.deemedConsent().name(), ApplicantRole.encode(d.applicantRoles()))
                .update();
        insertChildren(v.code().value(), v.version(), d);
    }

    private void insertChildren(String code, int version, ItemDetails d) {
        for (int i = 0; i < d.materials().size(); i++) {
            Material m = d.materials().get(i);
            jdbc.sql("""
                    INSERT INTO item_material (code, version, position, name, necessity, form, copy_kind, originals,
                        copies, source, certificate_type, note, name_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, version, i, m.name(), m.necessity().name(), m.form().name(), m.copyKind().name(),
                            m.originals(), m.copies(), m.source().name(), m.certificateType(), m.note(), m.nameEn())
                    .update();
        }
        for (int i = 0; i < d.formFields().size(); i++) {
            FormField f = d.formFields().get(i);
            jdbc.sql("""
                    INSERT INTO item_form_field (code, version, position, field_key, label, label_en, field_type,
                        required, max_length, min_value, max_value, options, hint, hint_en)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, version, i, f.key(), f.label(), f.labelEn(), f.type().name(), f.required(),
                            f.limits().maxLength(), f.limits().min(), f.limits().max(),
                            FormField.encodeOptions(f.options()), f.hint(), f.hintEn())
                    .update();
        }
        for (int i = 0; i < d.fees().size(); i++) {
            Fee f = d.fees().get(i);
            jdbc.sql("INSERT INTO item_fee (code, version, position, name, standard, basis, waivable) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(code, version, i, f.name(), f.standard(), f.basis(), f.waivable()).update();
        }
        for (int i = 0; i < d.specialProcedures().size(); i++) {
            SpecialProcedure p = d.specialProcedures().get(i);
            jdbc.sql("INSERT INTO item_special_procedure (code, version, position, kind, max_days, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(code, version, i, p.kind().name(), p.maxDays(), p.note()).update();
        }
    }

    Optional<ItemVersion> currentVersion(String code) {
        return itemState(code).filter(state -> state.currentVersion() > 0)
                .flatMap(state -> publishedVersion(code, state.currentVersion(), state.retired()));
    }

    Optional<ItemVersion> version(String code, int version) {
        return itemState(code).flatMap(state -> publishedVersion(code, version, state.retired()));
    }

    /** What a published version says, without asking whether the item has been retired since. */
    Optional<ItemDetails> publishedDetails(String code, int version) {
        return kept(code, version).map(ItemVersion::details);
    }

    private Optional<ItemVersion> publishedVersion(String code, int version, boolean retired) {
        return kept(code, version).map(kept -> kept.retired() == retired ? kept
                : new ItemVersion(kept.code(), kept.version(), kept.details(), kept.publishedAt(), kept.publishedBy(), retired));
    }

    private Optional<ItemVersion> kept(String code, int version) {
        return published.get(code, version,
                () -> versions("v.code = ? AND v.version = ?", code, version).stream().findFirst());
    }

    /** The current version of every item, retired ones too, in code order. */
    List<ItemVersion> currentVersions() {
        return versions("v.version = i.current_version");
    }

    List<ItemHistoryEntry> history(String code) {
        return jdbc.sql("SELECT version, name, published_at, published_by FROM item_version WHERE code = ? ORDER BY version DESC")
                .param(code)
                .query((rs, n) -> new ItemHistoryEntry(rs.getInt(1), rs.getString(2), instant(rs, 3), rs.getString(4)))
                .list();
    }

    private List<ItemVersion> versions(String where, Object... params) {
        String from = " FROM item_version v JOIN service_item i ON i.code = v.code WHERE " + where;
        Map<String, List<Material>> materials = children("SELECT m.code, m.version, m.name, m.necessity, m.form, "
                + "m.copy_kind, m.originals, m.copies, m.source, m.certificate_type, m.note, m.name_en FROM item_material m "
                + "JOIN item_version v ON v.code = m.code AND v.version = m.version JOIN service_item i ON i.code = v.code WHERE "
                + where + " ORDER BY m.code, m.version, m.position", params, rs -> new Material(rs.getString(3),
                Necessity.valueOf(rs.getString(4)), MaterialForm.valueOf(rs.getString(5)), CopyKind.valueOf(rs.getString(6)),
                rs.getInt(7), rs.getInt(8), MaterialSource.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
                rs.getString(12)));
        Map<String, List<Fee>> fees = children("SELECT f.code, f.version, f.name, f.standard, f.basis, f.waivable "
                + "FROM item_fee f JOIN item_version v ON v.code = f.code AND v.version = f.version "
                + "JOIN service_item i ON i.code = v.code WHERE " + where + " ORDER BY f.code, f.version, f.position", params,
                rs -> new Fee(rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)));
        Map<String, List<SpecialProcedure>> procedures = children("SELECT p.code, p.version, p.kind, p.max_days, p.note "
                + "FROM item_special_procedure p JOIN item_version v ON v.code = p.code AND v.version = p.version "
                + "JOIN service_item i ON i.code = v.code WHERE " + where + " ORDER BY p.code, p.version, p.position", params,
                rs -> new SpecialProcedure(SpecialProcedureKind.valueOf(rs.getString(3)), nullableInt(rs, 4), rs.getString(5)));
        Map<String, List<FormField>> fields = children("SELECT f.code, f.version, f.field_key, f.label, f.label_en, "
                + "f.field_type, f.required, f.max_length, f.min_value, f.max_value, f.options, f.hint, f.hint_en "
                + "FROM item_form_field f JOIN item_version v ON v.code = f.code AND v.version = f.version "
                + "JOIN service_item i ON i.code = v.code WHERE " + where + " ORDER BY f.code, f.version, f.position",
                params, CatalogStore::formField);
        return jdbc.sql("SELECT " + VERSION_COLUMNS + from + " ORDER BY v.code").params(params)
                .query((rs, n) -> {
                    String key = rs.getString(1) + "#" + rs.getInt(2);
                    return itemVersion(rs, materials.getOrDefault(key, List.of()), fees.getOrDefault(key, List.of()),
                            procedures.getOrDefault(key, List.of()), fields.getOrDefault(key, List.of()));
                })
                .list();
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<String, List<T>> children(String sql, Object[] params, Row<T> row) {
        Map<String, List<T>> byItem = new HashMap<>();
        jdbc.sql(sql).params(params)
                .query((rs, n) -> Map.entry(rs.getString(1) + "#" + rs.getInt(2), row.map(rs))).list()
                .forEach(e -> byItem.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byItem;
    }

    private static FormField formField(ResultSet rs) throws SQLException {
        return new FormField(rs.getString(3), rs.getString(4), rs.getString(5), FieldType.valueOf(rs.getString(6)),
                rs.getBoolean(7), new FieldLimits(nullableInt(rs, 8), nullableLong(rs, 9), nullableLong(rs, 10)),
                FormField.decodeOptions(rs.getString(11)), rs.getString(12), rs.getString(13));
    }

    private static ItemVersion itemVersion(ResultSet rs, List<Material> materials, List<Fee> fees,
            List<SpecialProcedure> procedures, List<FormField> fields) throws SQLException {
        ItemDetails d = new ItemDetails(rs.getString(3), rs.getString(4), ItemType.valueOf(rs.getString(5)), rs.getString(6),
                CsvColumns.list(rs.getString(7)), ServedParty.valueOf(rs.getString(8)), CsvColumns.enums(LifeEvent.class, rs.getString(9)),
                new TimeLimit(rs.getInt(10), DayUnit.valueOf(rs.getString(11))),
                new TimeLimit(rs.getInt(12), DayUnit.valueOf(rs.getString(13))), rs.getBoolean(14), rs.getInt(15),
                rs.getString(16), CsvColumns.enums(OnlineDepth.class, rs.getString(17)), rs.getBoolean(18), fees, rs.getString(19),
                rs.getString(20), procedures, DeemedConsent.valueOf(rs.getString(26)), ResultType.valueOf(rs.getString(21)),
                rs.getString(22), materials, ApplicantRole.decode(rs.getString(27)), fields);
        return new ItemVersion(new ItemCode(rs.getString(1)), rs.getInt(2), d, instant(rs, 23), rs.getString(24),
                rs.getBoolean(25));
    }

    ItemPage search(ItemQuery q) {
        StringBuilder where = new StringBuilder(" FROM item_version v JOIN service_item i ON i.code = v.code "
                + "AND v.version = i.current_version WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!q.includeRetired()) {
            where.append(" AND i.retired = FALSE");
        }
        for (String word : q.text().split("\\s+")) {
            if (!word.isBlank()) {
                // by the item's name, its English name, its code, or what it gives (营业执照 finds 企业设立登记)
                where.append(" AND (LOWER(v.name) LIKE ? OR LOWER(v.name_en) LIKE ? OR LOWER(v.code) LIKE ?"
                        + " OR LOWER(v.result_name) LIKE ?)");
                String like = "%" + word.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
                params.addAll(List.of(like, like, like, like));
            }
        }
        if (q.department() != null) {
            where.append(" AND (v.department_code = ? OR v.joint_departments LIKE ?)");
            params.add(q.department());
            params.add("%" + q.department() + "%");
        }
        if (q.type() != null) {
            where.append(" AND v.type = ?");
            params.add(q.type().name());
        }
        if (q.lifeEvent() != null) {
            where.append(" AND (',' || v.life_events || ',') LIKE ?");
            params.add("%," + q.lifeEvent().name() + ",%");
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<ItemSummary> items = jdbc.sql("SELECT v.code, v.version, v.name, v.name_en, v.type, v.department_code, "
                        + "v.legal_days, v.legal_unit, v.promised_days, v.promised_unit, v.required_visits, v.express_allowed, "
                        + "v.online_depth, v.life_events, i.retired" + where + " ORDER BY v.department_code, v.code"
                        + " LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size())
                .params(params)
                .query((rs, n) -> new ItemSummary(new ItemCode(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getString(4), ItemType.valueOf(rs.getString(5)), rs.getString(6),
                        new TimeLimit(rs.getInt(7), DayUnit.valueOf(rs.getString(8))),
                        new TimeLimit(rs.getInt(9), DayUnit.valueOf(rs.getString(10))), rs.getInt(11), rs.getBoolean(12),
                        CsvColumns.enums(OnlineDepth.class, rs.getString(13)), CsvColumns.enums(LifeEvent.class, rs.getString(14)),
                        rs.getBoolean(15)))
                .list();
        return new ItemPage(items, q.page(), q.size(), total);
    }

    int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    // --- mapping ----------------------------------------------------------------------------------

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
