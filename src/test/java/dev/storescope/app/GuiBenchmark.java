package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * {@code mvn -Pbench-gui verify}: the inspector on a big persist dir, as a user would go: open the
 * dir, expand the document store, its ref docs, the first ref doc, select its first node (the
 * editor shows it), expand the 100k-entry raw collection and page it, search. Reports the time to a
 * usable tree and the longest FX-thread stall seen by {@link FxStallMonitor}. Headless (Monocle)
 * unless {@code -Dbench.gui.display=true}. Not a unit test.
 */
public final class GuiBenchmark {
    private static MainWindow window;

    private GuiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/big");
        if (!Files.isDirectory(dir)) {
            if (args.length < 2) throw new IllegalArgumentException(dir + " does not exist (generate it with gen-persist-dir)");
            Process p = new ProcessBuilder(args[1], dir.toString(), "--docs", "10000", "--nodes-per-doc", "10", "--dim", "384", "--text-chars", "500")
                    .inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("generator failed");
        }
        if (!Boolean.getBoolean("bench.gui.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Preferences prefs = Preferences.userRoot().node("storescope-bench/" + UUID.randomUUID());
        long bytes = 0;
        try (var s = Files.list(dir)) {
            for (Path f : s.toList()) if (Files.isRegularFile(f)) bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "bench-gui: dir=%s bytes=%,d cores=%d java=%s%n", dir, bytes, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        on(() -> window = App.show(new Stage(), new RecentDirs(prefs)));
        try (FxStallMonitor stalls = FxStallMonitor.start()) {
            Thread.sleep(300);
            long t0 = System.nanoTime();
            on(() -> window.open(dir));
            waitFor(() -> window.session().context().isPresent() && window.storePane().tree().getRoot() != null
                    && !window.storePane().tree().getRoot().getChildren().isEmpty());
            long usable = ms(t0);
            report("usable tree (load + root shown)", usable, stalls);

            TreeItem<Object> doc = timed("expand docstore.json", stalls, () -> expand(window.storePane().tree().getRoot(), "docstore.json"));
            TreeItem<Object> refDocs = timed("expand Ref docs (10,000: first page)", stalls, () -> expand(doc, "Ref docs"));
            TreeItem<Object> first = timed("expand first ref doc", stalls, () -> expandAt(refDocs, 0));
            long t1 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(first.getChildren().get(0)));
            waitFor(() -> !window.editorPane().editor().text().isEmpty());
            report("select first node → shown in the editor", ms(t1), stalls);
            TreeItem<Object> raw = timed("expand Raw collections", stalls, () -> expand(doc, "Raw collections"));
            TreeItem<Object> data = timed("expand docstore/data (100,000: first page)", stalls, () -> expand(raw, "docstore/data"));
            timed("show next 1,000", stalls, () -> {
                ((StoreTreeItem) data).loadMore(data.getChildren().get(data.getChildren().size() - 1));
                return data;
            });
            long t2 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(data.getChildren().get(1500)));
            waitFor(() -> window.editorPane().editor().text().contains("__data__"));
            report("select a raw docstore/data entry → editor", ms(t2), stalls);
            System.out.printf(Locale.ROOT, "bench-gui: usable_ms=%d worst_stall_ms=%d (targets: usable <= 3000 ms, no stall over 200 ms)%n",
                    usable, stalls.worstStallMillis());
        } finally {
            prefs.removeNode();
            Platform.exit();
        }
        System.exit(0);
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void report(String step, long ms, FxStallMonitor stalls) {
        System.out.printf(Locale.ROOT, "bench-gui: %-48s %6d ms   (worst FX stall so far %d ms)%n", step, ms, stalls.worstStallMillis());
    }

    private static TreeItem<Object> timed(String step, FxStallMonitor stalls, Supplier<TreeItem<Object>> action) throws Exception {
        long t0 = System.nanoTime();
        TreeItem<Object> r = onGet(action);
        report(step, ms(t0), stalls);
        return r;
    }

    private static TreeItem<Object> expand(TreeItem<Object> parent, String prefix) {
        parent.setExpanded(true);
        for (TreeItem<Object> c : parent.getChildren()) {
            if (c.getValue() instanceof StoreNode n && n.label().startsWith(prefix)) {
                c.setExpanded(true);
                window.storePane().tree().getSelectionModel().select(c);
                return c;
            }
        }
        throw new IllegalStateException("no " + prefix + " under " + parent.getValue());
    }

    private static TreeItem<Object> expandAt(TreeItem<Object> parent, int i) {
        TreeItem<Object> c = parent.getChildren().get(i);
        c.setExpanded(true);
        return c;
    }

    static void on(Runnable r) throws Exception {
        onGet(() -> {
            r.run();
            return null;
        });
    }

    static <T> T onGet(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    static void waitFor(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onGet(condition)) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("timed out");
            Thread.sleep(5);
        }
    }

}
