package org.onevisit.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale fill writes through the product's own repositories: a small fill on the test run's database (an H2 file,
 * or with the postgres profile a schema of its own in the run's PostgreSQL, as in CI's second pass) reads back through
 * the product's facades as it was generated — status, applicant, items, file, tasks per department, decisions — and
 * its personal data is stored encrypted once: sealed in the tables, in clear through the facades.
 */
class ScaleFillReadBackTests {

    private static final int CASES = 300;

    @Test
    void every_kept_case_reads_back_through_the_products_facades_as_it_was_generated(@TempDir Path dir) throws Exception {
        ScaleSettings settings = new ScaleSettings("h2", CASES, dir, 3, 1, 0, ScaleSettings.DEFAULT_NOW);
        try (TestDatabase db = TestDatabase.create(dir);
                ConfigurableApplicationContext product = ProductContext.start(db.bench(), settings, new StatementCapture())) {
            CaseGenerator.Generated generated = new CaseGenerator(product, settings).generate();
            ReadBack readBack = new ReadBack(product);

            assertThat(generated.cases()).isEqualTo(CASES);
            assertThat(generated.kept()).hasSize(50).extracting(CaseStory.Lived::status)
                    .contains("COMPLETED", "REFUSED");
            assertThat(generated.kept()).filteredOn(l -> l.accepted() != null)
                    .flatExtracting(l -> l.accepted().tasks()).extracting(t -> t.department()).hasSizeGreaterThan(10);
            assertThat(generated.kept()).allSatisfy(lived -> assertThat(readBack.differences(lived)).isEmpty());
            CaseStory.Lived accepted = generated.kept().stream().filter(l -> l.accepted() != null).findFirst().orElseThrow();
            assertThat(stored(db.bench(), "SELECT body FROM intake_case WHERE number = ?", accepted))
                    .doesNotContain(accepted.intake().parties().applicant().identifier());
            assertThat(stored(db.bench(), "SELECT holder_identifier FROM case_file WHERE number = ?", accepted))
                    .isNotEqualTo(accepted.intake().parties().applicant().identifier());
        }
    }

    private static String stored(BenchDatabase db, String sql, CaseStory.Lived lived) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, lived.intake().number().value());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /**
     * An empty database for the fill: a fresh H2 file, or with the postgres profile a schema of its own in the run's
     * PostgreSQL (whose other schemas the server's tests share), dropped again at the end.
     */
    private record TestDatabase(BenchDatabase bench, String shared, String schema) implements AutoCloseable {

        static TestDatabase create(Path dir) throws Exception {
            String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
            String shared = System.getenv("ONEVISIT_DB_URL");
            if (!profiles.contains("postgres") || shared == null || shared.isBlank()) {
                return new TestDatabase(BenchDatabase.h2(dir.resolve("db")), "", "");
            }
            String schema = "scale_fill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            BenchDatabase bench = new BenchDatabase("postgres", shared + (shared.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema, System.getenv().getOrDefault("ONEVISIT_DB_USER", "postgres"),
                    System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", ""));
            TestDatabase db = new TestDatabase(bench, shared, schema);
            db.execute("CREATE SCHEMA " + schema);
            return db;
        }

        @Override
        public void close() throws SQLException {
            if (!schema.isEmpty()) {
                execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }

        private void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(shared, bench.user(), bench.password());
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
