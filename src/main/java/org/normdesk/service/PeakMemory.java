package org.normdesk.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak memory of this process, for the benchmark's figures. */
public final class PeakMemory {

    private PeakMemory() {
    }

    /**
     * The peak resident memory in KB, as the OS counts it (Linux's VmHWM). Elsewhere the JVM's own
     * committed heap and non-heap, which leaves out native memory such as JavaFX's textures.
     */
    public static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return (ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()
                + ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted()) / 1024;
    }
}
