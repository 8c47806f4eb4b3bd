package org.onevisit.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database a scale run fills: PostgreSQL named by {@code ONEVISIT_BENCH_PG_URL} (created when missing, its schema
 * emptied), or a fresh H2 file under {@code target/}.
 */
record BenchDatabase(String kind, String url, String user, String password) {

    static BenchDatabase prepare(ScaleSettings settings) throws SQLException, IOException {
        // bench/target whether run from the repository's root or from bench/
        Path target = Files.isDirectory(Path.of("bench", "src")) ? Path.of("bench", "target") : Path.of("target");
        return settings.db().equals("postgres") ? postgres() : h2(target.resolve("scale-h2"));
    }

    static BenchDatabase postgres() throws SQLException {
        String url = env("ONEVISIT_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/onevisit_bench");
        String user = env("ONEVISIT_BENCH_PG_USER", "postgres");
        String password = env("ONEVISIT_BENCH_PG_PASSWORD", "");
        String name = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name this run creates: " + name);
        }
        String maintenance = url.replaceAll("/[^/?]+(\\?.*)?$", "/postgres$1");
        try (Connection c = DriverManager.getConnection(maintenance, user, password); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return new BenchDatabase("postgres", url, user, password);
    }

    static BenchDatabase h2(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(directory);
        return new BenchDatabase("h2", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("onevisit")
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0", "sa", "");
    }

    boolean isPostgres() {
        return kind.equals("postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
