package org.onevisit.platform;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Migration 201: the cases earlier versions accepted become casework's (ADR 0009). It sits with the other Java
 * migration in {@code platform}, which every module's context holds, so that a module started alone still finds every
 * migration its database has applied. Each accepted case — accepted, on a pledge,
 * completed, terminated, or withdrawn after acceptance — gets its case file from the case body (the holder's
 * identifier and phone copied as they are stored, encrypted); intake keeps the case at the status it had at
 * acceptance; each delivery learns the items whose results it hands over. Nothing is decrypted.
 */
final class CaseFileMigration extends VersionedJavaMigration {

    private final JsonMapper json;

    CaseFileMigration(JsonMapper json) {
        super("201", "accepted cases handed over to casework");
        this.json = json;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement("""
                SELECT number, status, body FROM intake_case
                WHERE status IN ('ACCEPTED', 'ACCEPTED_ON_PLEDGE', 'COMPLETED', 'TERMINATED')
                   OR (status = 'WITHDRAWN' AND accepted_on IS NOT NULL) ORDER BY number""");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString("number"), rs.getString("status"), rs.getString("body")});
            }
        }
        for (String[] row : rows) {
            handOver(c, row[0], row[1], (ObjectNode) json.readTree(row[2]));
        }
    }

    private void handOver(Connection c, String number, String status, ObjectNode body) throws Exception {
        JsonNode applicant = body.get("applicant");
        JsonNode deadlines = body.get("deadlines");
        JsonNode pledge = body.get("pledge");
        boolean pledged = pledge != null && !pledge.isNull();
        ArrayNode items = json.createArrayNode();
        List<String> references = new ArrayList<>();
        for (JsonNode item : body.get("items")) {
            ObjectNode fileItem = items.addObject();
            for (String field : List.of("code", "version", "name", "department", "legalLimit", "jointDepartments")) {
                if (item.has(field)) {
                    fileItem.set(field, item.get(field));
                }
            }
            if (!fileItem.has("jointDepartments") || fileItem.get("jointDepartments").isNull()) {
                fileItem.putArray("jointDepartments");
            }
            references.add(item.get("code").asString() + "@" + item.get("version").asInt());
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO case_file (number, status, subject, subject_name, bundle, items, holder_legal_person,
                    holder_identifier, holder_name, holder_phone, accepted_on, deemed_accepted, promised_by, legal_by,
                    provisional, extension_days, extension_note, pledge_materials, pledge_due, pledge_remind_on,
                    pledge_reminded, pledge_kept, closing_note, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            insert.setString(1, number);
            insert.setString(2, status);
            insert.setString(3, body.get("subject").asString());
            insert.setString(4, body.get("subjectName").asString());
            insert.setBoolean(5, body.get("bundle").asBoolean());
            insert.setString(6, json.writeValueAsString(items));
            insert.setBoolean(7, applicant.get("legalPerson").asBoolean());
            insert.setString(8, applicant.get("identifier").asString());
            insert.setString(9, applicant.get("name").asString());
            insert.setString(10, applicant.get("phone").asString());
            insert.setDate(11, date(body.get("acceptedOn")));
            insert.setBoolean(12, body.path("deemedAccepted").asBoolean(false));
            insert.setDate(13, date(deadlines.get("promised")));
            insert.setDate(14, date(deadlines.get("legal")));
            insert.setBoolean(15, deadlines.path("provisional").asBoolean(false));
            insert.setInt(16, deadlines.path("extensionDays").asInt(0));
            insert.setString(17, deadlines.path("extensionNote").asString(""));
            insert.setString(18, pledged ? json.writeValueAsString(pledge.get("materials")) : null);
            insert.setDate(19, pledged ? date(pledge.get("supplementBy")) : null);
            insert.setDate(20, pledged ? date(pledge.get("remindOn")) : null);
            insert.setObject(21, pledged ? pledge.path("reminded").asBoolean(false) : null);
            insert.setObject(22, pledged ? pledge.path("kept").asBoolean(false) : null);
            insert.setString(23, body.path("closingNote").asString(""));
            insert.executeUpdate();
        }
        String atAcceptance = pledged ? "ACCEPTED_ON_PLEDGE" : "ACCEPTED";
        body.put("status", atAcceptance);
        body.put("closingNote", "");
        try (PreparedStatement update = c.prepareStatement("UPDATE intake_case SET status = ?, body = ? WHERE number = ?")) {
            update.setString(1, atAcceptance);
            update.setString(2, json.writeValueAsString(body));
            update.setString(3, number);
            update.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE delivery SET items = ? WHERE case_number = ?")) {
            update.setString(1, String.join(",", references));
            update.setString(2, number);
            update.executeUpdate();
        }
    }

    private static @Nullable Date date(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : Date.valueOf(value.asString());
    }
}
