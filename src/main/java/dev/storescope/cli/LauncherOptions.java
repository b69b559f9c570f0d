package dev.storescope.cli;

import dev.storescope.inspect.JvmFlags;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options {@code bin/storescope} (packaging/linux/launcher.sh) gives a command, so that
 * {@code bench} measures the commands as users run them: the throughput collector, no unstable-branch
 * traps in C2 ({@link #TRAPS}), and transparent
 * huge pages for the heap where the kernel offers them ({@code madvise} or {@code always}); and
 * those it gives the window ({@link #WINDOW}).
 */
final class LauncherOptions {
    static final String GC = "-XX:+UseParallelGC";
    static final String THP = JvmFlags.THP;
    static final String TRAPS = JvmFlags.TRAPS;
    /**
     * The window's: C1 only (C2's compile threads would take the cores from the FX thread), short G1
     * pauses, and what survives a young collection goes to the old generation at once (an opened
     * store's index is long-lived: copying it between survivor spaces made young pauses of 90 ms).
     */
    static final List<String> WINDOW = List.of("-XX:TieredStopAtLevel=1", "-XX:MaxGCPauseMillis=50", "-XX:MaxTenuringThreshold=0", "-XX:MetaspaceSize=96m");
    static final Path THP_MODE = JvmFlags.THP_MODE;

    private LauncherOptions() {
    }

    /** {@code java}, the caller's own options (a heap cap), the launcher's options for a command, then {@code -cp jar Main args}. */
    static List<String> command(String java, List<String> own, String jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(own);
        cmd.addAll(forCommands());
        cmd.addAll(List.of("-cp", jar, Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static List<String> forCommands() {
        return JvmFlags.thpOffered() ? List.of(GC, TRAPS, THP) : List.of(GC, TRAPS);
    }

    /** The launcher's rule ({@link JvmFlags#thpOffered(String)}). */
    static boolean thpOffered(String modeLine) {
        return JvmFlags.thpOffered(modeLine);
    }
}
