package org.onevisit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every statement and commit OneVisit sends for one full case, step by step, after a warm-up: the list an
 * optimisation of the engine's round trips starts from. Writes {@code DIR/statements-<db>.txt}.
 * Arguments: {@code --db=h2|postgres --out=DIR [--warmup=200]}.
 */
public final class StatementTrace {

    private StatementTrace() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String kind = options.getOrDefault("db", "postgres");
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Path work = Path.of(options.getOrDefault("work", "bench/target/bench-work"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        Files.createDirectories(out);
        BenchDatabase db = BenchDatabase.of(kind, work);
        TransactionCounts counts = new TransactionCounts();
        try (OneVisitCases oneVisit = OneVisitCases.start(db, work.resolve("data-" + kind), work.resolve("keys-" + kind), counts,
                false)) {
            Steps steps = new Steps();
            for (int i = 0; i < warmup; i++) {
                oneVisit.runCase(steps);
            }
            oneVisit.awaitCompleted();
            counts.startTrace();
            oneVisit.runCase(steps);
            oneVisit.awaitCompleted();
            List<String> lines = counts.stopTrace();
            Files.write(out.resolve("statements-" + kind + ".txt"), lines);
            long alone = lines.stream().filter(l -> l.endsWith("\tCOMMIT") || l.endsWith("\tROLLBACK")).count();
            long carried = lines.stream().filter(l -> l.endsWith("\t" + CountingDataSource.COMMIT_CARRIED)).count();
            long roundTrips = lines.size() - carried;
            System.out.println(kind + ": " + roundTrips + " round trips, of which " + alone
                    + " a commit or rollback alone; " + carried + " commits sent with the statements before them");
        }
    }
}
