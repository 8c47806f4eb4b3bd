package org.onevisit.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was measured on, in words: processor, cores, memory, operating system. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        String cpu = "unknown processor";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor stays unnamed
        }
        long memoryGb = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            memoryGb = Math.round(os.getTotalMemorySize() / 1073741824.0);
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGb + " GB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
