package org.onevisit.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.onevisit.intake.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Queries at scale: fills the bench database with realistic cases, reads some back through the product, times the
 * queries staff run all day and shows their plans; writes {@code scale-<db>.json} and {@code scale-<db>.md}.
 * <p>
 * {@code --db=h2|postgres --cases=N --out=DIR}, and optionally {@code --seed=N --samples=N --warmup=N --now=INSTANT}.
 * PostgreSQL is {@code ONEVISIT_BENCH_PG_URL} (user {@code ONEVISIT_BENCH_PG_USER}); its schema is emptied first.
 */
public final class ScaleBench {

    private static final Logger log = LoggerFactory.getLogger(ScaleBench.class);
    private static final List<String> TABLES = List.of("intake_case", "casework_task", "casework_stage",
            "casework_item_decision");

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        ScaleResult result = run(ScaleSettings.parse(args));
        log.info("Wrote scale-{} results for {} cases", result.database().equals("PostgreSQL") ? "postgres" : "h2",
                result.cases());
    }

    static ScaleResult run(ScaleSettings settings) throws Exception {
        BenchDatabase db = BenchDatabase.prepare(settings);
        StatementCapture capture = new StatementCapture();
        try (ConfigurableApplicationContext product = ProductContext.start(db, settings, capture)) {
            log.info("Generating {} cases on {}", settings.cases(), db.kind());
            CaseGenerator.Generated generated = new CaseGenerator(product, settings).generate();
            log.info("Generated {} cases and {} review tasks in {} s", generated.cases(), generated.tasks(),
                    generated.took().toSeconds());
            analyse(db);
            int readBack = readBack(product, generated);
            // The generator's garbage is collected now rather than inside a timed call.
            System.gc();
            LocalDate today = LocalDate.ofInstant(settings.now(), ReviewStory.CENTRE);
            SplittableRandom random = new SplittableRandom(settings.seed() + 1);
            List<ScaleResult.QueryResult> queries = new ArrayList<>();
            for (StaffQueries.Query q : StaffQueries.of(product, generated, today)) {
                Latency.Figures figures = Latency.measure(q, settings.warmup(), settings.samples(), random);
                Runnable call = q.call().apply(random);
                List<QueryPlans.Plan> plans = QueryPlans.explain(db, capture.during(call));
                log.info("{}: p50 {} ms, p95 {} ms", q.name(), figures.p50(), figures.p95());
                queries.add(new ScaleResult.QueryResult(q.name(), q.description(), figures, plans));
            }
            ScaleResult result = new ScaleResult(db.isPostgres() ? "PostgreSQL" : "H2", version(db), Machine.describe(),
                    "Java " + Runtime.version(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    settings.now().toString(), generated.cases(), generated.tasks(), generated.stages(), generated.decisions(),
                    generated.took().toMillis() / 1000.0, generated.casesPerSecond(), generated.casesByStatus(),
                    generated.tasksByStatus(), sizes(db), queries, readBack);
            ScaleReport.write(result, settings.out(), product.getBean(JsonMapper.class));
            return result;
        }
    }

    /** Statistics for the planner, as autovacuum would have gathered them on a database that grew over two years. */
    private static void analyse(BenchDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (db.isPostgres()) {
                for (String table : TABLES) {
                    s.execute("VACUUM (ANALYZE) " + table);
                }
            } else {
                s.execute("ANALYZE");
            }
        }
    }

    /**
     * Reads the cases the generator kept back through the product's facades; each must read back as generated, and
     * the sampled case numbers must be found.
     */
    private static int readBack(ApplicationContext product, CaseGenerator.Generated generated) {
        ReadBack readBack = new ReadBack(product);
        List<String> differences = new ArrayList<>();
        for (CaseStory.Lived lived : generated.kept()) {
            differences.addAll(readBack.differences(lived));
        }
        Intake intake = product.getBean(Intake.class);
        for (String number : generated.numbers().subList(0, Math.min(50, generated.numbers().size()))) {
            if (!intake.find(number).number().value().equals(number)) {
                differences.add(number + " did not read back");
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("Generated cases did not read back as generated: " + differences);
        }
        return generated.kept().size();
    }

    private static List<ScaleResult.TableSize> sizes(BenchDatabase db) throws SQLException {
        List<ScaleResult.TableSize> sizes = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                long rows;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                long tableBytes = 0;
                long indexBytes = 0;
                if (db.isPostgres()) {
                    try (ResultSet rs = s.executeQuery("SELECT pg_table_size('" + table + "'), pg_indexes_size('" + table + "')")) {
                        rs.next();
                        tableBytes = rs.getLong(1);
                        indexBytes = rs.getLong(2);
                    }
                }
                sizes.add(new ScaleResult.TableSize(table, rows, tableBytes, indexBytes));
            }
        }
        return sizes;
    }

    private static String version(BenchDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }
}
