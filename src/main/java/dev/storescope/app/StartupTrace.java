package dev.storescope.app;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones on stderr, in milliseconds since the JVM started, when the system property
 * {@code storescope.trace.startup} is set (e.g. {@code JAVA_TOOL_OPTIONS=-Dstorescope.trace.startup=true
 * storescope}): how the time to the first window divides between the JVM, the toolkit, building the
 * window and its first CSS pass and layout. The thread's CPU time tells a slow start from a busy machine.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("storescope.trace.startup");

    private StartupTrace() {
    }

    static void mark(String milestone) {
        if (!ON) return;
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.printf("startup %6d ms (CPU of this thread %5d ms)  %s  [epoch %d]%n", ms, cpu, milestone, System.currentTimeMillis());
    }
}
