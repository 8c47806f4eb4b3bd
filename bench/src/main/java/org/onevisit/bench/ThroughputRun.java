package org.onevisit.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives an engine with a number of threads, each running whole cases back to back until the time is up; the run
 * ends when the last case started has completed, so a case's asynchronous tail is inside the measured time. The CPU
 * the JVM and the database use in that time is measured with it.
 */
final class ThroughputRun {

    private ThroughputRun() {
    }

    record Result(String engine, int threads, long cases, double seconds, double casesPerSecond,
            Map<String, Steps.StepLatency> steps, TransactionCounts.PerCase perCase, CpuUse cpu) {
    }

    static Result run(CaseEngine engine, int threads, Duration duration, TransactionCounts counts, CpuMeter cpu)
            throws Exception {
        Steps steps = new Steps();
        AtomicLong started = new AtomicLong();
        engine.awaitCompleted();
        TransactionCounts.Snapshot before = counts.snapshot();
        CpuMeter.Reading cpuBefore = cpu.read();
        long begin = System.nanoTime();
        long stopAt = begin + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> drivers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                drivers.add(pool.submit(() -> {
                    while (System.nanoTime() < stopAt) {
                        engine.runCase(steps);
                        started.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> driver : drivers) {
                driver.get();
            }
        } finally {
            pool.shutdownNow();
        }
        engine.awaitCompleted();
        double seconds = (System.nanoTime() - begin) / 1e9;
        CpuUse cpuUse = cpu.between(cpuBefore, cpu.read(), started.get());
        TransactionCounts.PerCase perCase = counts.snapshot().minus(before).perCase(started.get());
        return new Result(engine.name(), threads, started.get(), seconds, started.get() / seconds, steps.summary(), perCase,
                cpuUse);
    }
}
