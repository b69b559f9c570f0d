package dev.storescope.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM options StoreScope's commands run with beyond the defaults, and the rule for huge pages:
 * one place for the launcher's options ({@code cli.LauncherOptions}, mirrored by
 * packaging/linux/launcher.sh) and for the window's check child ({@code inspect.check.IsolatedCheck}).
 */
public final class JvmFlags {
    /** Transparent huge pages for the heap: one fault per 2 MB of fresh heap instead of per 4 KB. */
    public static final String THP = "-XX:+UseTransparentHugePages";
    /** C2 compiles branches not yet taken instead of trapping on them: no recompiles of the scanner loops on a window refill. */
    public static final String TRAPS = "-XX:PerMethodTrapLimit=0";
    public static final Path THP_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private JvmFlags() {
    }

    /** The launcher's rule: the kernel's mode line names {@code [always]} or {@code [madvise]} as the one in force. */
    public static boolean thpOffered(String modeLine) {
        return modeLine != null && (modeLine.contains("[always]") || modeLine.contains("[madvise]"));
    }

    /** Whether this machine's kernel offers huge pages (without them the JVM would warn about {@link #THP}). */
    public static boolean thpOffered() {
        try {
            return thpOffered(Files.isReadable(THP_MODE) ? Files.readString(THP_MODE) : null);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
