package org.onevisit.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.platform.PersonalDataCipher;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full-case throughput of OneVisit and of Flowable on one database, in one run, beside the database's own
 * durable-commit rate, the fewest round trips the case can take with its rules in Java ({@link StatementFloor}) and,
 * on PostgreSQL, with its rules in SQL ({@link OneStatementFloor}), and the CPU each takes.
 * Writes {@code DIR/throughput-<db>.json} for each database named.
 * Arguments: {@code --db=h2,postgres --out=DIR [--quick] [--flowable=false] [--case=item|bundle]}: the
 * {@code flowable} switch leaves Flowable out, measuring OneVisit against the floor while working on it; {@code case=bundle}
 * measures the whole demo bundle instead of the case that does the same work as the Flowable process (and no floor,
 * which has the shape of that case).
 */
public final class ThroughputBench {

    static final int[] THREADS = {1, 4};

    private ThroughputBench() {
    }

    /**
     * How long each part runs: the warm-up in slices of {@code warmupSlice} until the JIT compilers have settled, but
     * no longer than {@code warmupMax}; each measured window; the commit probe's warm-up and window.
     */
    record Durations(Duration warmupSlice, Duration warmupMax, Duration measure, Duration probeWarmup, Duration probe) {

        static Durations of(boolean quick) {
            return quick ? new Durations(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(500),
                    Duration.ofSeconds(2))
                    : new Durations(Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(60), Duration.ofSeconds(2),
                            Duration.ofSeconds(15));
        }

        /**
         * The quick run's on one database: on PostgreSQL, whose 4-thread ratios the quick run prints, each engine is
         * warmed up in slices of 3 s until its JIT compilers have settled, as in the full run, but for at most 30 s, and
         * measured for 6 s, so that its ratios come near the full run's (a cold engine gave 0.26 against the floor where
         * the full run gave 0.65); on H2 it stays a smoke run of a few seconds.
         */
        static Durations of(boolean quick, String db) {
            return quick && db.equals("postgres") ? new Durations(Duration.ofSeconds(3), Duration.ofSeconds(30),
                    Duration.ofSeconds(6), Duration.ofMillis(500), Duration.ofSeconds(2)) : of(quick);
        }
    }

    /**
     * The JIT compilers' time per second of a warm-up slice below which an engine counts as warm: 2 % of one core.
     * Until then the compilers take cores from the engine and from the database, and the JVM's CPU per case is mostly
     * theirs.
     */
    static final double SETTLED_JIT_MS_PER_SECOND = 20;

    /** How an engine was warmed up, at the highest thread count: its last slice's figures, and whether the JIT had settled. */
    record Warmup(double seconds, int slices, double lastCasesPerSecond, Double lastJitMsPerSecond, boolean settled) {
    }

    /** Everything measured on one database. */
    record DatabaseResult(String db, String startedAt, String version, Map<String, String> settings, double loadAverageAtStart,
            List<CommitLimit.Result> commitLimit, Map<String, Warmup> warmups, List<ThroughputRun.Result> runs,
            Map<String, String> caseShapes,
            Map<String, Map<String, Booked>> transactionsByStep) {
    }

    /** Per case, what one step (or one kind of asynchronous work) asked of the database. */
    record Booked(double writeTransactions, double readTransactions, double statements) {
    }

