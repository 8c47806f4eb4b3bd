package org.onevisit.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's register of the personal-data keys it holds data under (table {@code personal_data_key}): each key's
 * name, purpose and check value, and which index key the blind indexes are computed with. On the connection given, so
 * that the migration that first encrypts registers its keys in its own transaction.
 */
final class PersonalDataKeyRegister {

    enum Purpose {
        ENCRYPTION("personal-data-"), INDEX("personal-data-index-");

        private final String prefix;

        Purpose(String prefix) {
            this.prefix = prefix;
        }

        String name(int number) {
            return prefix + number;
        }

        int number(String name) {
            return Integer.parseInt(name.substring(prefix.length()));
        }
    }

    record Registered(String name, Purpose purpose, String checkValue, boolean inUse) {

        int number() {
            return purpose.number(name);
        }
    }

    private PersonalDataKeyRegister() {
    }

    static List<Registered> read(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, purpose, check_value, in_use FROM personal_data_key ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            List<Registered> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(new Registered(rs.getString(1), Purpose.valueOf(rs.getString(2)), rs.getString(3).strip(),
                        rs.getBoolean(4)));
            }
            return keys;
        }
    }

    static void add(Connection connection, Registered key, Instant at) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO personal_data_key (name, purpose, check_value, in_use, registered_at) VALUES (?, ?, ?, ?, ?)""")) {
            s.setString(1, key.name());
            s.setString(2, key.purpose().name());
            s.setString(3, key.checkValue());
            s.setBoolean(4, key.inUse());
            s.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** Records that the blind indexes are computed with the index key of this name, and with no other. */
    static void markInUse(Connection connection, String indexKey) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE personal_data_key SET in_use = (name = ?) WHERE purpose = 'INDEX'")) {
            s.setString(1, indexKey);
            s.executeUpdate();
        }
    }

    /** Forgets every encryption key but the one named and every index key not in use. */
    static void retireAllBut(Connection connection, String encryptionKey) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                DELETE FROM personal_data_key
                WHERE (purpose = 'ENCRYPTION' AND name <> ?) OR (purpose = 'INDEX' AND in_use = FALSE)""")) {
            s.setString(1, encryptionKey);
            s.executeUpdate();
        }
    }
}
