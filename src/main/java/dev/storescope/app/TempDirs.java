package dev.storescope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary dirs the app makes (the sample store's copy, with whatever the session saved into it)
 * and removes, contents and all, when the JVM exits. {@code File.deleteOnExit} cannot: it deletes
 * a dir only when it is empty.
 */
final class TempDirs {
    private static final Set<Path> DIRS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDirs::deleteAll, "storescope-temp-cleanup"));
    }

    private TempDirs() {
    }

    static void deleteOnExit(Path dir) {
        DIRS.add(dir);
    }

    static void deleteAll() {
        for (Path d : DIRS) delete(d);
    }

    /** Deletes a tree, deepest first; what cannot be deleted stays (nothing else is touched). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file in use or a changed permission: leave it
                }
            }
        } catch (IOException ignored) {
            // the dir went away meanwhile
        }
    }
}
