package org.onevisit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

    private static final String CALLBACK_SECRET = "3b9f6e1c0a8d4f7e92c5b1d0e6a4f8c2";

    /**
     * Starts the application on this database with the key folder given (its data beside it), no demo data, no timers
     * and no web server; {@code settings} as further {@code --name=value} arguments.
     */
    public ConfigurableApplicationContext start(Path keys, String... settings) throws IOException {
        Path data = Files.createDirectories(keys.resolveSibling(keys.getFileName() + "-data"));
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--onevisit.keys.dir=" + keys, "--onevisit.data-dir=" + data, "--onevisit.demo-data=false",
                // production (demo data off) needs the carriers' secret once the catalog offers express delivery
                "--onevisit.delivery.callback-secret=" + CALLBACK_SECRET,
                "--onevisit.audit.checkpoint-dir=" + data.resolveSibling("audit-checkpoints"),
                "--onevisit.scheduling.enabled=false", "--server.port=-1", "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(OneVisitApplication.class).web(WebApplicationType.SERVLET)
                .logStartupInfo(false).run(arguments.toArray(String[]::new));
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(schema.isEmpty() ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
