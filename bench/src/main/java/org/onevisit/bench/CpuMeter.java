package org.onevisit.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the CPU time used so far by this JVM and by the database, so that a measured window can tell where the
 * machine's CPU went. The database is counted only when it is a PostgreSQL server on this machine: the utime and
 * stime of every process named {@code postgres} in {@code /proc}. Each process counts with what it used between the
 * two readings; one that ends in between is left out, so the figure may fall a little short but never below zero.
 * H2 runs inside the JVM, so its CPU is part of the JVM's; a database this meter cannot see is unknown.
 */
final class CpuMeter {

    /** How the database's CPU time is known. */
    enum DatabaseCpu {
        MEASURED, IN_THE_JVM, UNKNOWN
    }

    /**
     * CPU times at one instant: the JVM's in nanoseconds, the JIT compilers' compiling time in milliseconds, and
     * clock ticks per {@code postgres} process (keyed by pid and start time); null when unknown.
     */
    record Reading(long wallNanos, Long jvmNanos, Long jitMs, Map<String, Long> postgresTicks) {
    }

    private static final Path PROC = Path.of("/proc");
    private static final String POSTGRES = "postgres";

    private final DatabaseCpu database;
    private final long ticksPerSecond;

    private CpuMeter(DatabaseCpu database, long ticksPerSecond) {
        this.database = database;
        this.ticksPerSecond = ticksPerSecond;
    }

    static CpuMeter of(BenchDatabase db) {
        if (db.kind().equals("h2")) {
            return new CpuMeter(DatabaseCpu.IN_THE_JVM, 0);
        }
        long ticks = isLocal(db.url()) ? ticksPerSecond() : 0;
        boolean visible = ticks > 0 && postgresTicks() != null;
        return new CpuMeter(visible ? DatabaseCpu.MEASURED : DatabaseCpu.UNKNOWN, ticks);
    }

    Reading read() {
        long wall = System.nanoTime();
        Long jvm = jvmNanos();
        return new Reading(wall, jvm, jitMs(), database == DatabaseCpu.MEASURED ? postgresTicks() : null);
    }

    /** The CPU used from {@code start} to {@code end}, shared out over the units of work done in between. */
    CpuUse between(Reading start, Reading end, long units) {
        Double jvmMs = start.jvmNanos() == null || end.jvmNanos() == null ? null : (end.jvmNanos() - start.jvmNanos()) / 1e6;
        Double databaseMs = null;
        if (start.postgresTicks() != null && end.postgresTicks() != null) {
            long ticks = 0;
            for (Map.Entry<String, Long> process : end.postgresTicks().entrySet()) {
                ticks += process.getValue() - start.postgresTicks().getOrDefault(process.getKey(), 0L);
            }
            databaseMs = ticks * 1000.0 / ticksPerSecond;
        }
        Double jitMs = start.jitMs() == null || end.jitMs() == null ? null : (double) (end.jitMs() - start.jitMs());
        return CpuUse.of(Runtime.getRuntime().availableProcessors(), (end.wallNanos() - start.wallNanos()) / 1e6, jvmMs,
                jitMs, databaseMs, database, units);
    }

    private static Long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? null : nanos;
        }
        return null;
    }

    /** The time the JIT compilers have spent so far, or null where the JVM does not tell. */
    static Long jitMs() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : null;
    }

    /** utime + stime of every {@code postgres} process, or null when none is visible. */
    private static Map<String, Long> postgresTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, CpuMeter::isProcess)) {
            for (Path process : processes) {
                readPostgres(process, ticks);
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return ticks.isEmpty() ? null : ticks;
    }

    private static boolean isProcess(Path entry) {
        String name = entry.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private static void readPostgres(Path process, Map<String, Long> ticks) {
        try {
            if (!Files.readString(process.resolve("comm"), StandardCharsets.UTF_8).strip().equals(POSTGRES)) {
                return;
            }
            String stat = Files.readString(process.resolve("stat"), StandardCharsets.UTF_8);
            // fields[0] is field 3 of proc(5), the state: utime is field 14, stime 15, starttime 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(process.getFileName() + "@" + fields[19], Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            // the process ended while being read
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Whether the JDBC URL names a host of this machine. */
    private static boolean isLocal(String jdbcUrl) {
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            if (uri.getHost() == null) {
                return uri.getRawAuthority() == null;
            }
            InetAddress address = InetAddress.getByName(uri.getHost());
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