    static final int PROFILED_CASES = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        boolean quick = options.containsKey("quick");
        Path work = Path.of(options.getOrDefault("work", "bench/target/bench-work"));
        Files.createDirectories(out);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        for (String kind : options.getOrDefault("db", "h2,postgres").split(",")) {
            DatabaseResult result = measure(kind, work, Durations.of(quick, kind), !"false".equals(options.get("flowable")),
                    "bundle".equals(options.get("case")));
            json.writeValue(out.resolve("throughput-" + kind + ".json").toFile(), result);
        }
    }

    static DatabaseResult measure(String kind, Path work, Durations durations, boolean withFlowable, boolean bundle)
            throws Exception {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchDatabase db = BenchDatabase.of(kind, work);
        CpuMeter cpu = CpuMeter.of(db);
        List<ThroughputRun.Result> runs = new ArrayList<>();
        Map<String, String> shapes = new LinkedHashMap<>();
        Map<String, Map<String, Booked>> byStep = new LinkedHashMap<>();
        List<CommitLimit.Result> limits = new ArrayList<>();
        Map<String, Warmup> warmups = new LinkedHashMap<>();
        TransactionCounts oneVisitCounts = new TransactionCounts();
        PersonalDataCipher cipher;
        try (OneVisitCases oneVisit = OneVisitCases.start(db, work.resolve("data-" + kind), work.resolve("keys-" + kind),
                oneVisitCounts, bundle)) {
            cipher = oneVisit.personalDataCipher();
            warmups.put(oneVisit.name(), warmUp(oneVisit, oneVisitCounts, cpu, durations, kind));
            // the probe runs in the same JVM, after the warm-up, so that no compiling is counted in its CPU
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
                measureEngine(flowable, flowableCounts, cpu, durations, kind, warmups, runs, shapes, byStep);
            }
        }
        if (!bundle) {
            // the floor copies the sizes of what OneVisit wrote for its cases; it runs last, so that Flowable's code is
            // compiled, as OneVisit's is, with no other code than OneVisit's having run before
            TransactionCounts floorCounts = new TransactionCounts();
            try (StatementFloor floor = StatementFloor.start(db, floorCounts, cipher)) {
                measureEngine(floor, floorCounts, cpu, durations, kind, warmups, runs, shapes, byStep);
            }
            if (db.kind().equals("postgres")) {
                TransactionCounts oneStatementCounts = new TransactionCounts();
                try (OneStatementFloor floor = OneStatementFloor.start(db, oneStatementCounts, cipher)) {
                    measureEngine(floor, oneStatementCounts, cpu, durations, kind, warmups, runs, shapes, byStep);
                }
            }
        }
        return new DatabaseResult(kind, startedAt, version(db), settings(db), load, limits, warmups, runs, shapes, byStep);
    }

    /** Warms an engine up, measures it at each thread count, and books a few of its cases step by step. */
    private static void measureEngine(CaseEngine engine, TransactionCounts counts, CpuMeter cpu, Durations durations,
            String kind, Map<String, Warmup> warmups, List<ThroughputRun.Result> runs, Map<String, String> shapes,
            Map<String, Map<String, Booked>> byStep) throws Exception {
        warmups.put(engine.name(), warmUp(engine, counts, cpu, durations, kind));
        runs.addAll(runAll(engine, counts, cpu, durations, kind));
        shapes.put(engine.name(), engine.caseShape());
        byStep.put(engine.name(), book(engine, counts));
    }

    /**
     * Runs cases at the highest thread count, slice after slice, until a slice in which the JIT compilers spent at most
     * {@link #SETTLED_JIT_MS_PER_SECOND}, or until {@code warmupMax}.
     */
    private static Warmup warmUp(CaseEngine engine, TransactionCounts counts, CpuMeter cpu, Durations durations, String kind)
            throws Exception {
        int threads = THREADS[THREADS.length - 1];
        long begin = System.nanoTime();
        int slices = 0;
        while (true) {
            ThroughputRun.Result slice = ThroughputRun.run(engine, threads, durations.warmupSlice(), counts, cpu);
            slices++;
            double seconds = (System.nanoTime() - begin) / 1e9;
            Double jit = slice.cpu().jitMsPerSecond();
            boolean settled = jit != null && jit <= SETTLED_JIT_MS_PER_SECOND;
            log(String.format(Locale.ROOT, "%s %s warm-up slice %d (%.0f s): %.2f cases/s, %s", kind, engine.name(), slices,
                    seconds, slice.casesPerSecond(), slice.cpu().summary("case")));
            if (settled || seconds + durations.warmupSlice().toSeconds() > durations.warmupMax().toSeconds()) {
                return new Warmup(seconds, slices, slice.casesPerSecond(), jit, settled);
            }
        }
    }

    private static List<ThroughputRun.Result> runAll(CaseEngine engine, TransactionCounts counts, CpuMeter cpu,
            Durations durations, String kind) throws Exception {
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
            for (String name : List.of("synchronous_commit", "fsync", "wal_sync_method", "commit_delay", "shared_buffers",
                    "autovacuum")) {
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
