package org.onevisit.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A database of its own holding only the register of personal-data keys (migration 120's table), for tests of the
 * keys and the cipher without the application.
 */
final class KeyRegister implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-19T01:00:00Z"), ZoneOffset.UTC);

    private final Connection connection;

    KeyRegister() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:key-register-" + UUID.randomUUID());
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE personal_data_key (
                        name          VARCHAR(64) NOT NULL PRIMARY KEY,
                        purpose       VARCHAR(20) NOT NULL,
                        check_value   CHAR(32)    NOT NULL,
                        in_use        BOOLEAN     NOT NULL,
                        registered_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
        }
    }

    /** Keys of the folder with the numbers given, checked against this register. */
    PersonalDataKeys keys(KeyFolder folder, int encryptionKey, int indexKey) throws SQLException {
        PersonalDataKeys keys = new PersonalDataKeys(folder, encryptionKey, indexKey, CLOCK);
        keys.checkAgainst(connection);
        return keys;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
