package org.onevisit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;

/**
 * An empty database of a test's own, beside the one the test run shares: an in-memory H2, or with the postgres
 * profile a schema of its own in the run's PostgreSQL, dropped again on {@link #close()}. For tests that start the
 * application on a database in a state of their own, such as one an earlier version left.
 */
public final class OwnDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private OwnDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    public static OwnDatabase create() throws SQLException {
        String name = "own_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
        String shared = System.getenv("ONEVISIT_DB_URL");
        if (!profiles.contains("postgres") || shared == null || shared.isBlank()) {
            return new OwnDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "");
        }
        OwnDatabase db = new OwnDatabase(shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + name,
                System.getenv().getOrDefault("ONEVISIT_DB_USER", "postgres"),
                System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", ""), name);
        try (Connection c = DriverManager.getConnection(shared, db.user, db.password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return db;
    }

    /** Applies the SQL migrations up to {@code version}, as an earlier version of OneVisit left its database. */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The settings that start the application on this database. */
    public String[] arguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(schema.isEmpty() ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
