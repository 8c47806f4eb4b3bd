package org.onevisit.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Migration 121: encrypts the personal data earlier versions stored in clear and fills the blind indexes beside it,
 * in the new columns migration 120 added; migration 122 then drops the clear columns. Java, because only the
 * application holds the keys (outside the database); a Flyway migration, so that the schema changes in one ordered
 * step before anything reads the tables, all of it in one transaction on PostgreSQL, once, on one node.
 * <p>
 * Rows are read in key order, 500 at a time, and updated in batches, so memory stays small at any size; a row whose new
 * column is filled already is left alone, so that a run interrupted where DDL cannot roll back (H2) can be repeated.
 * The SQL names the columns as they were at this version, and the case body is changed as JSON, not through today's
 * records: a migration does the same thing forever.
 */
final class PersonalDataMigration extends VersionedJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataMigration.class);
    private static final int BATCH = 500;

    /** One row's converted values, the row's key last, for the UPDATE; none when the row was converted before. */
    private interface RowConversion {
        Object @Nullable [] convert(ResultSet row) throws SQLException;
    }

    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    PersonalDataMigration(PersonalDataKeys keys, PersonalDataCipher cipher, JsonMapper json) {
        super("121", "personal data encrypted");
        this.keys = keys;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        keys.checkAgainst(c);
        convert(c, "people_applicant", "id", "identifier, phone, identifier_encrypted", """
                UPDATE people_applicant SET identifier_encrypted = ?, identifier_index = ?, phone_encrypted = ?,
                    phone_index = ? WHERE id = ?""",
                row -> row.getString(4) != null ? null : new Object[] {cipher.encrypt(row.getString(2)),
                        cipher.index(Lookup.IDENTIFIER, row.getString(2)), cipher.encrypt(row.getString(3)),
                        cipher.index(Lookup.PHONE, row.getString(3)), row.getObject(1)});
        convert(c, "intake_case", "number", "applicant_identifier, body, applicant_index",
                "UPDATE intake_case SET applicant_index = ?, body = ? WHERE number = ?",
                row -> row.getString(4) != null ? null : new Object[] {cipher.index(Lookup.IDENTIFIER, row.getString(2)),
                        sealedBody(row.getString(3)), row.getObject(1)});
        convert(c, "intake_bad_credit", "identifier", "identifier_encrypted",
                "UPDATE intake_bad_credit SET identifier_encrypted = ?, identifier_index = ? WHERE identifier = ?",
                row -> row.getString(2) != null ? null : new Object[] {cipher.encrypt(row.getString(1)),
                        cipher.index(Lookup.IDENTIFIER, row.getString(1)), row.getObject(1)});
        convert(c, "certificate", "id", "holder_identifier, holder_identifier_encrypted", """
                UPDATE certificate SET holder_identifier_encrypted = ?, holder_identifier_index = ? WHERE id = ?""",
                row -> row.getString(3) != null ? null : new Object[] {cipher.encrypt(row.getString(2)),
                        cipher.index(Lookup.IDENTIFIER, row.getString(2)), row.getObject(1)});
        convert(c, "notification_message", "id", "phone, phone_encrypted",
                "UPDATE notification_message SET phone_encrypted = ? WHERE id = ?",
                row -> row.getString(3) != null ? null : new Object[] {cipher.encrypt(row.getString(2)), row.getObject(1)});
        convert(c, "delivery", "id", "recipient_phone, address, recipient_phone_encrypted, address_encrypted",
                "UPDATE delivery SET recipient_phone_encrypted = ?, address_encrypted = ? WHERE id = ?",
                row -> row.getString(4) != null || row.getString(5) != null
                        || row.getString(2) == null && row.getString(3) == null ? null
                        : new Object[] {cipher.encryptIfPresent(row.getString(2)), cipher.encryptIfPresent(row.getString(3)),
                                row.getObject(1)});
    }

    /**
     * A case body with the applicant's identifier and phone, the agent's ID number and phone and every value of the
     * one form (一表申请, where addresses and contact numbers are given) encrypted.
     */
    private String sealedBody(String body) {
        JsonNode tree = json.readTree(body);
        seal(tree.get("applicant"), "identifier", "phone");
        seal(tree.get("agent"), "idNumber", "phone");
        JsonNode form = tree.get("form");
        if (form instanceof ObjectNode fields) {
            seal(fields, fields.propertyNames().toArray(String[]::new));
        }
        return json.writeValueAsString(tree);
    }

    private void seal(@Nullable JsonNode node, String... fields) {
        if (node instanceof ObjectNode object) {
            for (String field : fields) {
                JsonNode value = object.get(field);
                if (value != null && value.isString() && !PersonalDataCipher.isEncrypted(value.stringValue())) {
                    object.put(field, cipher.encrypt(value.stringValue()));
                }
            }
        }
    }

    private static void convert(Connection c, String table, String key, String columns, String update,
            RowConversion conversion) throws SQLException {
        Object after = null;
        long converted = 0;
        while (true) {
            List<Object[]> updates = new ArrayList<>();
            int read = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT " + key + ", " + columns + " FROM " + table
                    + (after == null ? "" : " WHERE " + key + " > ?") + " ORDER BY " + key + " FETCH FIRST " + BATCH
                    + " ROWS ONLY")) {
                if (after != null) {
                    s.setObject(1, after);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getObject(1);
                        Object[] values = conversion.convert(rs);
                        if (values != null) {
                            updates.add(values);
                        }
                    }
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(update)) {
                    for (Object[] values : updates) {
                        for (int i = 0; i < values.length; i++) {
                            s.setObject(i + 1, values[i]);
                        }
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                converted += updates.size();
            }
            if (read < BATCH) {
                break;
            }
        }
        if (converted > 0) {
            log.info("Encrypted the personal data of {} rows of {}", converted, table);
        }
    }
}
