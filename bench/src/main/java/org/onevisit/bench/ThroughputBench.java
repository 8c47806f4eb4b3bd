package org.onevisit.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full-case throughput of OneVisit and of Flowable on one database, in one run, beside the database's own
 * durable-commit rate, and the CPU each takes. Writes {@code DIR/throughput-<db>.json} for each database named.
 * Arguments: {@code --db=h2,postgres --out=DIR [--quick] [--flowable=false] [--case=item|bundle]}: the
 * {@code flowable} switch measures OneVisit alone while working on it; {@code case=bundle} measures the whole demo
 * bundle instead of the case that does the same work as the Flowable process.
 */
public final class ThroughputBench {

    static final int[] THREADS = {1, 4};

    private ThroughputBench() {
    }

    /** How long each part runs. */
    record Durations(Duration warmup, Duration measure, Duration probeWarmup, Duration probe) {

        static Durations of(boolean quick) {
            return quick ? new Durations(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(2))
                    : new Durations(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(15));
        }
    }

    /** Everything measured on one database. */
    record DatabaseResult(String db, String version, Map<String, String> settings, double loadAverageAtStart,
            List<CommitLimit.Result> commitLimit, List<ThroughputRun.Result> runs, Map<String, String> caseShapes,
            Map<String, Map<String, Booked>> transactionsByStep) {
    }

    /** Per case, what one step (or one kind of asynchronous work) asked of the database. */
    record Booked(double writeTransactions, double readTransactions, double statements) {
    }

    static final int PROFILED_CASES = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Durations durations = Durations.of(options.containsKey("quick"));
        Path work = Path.of(options.getOrDefault("work", "bench/target/bench-work"));
        Files.createDirectories(out);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        for (String kind : options.getOrDefault("db", "h2,postgres").split(",")) {
            DatabaseResult result = measure(kind, work, durations, !"false".equals(options.get("flowable")),
                    "bundle".equals(options.get("case")));
            json.writeValue(out.resolve("throughput-" + kind + ".json").toFile(), result);
        }
    }

    static DatabaseResult measure(String kind, Path work, Durations durations, boolean withFlowable, boolean bundle)
            throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchDatabase db = BenchDatabase.of(kind, work);
        CpuMeter cpu = CpuMeter.of(db);
        List<ThroughputRun.Result> runs = new ArrayList<>();
        Map<String, String> shapes = new LinkedHashMap<>();
        Map<String, Map<String, Booked>> byStep = new LinkedHashMap<>();
        List<CommitLimit.Result> limits = new ArrayList<>();
        TransactionCounts oneVisitCounts = new TransactionCounts();
        try (OneVisitCases oneVisit = OneVisitCases.start(db, work.resolve("data-" + kind), oneVisitCounts, bundle)) {
            for (int threads : THREADS) {
                limits.add(CommitLimit.measure(db, threads, durations.probeWarmup(), durations.probe()));
                CommitLimit.Result limit = limits.get(limits.size() - 1);
                log(kind + " commit limit, " + threads + " thread(s): " + Math.round(limit.commitsPerSecond()) + "/s, "
                        + limit.cpu().summary("commit"));
            }
            runs.addAll(runAll(oneVisit, oneVisitCounts, cpu, durations, kind));
            shapes.put(oneVisit.name(), oneVisit.caseShape());
            byStep.put(oneVisit.name(), book(oneVisit, oneVisitCounts));
        }
        if (withFlowable) {
            TransactionCounts flowableCounts = new TransactionCounts();
            try (FlowableCases flowable = FlowableCases.start(db, flowableCounts)) {
                runs.addAll(runAll(flowable, flowableCounts, cpu, durations, kind));
                shapes.put(flowable.name(), flowable.caseShape());
                byStep.put(flowable.name(), book(flowable, flowableCounts));
            }
        }
        return new DatabaseResult(kind, version(db), settings(db), load, limits, runs, shapes, byStep);
    }

    private static List<ThroughputRun.Result> runAll(CaseEngine engine, TransactionCounts counts, CpuMeter cpu,
            Durations durations, String kind) throws Exception {
        ThroughputRun.run(engine, THREADS[THREADS.length - 1], durations.warmup(), counts, cpu);
        List<ThroughputRun.Result> results = new ArrayList<>();
        for (int threads : THREADS) {
            ThroughputRun.Result r = ThroughputRun.run(engine, threads, durations.measure(), counts, cpu);
            var p = r.perCase();
            log(String.format("%s %s, %d thread(s): %d cases in %.1f s = %.2f cases/s, %.1f write tx/case, %.1f round trips/case,"
                    + " per case %.0f ms in statements (%.0f in FOR UPDATE), %.0f ms in commits, %s", kind, r.engine(), threads,
                    r.cases(), r.seconds(), r.casesPerSecond(), p.writeTransactions(),
                    p.roundTrips(), r.perCase().statementMs(),
                    r.perCase().lockingStatementMs(), r.perCase().commitMs(), r.cpu().summary("case")));
            results.add(r);
        }
        return results;
    }

    /** A few cases one after the other, every transaction booked to its step, averaged per case. */
    private static Map<String, Booked> book(CaseEngine engine, TransactionCounts counts) throws Exception {
        engine.awaitCompleted();
        counts.startBooking();
        Steps steps = new Steps();
        for (int i = 0; i < PROFILED_CASES; i++) {
            engine.runCase(steps);
        }
        engine.awaitCompleted();
        Map<String, Booked> perCase = new LinkedHashMap<>();
        counts.stopBooking().forEach((label, c) -> perCase.put(label,
                new Booked(c[0] / (double) PROFILED_CASES, c[1] / (double) PROFILED_CASES, c[2] / (double) PROFILED_CASES)));
        return perCase;
    }

    private static String version(BenchDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** The settings that decide what a commit costs. */
    private static Map<String, String> settings(BenchDatabase db) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!db.kind().equals("postgres")) {
            settings.put("durability", "H2 file database, default settings (MVStore commits without an fsync per transaction)");
            return settings;
        }
        try (Connection c = db.connect(); var s = c.createStatement()) {
            for (String name : List.of("synchronous_commit", "fsync", "wal_sync_method", "commit_delay", "shared_buffers")) {
                try (var rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    static void log(String line) {
        System.err.println("[bench] " + line);
    }
}
