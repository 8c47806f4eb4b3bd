package org.onevisit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts one run's results together: reads {@code throughput-<db>.json}, {@code calendar-jmh.json},
 * {@code personal-data-jmh.json} and the scale sections from DIR, writes {@code DIR/report.md} and {@code DIR/report.json} with the machine they were measured on,
 * and prints the comparison table, ending with {@code ratio-vs-statement-floor: X.XX} and {@code ratio-vs-flowable: X.XX}
 * (PostgreSQL, 4 threads).
 * Arguments: {@code --out=DIR --mode=quick|full}.
 */
public final class Report {

    private static final List<String> DATABASES = List.of("h2", "postgres");
    private static final String FLOOR = "Statement floor";
    private static final String ONE_STATEMENT_FLOOR = "One-statement floor";
    private static final List<String> ENGINES = List.of("OneVisit", FLOOR, ONE_STATEMENT_FLOOR, "Flowable");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args);
        Path dir = Path.of(options.getOrDefault("out", "bench/results"));
        String mode = options.getOrDefault("mode", "full");
        Map<String, JsonNode> throughput = new LinkedHashMap<>();
        for (String db : DATABASES) {
            read(dir.resolve("throughput-" + db + ".json")).ifPresent(node -> throughput.put(db, node));
        }
        Map<String, Object> machine = machine(throughput);
        String table = comparison(throughput);
        String floors = floors(throughput);
        StringBuilder md = new StringBuilder();
        md.append("# OneVisit benchmark, ").append(mode).append(" run of ").append(machine.get("date")).append("\n\n");
        md.append(machineSection(machine));
        md.append("## Full case: OneVisit against Flowable and the database's commit limit\n\n").append(table).append('\n');
        md.append(explanation());
        md.append("### What the database allows this case\n\n").append(floors).append('\n').append(floorsExplained());
        md.append(perCase(throughput));
        md.append(cpu(throughput));
        md.append(byStep(throughput));
        md.append(steps(throughput));
        md.append(calendar(dir));
        md.append(personalData(dir));
        for (String db : DATABASES) {
            Path scale = dir.resolve("scale-" + db + ".md");
            if (Files.exists(scale)) {
                md.append(Files.readString(scale, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("mode", mode);
        all.put("machine", machine);
        all.put("throughput", throughput);
        read(dir.resolve("calendar-jmh.json")).ifPresent(node -> all.put("calendar", node));
        read(dir.resolve("personal-data-jmh.json")).ifPresent(node -> all.put("personal-data", node));
        for (String db : DATABASES) {
            read(dir.resolve("scale-" + db + ".json")).ifPresent(node -> all.put("scale-" + db, node));
        }
        JSON.writeValue(dir.resolve("report.json").toFile(), all);
        System.out.print(table);
        System.out.print(floors);
        System.out.println("report: " + dir.resolve("report.md"));
        System.out.println("ratio-vs-statement-floor: " + floorRatio(throughput.get("postgres"), 4));
        System.out.println("ratio-vs-flowable: " + ratio(throughput.get("postgres"), 4));
    }

    private static Optional<JsonNode> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    /** The comparison table: per database and thread count, both engines, the ratio and the commit limit. */
    static String comparison(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder();
        t.append("| Database | Threads | OneVisit cases/s | Flowable cases/s | OneVisit ÷ Flowable | 1-row commits/s"
                + " | OneVisit write tx/case | Limit cases/s (commits ÷ tx) | OneVisit % of limit |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        throughput.forEach((db, node) -> {
            for (int threads : ThroughputBench.THREADS) {
                JsonNode ov = run(node, "OneVisit", threads);
                double commits = commitRate(node, threads);
                double tx = writeTransactions(ov);
                t.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %s | %.0f | %.1f | %.1f | %s |%n",
                        db, threads, rate(ov), rate(run(node, "Flowable", threads)), ratio(node, threads), commits, tx,
                        commits / tx, shareOfLimit(ov, commits)));
            }
        });
        return t.toString();
    }

    /**
     * The floors beside Flowable and the commit limit: what an engine keeping OneVisit's guarantees could reach with
     * its rules in Java (one statement for each read and each write), and with them in SQL (one statement a step).
     */
    static String floors(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder();
        t.append("| Database | Threads | Statement floor cases/s | Floor ÷ Flowable | Floor % of limit"
                + " | One-statement floor cases/s | One-statement ÷ Flowable | One-statement % of limit"
                + " | OneVisit ÷ statement floor |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        throughput.forEach((db, node) -> {
            for (int threads : ThroughputBench.THREADS) {
                double flowable = rate(run(node, "Flowable", threads));
                double commits = commitRate(node, threads);
                JsonNode floor = run(node, FLOOR, threads);
                JsonNode oneStatement = run(node, ONE_STATEMENT_FLOOR, threads);
                t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", db, threads,
                        figure(rate(floor)), figure(rate(floor) / flowable), shareOfLimit(floor, commits),
                        figure(rate(oneStatement)), figure(rate(oneStatement) / flowable), shareOfLimit(oneStatement, commits),
                        figure(rate(run(node, "OneVisit", threads)) / rate(floor))));
            }
        });
        return t.toString();
    }

    /** An engine's cases/s as a share of the commit limit divided by its own write transactions per case. */
    private static String shareOfLimit(JsonNode run, double commits) {
        double share = 100 * rate(run) * writeTransactions(run) / commits;
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", share);
    }

    private static double writeTransactions(JsonNode run) {
        return run == null ? Double.NaN : run.get("perCase").get("writeTransactions").asDouble();
    }

    private static String figure(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String explanation() {
        return """

                Both engines do the same work per case: hand in and accept, four departments reviewing in parallel (land
                registry, housing, tax, the bank), one decision. Flowable runs the process the issue names (an intake
                task, a parallel gateway to four review tasks with a non-interrupting 5-day timer each, a join, a
                decision task); OneVisit runs its real-estate transfer registration with three departments reviewing
                beside the land registry, which also issues the signed e-certificate — work Flowable does not do. A
                OneVisit case counts as completed when its certificates are in the register and every event publication
                is complete; the measured time runs until the last case started has completed. Write transactions are
                commits after at least one statement that changed rows, counted on the engine's JDBC connections; the
                limit is the rate of the smallest durable transaction at the same thread count (a one-row insert in
                auto-commit mode: one round trip writes and commits it), divided by them.

                """;
    }

    private static String floorsExplained() {
        return """
                The floors are no engines: they write what a case of this shape must write, into OneVisit's tables with
                their indexes and with payloads copied from OneVisit's cases, keeping OneVisit's guarantees (a step a
                person takes is durable when it returns, a change is made only to what is still as the step found it,
                the audit entry commits with the change). They leave out the official's record, the catalog, the number
                sequences, the stage, the SMS, the delivery, the signature and the audit chain.

                - The statement floor sends, with plain JDBC, the fewest round trips this case can take with its rules
                  in Java: a transaction per step, a read before every change with an optimistic version check, one
                  statement for each read and each write (a batch once), then the commit: 30 round trips a case. It is
                  about the most an engine with its rules in Java could reach against Flowable and of the limit.
                - The one-statement floor (PostgreSQL only) puts each step's check, change and audit entry in one SQL
                  statement (a data-modifying WITH), committed as it runs: 8 round trips a case, one a step, which is
                  also its commit, and one to find the open reviews; the same rows. It is about the most any engine
                  could reach with one durable commit per step, its rules written in SQL.

                Limits are per engine: the commit rate divided by the engine's own write transactions per case. In
                auto-commit mode a statement's time includes its commit, so the one-statement floor shows no commit time.

                """;
    }

    private static String perCase(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder("### Work per case (4 threads)\n\n");
        t.append("A step is one call a person makes (hand in, accept, answer a review, decide an item, complete a task);"
                + " steps/s is cases/s times steps per case.\n\n");
        t.append("Times are summed over the threads, per case: time waiting for statements (of which for FOR UPDATE"
                + " row locks) and for commits.\n\n");
        t.append("| Database | Engine | Case | Steps | Steps/s | Statements | Write tx | Read-only tx | Rows written"
                + " | Statement ms | FOR UPDATE ms | Commit ms |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        throughput.forEach((db, node) -> {
            for (String engine : ENGINES) {
                JsonNode r = run(node, engine, 4);
                if (r == null) {
                    continue;
                }
                JsonNode p = r.get("perCase");
                double steps = stepsPerCase(r);
                t.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.1f | %.0f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f |%n",
                        db, engine, node.get("caseShapes").path(engine).asString(""), steps, steps * rate(r),
                        p.get("statements").asDouble(), p.get("writeTransactions").asDouble(), p.get("readTransactions").asDouble(),
                        p.get("rowsWritten").asDouble(), p.get("statementMs").asDouble(), p.get("lockingStatementMs").asDouble(),
                        p.get("commitMs").asDouble()));
            }
        });
        return t.append('\n').toString();
    }

    /** CPU per case of each run and per commit of the commit probe: the JVM's, the database's, and what the cores allow. */
    static String cpu(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder("### CPU per case\n\n");
        t.append("| Database | Threads | Engine | JVM CPU ms/case | DB CPU ms/case | total CPU ms/case"
                + " | CPU-bound ceiling cases/s | CPU busy % | Round trips/case | JVM CPU µs/round trip"
                + " | DB CPU µs/round trip | JIT ms/s |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        throughput.forEach((db, node) -> {
            for (int threads : ThroughputBench.THREADS) {
                for (JsonNode c : node.path("commitLimit")) {
                    if (c.path("threads").asInt() == threads) {
                        t.append(cpuRow(db, threads, "1-row commit (per commit)", c.path("cpu"), 1));
                    }
                }
                for (String engine : ENGINES) {
                    JsonNode r = run(node, engine, threads);
                    if (r != null) {
                        t.append(cpuRow(db, threads, engine, r.path("cpu"), roundTrips(r.path("perCase"))));
                    }
                }
            }
        });
        t.append("""

                The JVM (the engine and the threads driving it) and the database share the machine's cores, so a case
                costs the CPU of both; they are measured over the same window as the throughput, PostgreSQL's as the
                time of all its processes on this machine, and H2's as part of the JVM's, since it runs inside it. The
                ceiling is cores × 1000 ÷ total CPU ms per case: the cases per second the cores allow at that CPU cost if
                nothing else held the run back; CPU busy is the share of all cores the window used. A round trip is
                one request the driver sends and waits for: a statement (a batch counts once) or a commit; the commit
                probe makes one per commit, its insert, which auto-commit mode commits. Where the CPU per round trip is about the same
                for both engines and the probe, a case costs what its round trips cost, whatever the engine does between
                them. JIT ms/s is the time the JVM's compilers spent compiling per second of the window (summed over
                their threads; their CPU is part of the JVM's): near zero when the code measured was warm.

                """);
        return t.append(warmups(throughput)).toString();
    }

    /** How each engine was warmed up before its measured windows. */
    private static String warmups(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder();
        throughput.forEach((db, node) -> node.path("warmups").properties().forEach(w -> {
            JsonNode warmup = w.getValue();
            t.append(String.format(Locale.ROOT, "- %s, %s: warmed up for %.0f s (%d slices at 4 threads); in the last slice"
                    + " %.2f cases/s, JIT %s ms/s — %s.%n", db, w.getKey(), warmup.path("seconds").asDouble(),
                    warmup.path("slices").asInt(), warmup.path("lastCasesPerSecond").asDouble(),
                    figure(warmup, "lastJitMsPerSecond", "%.0f"), warmup.path("settled").asBoolean()
                            ? "settled (at most " + Math.round(ThroughputBench.SETTLED_JIT_MS_PER_SECOND) + " ms/s)"
                            : "not settled: the measured windows include compiling"));
        }));
        return t.isEmpty() ? "" : "Warm-up, before the measured windows:\n\n" + t + "\n";
    }

    private static String cpuRow(String db, int threads, String engine, JsonNode cpu, double roundTrips) {
        String database = switch (cpu.path("databaseCpu").asString(CpuUse.UNKNOWN)) {
            case CpuUse.MEASURED -> figure(cpu, "databaseMsPerUnit", "%.2f");
            case CpuUse.IN_THE_JVM -> "in the JVM";
            default -> "unknown";
        };
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %.1f | %s | %s | %s |%n", db, threads, engine,
                figure(cpu, "jvmMsPerUnit", "%.2f"), database, figure(cpu, "totalMsPerUnit", "%.2f"),
                figure(cpu, "ceilingPerSecond", "%.0f"), figure(cpu, "busyPercent", "%.0f %%"), roundTrips,
                perRoundTrip(cpu.path("jvmMsPerUnit"), roundTrips),
                database.equals("in the JVM") ? database : perRoundTrip(cpu.path("databaseMsPerUnit"), roundTrips),
                figure(cpu, "jitMsPerSecond", "%.0f"));
    }

    private static double roundTrips(JsonNode perCase) {
        return perCase.path("roundTrips").asDouble();
    }

    private static String perRoundTrip(JsonNode ms, double roundTrips) {
        return ms.isNumber() && roundTrips > 0 ? String.format(Locale.ROOT, "%.0f", ms.asDouble() * 1000 / roundTrips)
                : "unknown";
    }

    /** A number from the results, or "unknown" when it is null or missing. */
    private static String figure(JsonNode node, String field, String format) {
        JsonNode value = node.path(field);
        return value.isNumber() ? String.format(Locale.ROOT, format, value.asDouble()) : "unknown";
    }

    private static String byStep(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder("### Where the transactions go (per case; " + ThroughputBench.PROFILED_CASES
                + " cases one after the other)\n\n");
        t.append("Work on the engine's own threads is named after the first table it wrote.\n\n");
        t.append("| Database | Engine | Step | Write tx | Read-only tx | Statements |\n|---|---|---|---:|---:|---:|\n");
        throughput.forEach((db, node) -> node.path("transactionsByStep").properties().forEach(engine ->
                engine.getValue().properties().forEach(step -> t.append(String.format(Locale.ROOT,
                        "| %s | %s | %s | %.1f | %.1f | %.1f |%n", db, engine.getKey(), step.getKey(),
                        step.getValue().get("writeTransactions").asDouble(), step.getValue().get("readTransactions").asDouble(),
                        step.getValue().get("statements").asDouble())))));
        return t.append('\n').toString();
    }

    /** The calls a person makes per case: every timed step but the asynchronous ones and the whole case. */
    private static double stepsPerCase(JsonNode run) {
        long calls = 0;
        for (var step : run.get("steps").properties()) {
            if (!step.getKey().contains("async") && !step.getKey().equals("whole case")) {
                calls += step.getValue().get("count").asLong();
            }
        }
        return calls / (double) Math.max(1, run.get("cases").asLong());
    }

    private static String steps(Map<String, JsonNode> throughput) {
        StringBuilder t = new StringBuilder("### Latency per step (ms)\n\n");
        t.append("| Database | Engine | Threads | Step | Count | p50 | p99 |\n|---|---|---:|---|---:|---:|---:|\n");
        throughput.forEach((db, node) -> node.get("runs").forEach(r -> r.get("steps").properties().forEach(step ->
                t.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %.1f | %.1f |%n", db, r.get("engine").asString(),
                        r.get("threads").asInt(), step.getKey(), step.getValue().get("count").asLong(),
                        step.getValue().get("p50Ms").asDouble(), step.getValue().get("p99Ms").asDouble())))));
        return t.append('\n').toString();
    }

    private static String calendar(Path dir) throws IOException {
        Optional<JsonNode> jmh = read(dir.resolve("calendar-jmh.json"));
        return jmh.isEmpty() ? "" : jmhTable("## Working-day calendar (JMH, average time per call)\n\n", jmh.get());
    }

    /**
     * What encrypting personal data at rest costs per value, and a case body stored and loaded with and without its
     * identifiers and phones encrypted, measured in the same run.
     */
    private static String personalData(Path dir) throws IOException {
        Optional<JsonNode> jmh = read(dir.resolve("personal-data-jmh.json"));
        if (jmh.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("## Personal data at rest (JMH, time per call: median and 90th percentile)\n\n");
        t.append("| Benchmark | p50 ns | p90 ns |\n|---|---:|---:|\n");
        double plain = Double.NaN;
        double added = Double.NaN;
        for (JsonNode b : jmh.get()) {
            String name = b.get("benchmark").asString();
            JsonNode percentiles = b.get("primaryMetric").get("scorePercentiles");
            double score = percentiles.get("50.0").asDouble();
            t.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", name.substring(name.lastIndexOf('.') + 1), score,
                    percentiles.get("90.0").asDouble()));
            if (name.endsWith(".caseBodyWriteRead")) {
                plain = score;
            } else if (name.endsWith(".caseBodyEncryption")) {
                added = score;
            }
        }
        t.append('\n');
        if (!Double.isNaN(plain) && !Double.isNaN(added)) {
            t.append(String.format(Locale.ROOT, "Storing and loading a case body with its four identifiers and phones"
                    + " encrypted and its applicant indexed: %.2f× the plain JSON round trip (%+.1f µs, medians).%n%n",
                    (plain + added) / plain, added / 1000));
        }
        return t.toString();
    }

    private static String jmhTable(String heading, JsonNode jmh) {
        StringBuilder t = new StringBuilder(heading);
        t.append("| Benchmark | ns/op | ± error |\n|---|---:|---:|\n");
        jmh.forEach(b -> {
            String name = b.get("benchmark").asString();
            JsonNode m = b.get("primaryMetric");
            JsonNode error = m.get("scoreError");
            t.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", name.substring(name.lastIndexOf('.') + 1),
                    m.get("score").asDouble(), error.isNumber() ? String.format(Locale.ROOT, "%.1f", error.asDouble())
                            : "n/a (too few iterations)"));
        });
        return t.append('\n').toString();
    }

    private static JsonNode run(JsonNode node, String engine, int threads) {
        for (JsonNode r : node.get("runs")) {
            if (r.get("engine").asString().equals(engine) && r.get("threads").asInt() == threads) {
                return r;
            }
        }
        return null;
    }

    private static double rate(JsonNode run) {
        return run == null ? Double.NaN : run.get("casesPerSecond").asDouble();
    }

    private static double commitRate(JsonNode node, int threads) {
        for (JsonNode c : node.get("commitLimit")) {
            if (c.get("threads").asInt() == threads) {
                return c.get("commitsPerSecond").asDouble();
            }
        }
        return Double.NaN;
    }

    static String ratio(JsonNode node, int threads) {
        if (node == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", rate(run(node, "OneVisit", threads)) / rate(run(node, "Flowable", threads)));
    }

    /** OneVisit's cases/s ÷ the statement floor's at that thread count, as the floors' table gives it. */
    static String floorRatio(JsonNode node, int threads) {
        if (node == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", rate(run(node, "OneVisit", threads)) / rate(run(node, FLOOR, threads)));
    }

    private static Map<String, Object> machine(Map<String, JsonNode> throughput) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        // the day of the measurement: when the first database's run started (a report can be written again later)
        m.put("date", throughput.values().stream().map(node -> node.path("startedAt").asString("")).filter(d -> !d.isEmpty())
                .sorted().findFirst().orElse("not recorded"));
        m.put("reportWritten", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024) * 10) / 10.0);
        }
        m.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", firstLine(Path.of("/etc/os-release"), "PRETTY_NAME").orElse(System.getProperty("os.name")) + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        throughput.forEach((db, node) -> m.put(db, node.get("version").asString()));
        throughput.forEach((db, node) -> m.put(db + " settings", node.get("settings")));
        return m;
    }

    private static Optional<String> firstLine(Path file, String key) throws IOException {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> l.substring(l.indexOf(l.contains("=") ? '=' : ':') + 1).replace("\"", "").strip());
    }

    private static String machineSection(Map<String, Object> machine) {
        List<String> lines = new ArrayList<>();
        machine.forEach((k, v) -> lines.add("- " + k + ": " + v));
        String shared = ((Number) machine.get("loadAverage")).doubleValue() > ((Number) machine.get("cores")).doubleValue()
                ? "The load average (1 minute, at the end of the run; the benchmark's own threads and the database count in"
                        + " it) is above the number of cores: figures vary from one run to the next, by a fifth or more.\n\n"
                : "";
        return "Measured on:\n\n" + String.join("\n", lines) + "\n\n" + shared;
    }
}
