package org.onevisit.bench.http;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the machine's CPU went in a period, from {@code /proc}: the whole machine (every core, every process: the
 * server, the driver, PostgreSQL and whatever else runs), the server's JVMs and the driver's own JVM.
 */
record ProcCpu(long machineBusyTicks, long machineTicks, long serverTicks, long driverNanos) {

    private static final double TICKS_PER_SECOND = 100;

    static ProcCpu read(List<Long> serverPids) {
        long busy = 0;
        long total = 0;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < f.length; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i != 4 && i != 5) {
                    busy += v; // all but idle and iowait
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        long server = 0;
        for (long pid : serverPids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                server += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                // gone
            }
        }
        long driver = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new ProcCpu(busy, total, server, driver);
    }

    /** The period's shares: cores busy on the machine, of them the server's and the driver's. */
    Map<String, Object> since(ProcCpu before, Duration wall) {
        double seconds = wall.toNanos() / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        long ticks = machineTicks - before.machineTicks;
        m.put("machineBusyPercent", ticks == 0 ? null : MixDriver.round(100.0 * (machineBusyTicks - before.machineBusyTicks) / ticks));
        m.put("serverCores", MixDriver.round((serverTicks - before.serverTicks) / TICKS_PER_SECOND / seconds));
        m.put("driverCores", MixDriver.round((driverNanos - before.driverNanos) / 1e9 / seconds));
        return m;
    }
}
