package org.onevisit.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes a scale run as JSON and as a Markdown section for the README's Performance part. */
final class ScaleReport {

    private ScaleReport() {
    }

    static void write(ScaleResult r, Path out, JsonMapper json) throws IOException {
        Files.createDirectories(out);
        String db = r.database().equals("PostgreSQL") ? "postgres" : "h2";
        Files.writeString(out.resolve("scale-" + db + ".json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n");
        Files.writeString(out.resolve("scale-" + db + ".md"), markdown(r));
    }

    static String markdown(ScaleResult r) {
        StringBuilder md = new StringBuilder();
        md.append("### Queries at scale: ").append(String.format(Locale.ROOT, "%,d", r.cases())).append(" cases on ")
                .append(r.database()).append("\n\n");
        md.append("Measured ").append(r.measuredAt()).append(" on ").append(r.machine()).append(", ").append(r.java())
                .append(", ").append(r.database()).append(' ').append(r.databaseVersion()).append(String.format(Locale.ROOT,
                        ". Load average (1 minute) when the report was written: %.1f on %d cores.%n%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors()));
        md.append("**Data.** ").append(String.format(Locale.ROOT, "%,d", r.cases())).append(" cases over the two years before ")
                .append(r.productClock()).append(" (the product's clock during the run), ")
                .append(String.format(Locale.ROOT, "%,d", r.reviewTasks())).append(" review tasks, ")
                .append(String.format(Locale.ROOT, "%,d", r.stages())).append(" stages, ")
                .append(String.format(Locale.ROOT, "%,d", r.itemDecisions()))
                .append(" item decisions, generated and stored through the product's repositories in ")
                .append(String.format(Locale.ROOT, "%.1f", r.generationSeconds())).append(" s (")
                .append(String.format(Locale.ROOT, "%,.0f", r.casesPerSecond())).append(" cases/s). ")
                .append(r.readBack())
                .append(" generated cases read back through the product's facades as they were generated.\n\n");
        md.append("Cases by status: ").append(counts(r.casesByStatus())).append(".  \n");
        md.append("Review tasks by status: ").append(counts(r.tasksByStatus())).append(".\n\n");
        if (r.sizes().stream().anyMatch(s -> s.tableBytes() > 0)) {
            md.append("| table | rows | table | indexes |\n|---|---:|---:|---:|\n");
            r.sizes().forEach(s -> md.append("| ").append(s.table()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", s.rows())).append(" | ").append(mb(s.tableBytes()))
                    .append(" | ").append(mb(s.indexBytes())).append(" |\n"));
            md.append('\n');
        }
        md.append("| query | calls | p50 ms | p95 ms | p99 ms | max ms | target p95 < 50 ms | plan uses |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (ScaleResult.QueryResult q : r.queries()) {
            Latency.Figures f = q.latency();
            md.append("| ").append(q.name()).append(" | ").append(f.calls()).append(" | ").append(num(f.p50())).append(" | ")
                    .append(num(f.p95())).append(" | ").append(num(f.p99())).append(" | ").append(num(f.max())).append(" | ")
                    .append(q.targeted() ? (f.p95() < ScaleResult.TARGET_P95_MS ? "met" : "**missed**") : "—").append(" | ")
                    .append(String.join("; ", q.plans().stream().flatMap(p -> p.access().stream()).distinct().toList()))
                    .append(" |\n");
        }
        md.append('\n');
        for (ScaleResult.QueryResult q : r.queries()) {
            md.append("#### ").append(q.name()).append("\n\n").append(q.description()).append(".\n\n");
            for (QueryPlans.Plan p : q.plans()) {
                md.append("```sql\n").append(p.sql().strip()).append("\n```\n\n<details><summary>plan: ")
                        .append(p.access().isEmpty() ? "(no index)" : String.join(", ", p.access()))
                        .append("</summary>\n\n```\n").append(p.text()).append("\n```\n</details>\n\n");
            }
        }
        return md.toString();
    }

    private static String counts(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue())).toList());
    }

    private static String num(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
    }
}
