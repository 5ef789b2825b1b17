package org.normdesk.app;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each step of a start was reached, in milliseconds since the JVM began: the start probe
 * writes them beside its total, so that a slow start says which step was slow (the JVM and class
 * path before {@code main}, the toolkit, opening the data, building the window, the first paint).
 */
final class StartupTimeline {
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTimeline() {
    }

    static synchronized void mark(String step) {
        MARKS.putIfAbsent(step, ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** "main=310 init=1200 …" in the order reached. */
    static synchronized String describe() {
        StringBuilder out = new StringBuilder();
        MARKS.forEach((step, ms) -> out.append(out.isEmpty() ? "" : " ").append(step).append('=').append(ms));
        return out.toString();
    }
}
