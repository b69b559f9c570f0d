package dev.storescope.cli;

import dev.storescope.inspect.check.CheckReport;
import dev.storescope.inspect.check.Checker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The fast path of {@code check DIR} started before picocli builds its command model (about
 * 0.15 s of a fresh JVM's start): {@link #start} guesses the dir from the raw arguments and runs
 * {@link Checker#fastPath} on a daemon thread; {@code check} takes the result only for the same
 * dir it parsed, and only while the dir's files have the sizes and times they had when it
 * started, else it runs the fast path itself. The fast path only reads, so a wrong guess costs
 * nothing but the CPU it used.
 */
final class CheckAhead {
    private record Ahead(Path dir, Map<String, String> files, CompletableFuture<CheckReport> report) {
    }

    private static volatile Ahead ahead;

    private CheckAhead() {
    }

    /** For {@code check [flags] DIR [flags]} (DIR: the one argument that is no option), starts the fast path on DIR. */
    static void start(String[] args) {
        ahead = null;
        if (args.length < 2 || !args[0].equals("check")) return;
        String guess = null;
        for (int k = 1; k < args.length; k++) {
            if (args[k].startsWith("-")) continue;
            if (guess != null) return; // two operands: picocli will say what is wrong
            guess = args[k];
        }
        if (guess == null) return;
        Path dir;
        Map<String, String> files;
        try {
            dir = Path.of(guess).toAbsolutePath().normalize();
            files = files(dir);
        } catch (IOException | RuntimeException e) {
            return; // no dir to read: the command says so
        }
        CompletableFuture<CheckReport> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(Checker.fastPath(dir));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "storescope-check-ahead");
        t.setDaemon(true);
        ahead = new Ahead(dir, files, f);
        t.start();
    }

    /** True while a report started ahead for {@code dir} waits to be taken. */
    static boolean started(Path dir) {
        Ahead a = ahead;
        return a != null && a.dir().equals(dir.toAbsolutePath().normalize());
    }

    /**
     * The fast path's report for {@code dir} (null: the full checker has to run): the one {@link #start}
     * began when it guessed this dir and the dir's files are as they were then, else a new one.
     */
    static CheckReport fastPath(Path dir) {
        Ahead a = ahead;
        ahead = null;
        if (a != null && a.dir().equals(dir.toAbsolutePath().normalize())) {
            try {
                CheckReport r = a.report().join();
                if (a.files().equals(files(a.dir()))) return r;
            } catch (IOException | RuntimeException e) {
                // as if it had not run: the fast path below gives up or decides as it would have
            }
        }
        return Checker.fastPath(dir);
    }

    /** Name -> size and modification time of the dir's entries. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(p.getFileName().toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }
}
