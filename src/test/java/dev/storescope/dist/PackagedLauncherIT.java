package dev.storescope.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged launcher {@code target/jpackage/dist/storescope/bin/storescope} (built by {@code mvn -Pdist}):
 * --version, --help and a command on a generated persist dir, all without a display; the size budget.
 */
class PackagedLauncherIT {
    /** The command run on the generated dir (its last argument) and a fragment its output must contain. */
    private static final Command COMMAND = new Command(List.of("check"), "0 error(s), 0 warning(s)");

    private record Command(List<String> args, String prints) {
    }

    private static final Path LAUNCHER = Dist.IMAGE.resolve("bin/storescope");

    @TempDir
    static Path tmp;
    private static Path store;

    @BeforeAll
    static void generateStore() throws Exception {
        store = tmp.resolve("persist");
        Proc.run(tmp, System.getProperty("storescope.gen"), store.toString(), "--docs", "5", "--nodes-per-doc", "2", "--dim", "8")
                .expect(0);
    }

    @Test
    void versionIsTheProjectVersion() throws Exception {
        Proc p = Proc.run(tmp, LAUNCHER.toString(), "--version").expect(0);
        assertEquals("StoreScope " + Dist.VERSION, p.out().strip());
        assertEquals("", p.err());
    }

    @Test
    void helpListsTheCommandsAndTheWindowUsage() throws Exception {
        Proc p = Proc.run(tmp, LAUNCHER.toString(), "--help").expect(0);
        assertTrue(p.out().startsWith("Usage: storescope"), p.out());
        assertTrue(p.out().contains("'storescope DIR' opens it on the persist dir DIR"), p.out());
        for (String command : List.of("info", "kv", "doc", "vec", "persist")) assertTrue(p.out().contains("  " + command + " "), command);
    }

    @Test
    void aCommandRunsOnAGeneratedStoreWithoutADisplay() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(COMMAND.args());
        cmd.add(store.toString());
        Proc p = Proc.run(tmp, cmd).expect(0);
        assertTrue(p.out().contains(COMMAND.prints()), p.out());
        assertFalse(p.err().contains("Exception"), p.err());
    }

    @Test
    void aBadDirectoryIsAClearErrorWithExitTwo() throws Exception {
        Path missing = tmp.resolve("no-such-store");
        Proc p = Proc.run(tmp, LAUNCHER.toString(), "info", missing.toString()).expect(2);
        assertTrue(p.err().startsWith("storescope: "), p.err());
        assertTrue(p.err().contains("no-such-store"), p.err());
    }

    @Test
    void theWindowWithoutADisplayIsAClearErrorNotAStackTrace() throws Exception {
        for (String[] args : new String[][] {{}, {store.toString()}}) {
            List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
            cmd.addAll(List.of(args));
            Proc p = Proc.run(tmp, cmd).expect(2);
            assertTrue(p.err().startsWith("storescope: no display"), p.err());
        }
    }

    /** A command runs with the throughput collector; the window (here: its no-display error) keeps G1, with C1 only. */
    @Test
    void commandsRunWithParallelGcAndTheWindowWithG1() throws Exception {
        java.util.Map<String, String> gcLog = java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xlog:gc");
        for (List<String> args : List.of(List.of("--version"), List.of("check", store.toString()), List.of("info", store.toString()))) {
            List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
            cmd.addAll(args);
            assertTrue(Proc.runWithEnv(tmp, gcLog, cmd).out().contains("Using Parallel"), args.toString());
        }
        String mode = Files.isReadable(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))
                ? Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")) : "";
        boolean thp = mode.contains("[always]") || mode.contains("[madvise]");
        Proc flags = Proc.runWithEnv(tmp, java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), List.of(LAUNCHER.toString(), "--version"));
        assertTrue(flags.out().matches("(?s).*UseTransparentHugePages\\s+= " + thp + ".*"), "huge pages exactly when the kernel offers them (" + mode.strip() + ")");
        assertFalse(flags.err().contains("warning"), flags.err());
        assertTrue(flags.out().matches("(?s).*PerMethodTrapLimit\\s+= 0 .*"), "a command's C2 compiles untaken branches instead of trapping");
        for (List<String> args : List.of(List.<String>of(), List.of(store.toString()), List.of("gui", store.toString()))) {
            List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
            cmd.addAll(args);
            Proc p = Proc.runWithEnv(tmp, gcLog, cmd).expect(2); // no display
            assertTrue(p.out().contains("Using G1"), args + ": " + p.out());
            Proc w = Proc.runWithEnv(tmp, java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), cmd).expect(2);
            assertTrue(w.out().matches("(?s).*TieredStopAtLevel\\s+= 1 .*") && w.out().matches("(?s).*MaxGCPauseMillis\\s+= 50 .*") && w.out().matches("(?s).*MaxTenuringThreshold\\s+= 0 .*")
                    && w.out().matches("(?s).*MetaspaceSize\\s+= 100663296 .*"),
                    args + ": the window compiles with C1 only, keeps G1 pauses short, promotes survivors at once and starts with room for its classes");
        }
    }

    @Test
    void theLauncherIsAScriptOverTheBundledRuntimeAndRunsThroughASymlink() throws Exception {
        String script = Files.readString(LAUNCHER);
        assertTrue(script.startsWith("#!/bin/sh"), "packaging/linux/launcher.sh, not jpackage's native launcher (it queries rpm and dpkg)");
        assertFalse(script.matches("(?s).*@[A-Z_]+@.*"), "every placeholder filled in: " + script);
        assertTrue(script.contains("dev.storescope.cli.Main") && script.contains("$app/storescope-app.jar"), script);
        Path link = tmp.resolve("storescope");
        Files.createSymbolicLink(link, LAUNCHER.toAbsolutePath());
        assertEquals("StoreScope " + Dist.VERSION, Proc.run(tmp, link.toString(), "--version").expect(0).out().strip());
    }

    @Test
    void theCommandsLoadNoJavaFxClass() throws Exception {
        // the launcher's own JVM and class path (lib/app/*.jar), with class loading logged
        Path log = tmp.resolve("classes.log");
        Proc.run(tmp, Dist.IMAGE.resolve("lib/runtime/bin/java").toString(), "-Xlog:class+load:file=" + log,
                "-cp", Dist.IMAGE.resolve("lib/app") + "/*", "dev.storescope.cli.Main", "info", store.toString()).expect(0);
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("dev.storescope.cli.InfoCommand")), "class log is empty?");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(" javafx.") || l.contains("com.sun.javafx") || l.contains("dev.storescope.app.")).toList());
    }

    @Test
    void theRuntimeCarriesJavaFxAndItsNativeLibraries() throws Exception {
        Path runtime = Dist.IMAGE.resolve("lib/runtime");
        String modules = Proc.run(tmp, runtime.resolve("bin/java").toString(), "--list-modules").expect(0).out();
        for (String m : List.of("javafx.controls", "javafx.graphics", "java.prefs", "java.management")) assertTrue(modules.contains(m + "@"), m);
        for (String so : List.of("libglassgtk3.so", "libprism_es2.so", "libprism_sw.so", "libjavafx_font.so")) {
            assertTrue(Files.isRegularFile(runtime.resolve("lib").resolve(so)), so);
        }
    }

    @Test
    void theAppImageIsUnder80Megabytes() throws Exception {
        long bytes = Dist.sizeOf(Dist.IMAGE);
        assertTrue(bytes < 80L * 1024 * 1024, bytes + " bytes");
    }
}
