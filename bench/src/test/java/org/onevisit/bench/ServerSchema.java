package org.onevisit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database with the server's schema, made by the server's own Flyway migrations from its jar:
 * what the floors' own SQL is checked against.
 */
public final class ServerSchema implements AutoCloseable {

    private final Connection connection;

    private ServerSchema(Connection connection) {
        this.connection = connection;
    }

    public static ServerSchema migrated() throws SQLException {
        String url = "jdbc:h2:mem:server-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return new ServerSchema(DriverManager.getConnection(url, "sa", ""));
    }

    /** Parses the statement against the schema: H2 refuses an unknown table or column when it prepares it. */
    public void prepare(String sql) throws SQLException {
        connection.prepareStatement(sql).close();
    }

    /** The columns of a table, lower case; none when there is no such table. */
    public Set<String> columns(String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = ?")) {
            s.setString(1, table.toLowerCase(Locale.ROOT));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
