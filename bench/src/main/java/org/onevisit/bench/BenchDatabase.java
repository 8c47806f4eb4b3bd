package org.onevisit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database a run measures, emptied before the run: a fresh H2 file, or a PostgreSQL database dropped and
 * created again (never one the run did not name). PostgreSQL comes from ONEVISIT_BENCH_PG_URL, _USER and
 * _PASSWORD, by default the database {@code onevisit_bench} on this machine.
 */
public record BenchDatabase(String kind, String url, String user, String password) {

    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/onevisit_bench";

    public static BenchDatabase of(String kind, Path workDir) throws IOException, SQLException {
        return switch (kind) {
            case "h2" -> freshH2(workDir.resolve("h2"));
            case "postgres" -> freshPostgres();
            default -> throw new IllegalArgumentException("--db must be h2 or postgres, not " + kind);
        };
    }

    /** PostgreSQL as the environment names it, without emptying it. */
    static BenchDatabase postgresFromEnvironment() {
        return new BenchDatabase("postgres", env("ONEVISIT_BENCH_PG_URL", DEFAULT_PG_URL), env("ONEVISIT_BENCH_PG_USER", "postgres"),
                env("ONEVISIT_BENCH_PG_PASSWORD", ""));
    }

    private static BenchDatabase freshH2(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return new BenchDatabase("h2", "jdbc:h2:file:" + dir.toAbsolutePath() + "/onevisit;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private static BenchDatabase freshPostgres() throws SQLException {
        BenchDatabase db = postgresFromEnvironment();
        String name = db.databaseName();
        if (name.equals("test") || name.equals("postgres")) {
            throw new IllegalArgumentException("The benchmark empties its database; choose another than " + name);
        }
        String admin = db.url().replaceFirst("/" + name + "(\\?|$)", "/postgres$1");
        try (Connection c = DriverManager.getConnection(admin, db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
        return db;
    }

    /** The database's name: the last path segment of the URL. */
    String databaseName() {
        String path = url.replaceFirst("\\?.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A connection pool of the benchmark's own to this database, its transactions committed by the caller. */
    HikariDataSource pool(String name) {
        return pool(name, false);
    }

    /** A connection pool of the benchmark's own to this database; with {@code autoCommit}, each statement commits. */
    HikariDataSource pool(String name, boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName(name);
        config.setAutoCommit(autoCommit);
        return new HikariDataSource(config);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
