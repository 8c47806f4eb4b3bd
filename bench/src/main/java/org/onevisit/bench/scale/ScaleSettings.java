package org.onevisit.bench.scale;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a scale run does: on which database, how many cases, where the results go, and how many timed calls per query.
 *
 * @param now the moment the generated history ends and the product's clock stands at: a Monday, 09:00 in Beijing
 */
record ScaleSettings(String db, int cases, Path out, long seed, int samples, int warmup, Instant now) {

    static final Instant DEFAULT_NOW = Instant.parse("2026-10-19T01:00:00Z");

    ScaleSettings {
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("--db is h2 or postgres, not " + db);
        }
        if (cases < 1 || samples < 1 || warmup < 0) {
            throw new IllegalArgumentException("--cases and --samples are at least 1, --warmup at least 0");
        }
    }

    /** {@code --db=h2|postgres --cases=N --out=DIR [--seed=N] [--samples=N] [--warmup=N] [--now=ISO-INSTANT]}. */
    static ScaleSettings parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        int cases = Integer.parseInt(given.getOrDefault("cases", "20000"));
        return new ScaleSettings(given.getOrDefault("db", "h2"), cases, Path.of(given.getOrDefault("out", "target/results")),
                Long.parseLong(given.getOrDefault("seed", "20261019")),
                Integer.parseInt(given.getOrDefault("samples", cases >= 200_000 ? "400" : "100")),
                Integer.parseInt(given.getOrDefault("warmup", "50")),
                Instant.parse(given.getOrDefault("now", DEFAULT_NOW.toString())));
    }
}
