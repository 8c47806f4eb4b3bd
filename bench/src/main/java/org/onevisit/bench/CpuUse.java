package org.onevisit.bench;

import java.util.Locale;

/**
 * The CPU a measured window used, in total and per unit of work done in it (a completed case, or a commit of the
 * commit probe). The JVM and the database share the machine's cores, so the total per unit says how many units
 * the cores could do if CPU were the only limit: {@code ceilingPerSecond = cores × 1000 / totalMsPerUnit}; and
 * {@code busyPercent}, total CPU ÷ (wall time × cores), how much of that the window used. A null figure is
 * unknown; {@code databaseCpu} says whether the database's CPU was measured, is part of the JVM's (H2), or is
 * unknown (a database this machine cannot see). {@code jitMsPerSecond} is the time the JVM's JIT compilers spent
 * compiling, as the JVM reports it (summed over the compiler threads), per second of the window: near zero once the
 * code is warm.
 */
record CpuUse(int cores, double wallMs, Double jvmMs, Double databaseMs, String databaseCpu, long units,
        Double jvmMsPerUnit, Double databaseMsPerUnit, Double totalMsPerUnit, Double ceilingPerSecond, Double busyPercent,
        Double jitMsPerSecond) {

    static final String MEASURED = "measured";
    static final String IN_THE_JVM = "in the JVM";
    static final String UNKNOWN = "unknown";

    static CpuUse of(int cores, double wallMs, Double jvmMs, Double jitMs, Double databaseMs, CpuMeter.DatabaseCpu database,
            long units) {
        Double totalMs = switch (database) {
            case IN_THE_JVM -> jvmMs;
            case MEASURED -> jvmMs == null || databaseMs == null ? null : jvmMs + databaseMs;
            case UNKNOWN -> null;
        };
        String label = switch (database) {
            case IN_THE_JVM -> IN_THE_JVM;
            case MEASURED -> databaseMs == null ? UNKNOWN : MEASURED;
            case UNKNOWN -> UNKNOWN;
        };
        Double totalPerUnit = per(totalMs, units);
        return new CpuUse(cores, wallMs, jvmMs, databaseMs, label, units, per(jvmMs, units), per(databaseMs, units),
                totalPerUnit, totalPerUnit == null || totalPerUnit <= 0 ? null : cores * 1000 / totalPerUnit,
                totalMs == null || wallMs <= 0 ? null : 100 * totalMs / (wallMs * cores),
                jitMs == null || wallMs <= 0 ? null : jitMs * 1000 / wallMs);
    }

    /** The figures per unit for a log line, such as {@code CPU/case 3.1 ms JVM + 2.0 ms DB = 5.1 ms, ceiling 392/s, 94 % busy}. */
    String summary(String unit) {
        String db = switch (databaseCpu) {
            case MEASURED -> String.format(Locale.ROOT, "%.2f ms DB", databaseMsPerUnit);
            case IN_THE_JVM -> "DB in the JVM";
            default -> "DB unknown";
        };
        String total = totalMsPerUnit == null ? "" : String.format(Locale.ROOT, " = %.2f ms, ceiling %.0f/s, %.0f %% busy",
                totalMsPerUnit, ceilingPerSecond, busyPercent);
        String jit = jitMsPerSecond == null ? "" : String.format(Locale.ROOT, ", JIT %.0f ms/s", jitMsPerSecond);
        return String.format(Locale.ROOT, "CPU/%s %s ms JVM + %s%s%s", unit,
                jvmMsPerUnit == null ? "?" : String.format(Locale.ROOT, "%.2f", jvmMsPerUnit), db, total, jit);
    }

    private static Double per(Double ms, long units) {
        return ms == null || units <= 0 ? null : ms / units;
    }
}
