package org.onevisit.bench.scale;

import java.util.SplittableRandom;

import org.HdrHistogram.Histogram;

/** Times a query: warm-up calls first, then every call recorded, in microseconds. */
final class Latency {

    /** Percentiles of one query's calls, in milliseconds. */
    record Figures(int calls, double p50, double p95, double p99, double max, double mean) {
    }

    private Latency() {
    }

    static Figures measure(StaffQueries.Query query, int warmup, int samples, SplittableRandom random) {
        for (int i = 0; i < warmup; i++) {
            query.call().apply(random).run();
        }
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < samples; i++) {
            Runnable call = query.call().apply(random);
            long start = System.nanoTime();
            call.run();
            histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        }
        return new Figures(samples, ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
                ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()), Math.round(histogram.getMean()) / 1000.0);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
