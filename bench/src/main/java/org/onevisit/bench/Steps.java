package org.onevisit.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency of each step of a case, in microseconds, recorded from any number of driver threads. */
final class Steps {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    /** A step that throws nothing checked. */
    interface Step<T> {
        T run() throws Exception;
    }

    <T> T time(String step, Step<T> work) throws Exception {
        TransactionCounts.STEP.set(step);
        long start = System.nanoTime();
        try {
            T result = work.run();
            record(step, System.nanoTime() - start);
            return result;
        } finally {
            TransactionCounts.STEP.remove();
        }
    }

    void record(String step, long nanos) {
        order.putIfAbsent(step, order.size());
        histograms.computeIfAbsent(step, s -> new ConcurrentHistogram(HIGHEST_MICROS, 3))
                .recordValue(Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1_000)));
    }

    /** Per step, in the order the steps first happened: count, p50 and p99 in milliseconds. */
    Map<String, StepLatency> summary() {
        Map<String, StepLatency> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            Histogram h = histograms.get(e.getKey());
            out.put(e.getKey(), new StepLatency(h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0));
        });
        return out;
    }

    record StepLatency(long count, double p50Ms, double p99Ms) {
    }
}
