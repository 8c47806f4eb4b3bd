package org.onevisit.bench.scale;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a scale run measured, as written to {@code scale-<db>.json}. */
record ScaleResult(String database, String databaseVersion, String machine, String java, String measuredAt,
        String productClock, int cases, int reviewTasks, int stages, int itemDecisions, double generationSeconds,
        double casesPerSecond, Map<String, Integer> casesByStatus, Map<String, Integer> tasksByStatus, List<TableSize> sizes,
        List<QueryResult> queries, int readBack) {

    /** The queries the issue sets a target for: p95 under 50 ms at a million cases on PostgreSQL. */
    static final Set<String> TARGETED = Set.of("inbox", "overdue", "case-by-number", "cases-by-applicant");
    static final double TARGET_P95_MS = 50;

    /** A table's rows and bytes on disk (bytes only on PostgreSQL). */
    record TableSize(String table, long rows, long tableBytes, long indexBytes) {
    }

    /** A query's latency and the plans of the statements it ran. */
    record QueryResult(String name, String description, Latency.Figures latency, List<QueryPlans.Plan> plans) {

        boolean targeted() {
            return TARGETED.contains(name);
        }
    }
}
