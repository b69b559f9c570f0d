package dev.storescope.inspect.check;

import dev.storescope.inspect.JvmFlags;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The fast path of {@link FastCheck} over a persist dir, in a child JVM at low priority: the
 * window's JVM keeps its heap (no collections caused by reading 1 GB) and, through {@code nice},
 * first call on the cores, so its FX thread does not stall while a big dir is checked on open.
 * The child answers with its exit code only: healthy (no findings) or undecided (the full checker
 * has to run, in the window's JVM, since only it has the findings' repairs).
 */
public final class IsolatedCheck {
    static final int HEALTHY = 0;
    static final int UNDECIDED = 3;
    private static final long TIMEOUT_MINUTES = 10;

    private IsolatedCheck() {
    }

    /**
     * The child's entry point: {@code IsolatedCheck DIR}, exit 0 when healthy, 3 when undecided; it
     * ends at once when its standard input (the parent's pipe) closes ({@link ParentWatch}).
     */
    public static void main(String[] args) {
        ParentWatch.start(System.in, () -> Runtime.getRuntime().halt(UNDECIDED));
        int code = args.length == 1 && FastCheck.tryRun(Path.of(args[0]), 1) != null ? HEALTHY : UNDECIDED;
        System.exit(code);
    }

    /**
     * Whether the fast path finds {@code dir} healthy: true healthy, false undecided, empty when no
     * child could be run (no {@code java} beside this JVM, a crash, a timeout); then check in process.
     * An interrupt kills the child and is passed on.
     */
    public static Optional<Boolean> healthy(Path dir) throws InterruptedException {
        Process p;
        try {
            // stdin stays a pipe from this JVM: its end is how the child learns we are gone (ParentWatch)
            p = new ProcessBuilder(command(dir)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) return Optional.empty();
            int code = p.exitValue();
            return code == HEALTHY ? Optional.of(true) : code == UNDECIDED ? Optional.of(false) : Optional.empty();
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
    }

    /** {@code [chrt --idle 0 | nice -n 19] JAVA OPTIONS -cp CLASSPATH IsolatedCheck DIR}. */
    static List<String> command(Path dir) {
        List<String> cmd = new ArrayList<>();
        cmd.addAll(lowPriority());
        cmd.add(javaBinary().toString());
        // one core's worth of GC and JIT threads: the other core stays the window's
        cmd.addAll(List.of("-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC", "-Xmx1g", "-Xss1m", JvmFlags.TRAPS));
        if (JvmFlags.thpOffered()) cmd.add(JvmFlags.THP);
        cmd.addAll(List.of("-cp", classPath(), IsolatedCheck.class.getName(), dir.toAbsolutePath().toString()));
        return cmd;
    }

    /**
     * What runs the child at low priority: Linux's idle scheduling class (it gets a core only when no
     * other thread wants it), else the lowest nice value, else nothing.
     */
    static List<String> lowPriority() {
        String mode = System.getProperty("storescope.check.priority", "idle");
        Path chrt = Path.of("/usr/bin/chrt");
        if (mode.equals("idle") && Files.isExecutable(chrt)) return List.of(chrt.toString(), "--idle", "0");
        Path nice = Path.of("/usr/bin/nice");
        if (!mode.equals("normal") && Files.isExecutable(nice)) return List.of(nice.toString(), "-n", "19");
        return List.of();
    }

    private static Path javaBinary() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = bin.resolve("java");
        return Files.isExecutable(java) ? java : bin.resolve("java.exe");
    }

    /** This JVM's class path, plus where this class came from (in case it was loaded from elsewhere). */
    static String classPath() {
        Set<String> parts = new LinkedHashSet<>();
        String own = System.getProperty("java.class.path", "");
        if (!own.isEmpty()) parts.addAll(List.of(own.split(File.pathSeparator)));
        try {
            parts.add(Path.of(IsolatedCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (Exception | LinkageError e) {
            // the class path alone then
        }
        return String.join(File.pathSeparator, parts);
    }
}
