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
        System.out.printf(Locale.ROOT, "bench-gui: dir=%s bytes=%,d cores=%d java=%s loadavg=%s%n", dir, bytes, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        on(() -> window = App.show(new Stage(), new RecentDirs(prefs)));
        waitFor(() -> window.editorPane().isWarm()); // the window is complete: its editor is built and warmed up after the first frame (start-up is measured by packaging/startup-time.sh)
        try (FxStallMonitor stalls = FxStallMonitor.start()) {
            Thread.sleep(300);
            long t0 = System.nanoTime();
            long[] completeAt = {0};
            on(() -> window.session().addListener(() -> {
                if (completeAt[0] == 0 && window.session().context().map(c -> c.isComplete()).orElse(false)) completeAt[0] = System.nanoTime();
            }));
            on(() -> window.open(dir));
            waitFor(() -> window.storePane().tree().getRoot() instanceof StoreTreeItem r && r.isLoaded() && !r.isLoading());
            long usable = ms(t0);
            report("usable tree (load + files listed)", usable, stalls);
            System.out.println("bench-gui: status bar: " + onGet(() -> ((javafx.scene.control.Label) window.storePane().getScene().lookup("#statusSummary")).getText()));

            // the big vector store is read after the tree shows: every step finds its items in the live tree
            expand("expand docstore.json", stalls, "docstore.json");
            expand("expand Ref docs (10,000: first page)", stalls, "docstore.json", "Ref docs");
            expand("expand first ref doc", stalls, "docstore.json", "Ref docs", "");
            long t1 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(live("docstore.json", "Ref docs", "").getChildren().get(0)));
            waitFor(() -> window.editorPane().shown().isPresent());
            long shown = ms(t1);
            settle(); // its layout (the next pulse) counts in this step
            report("select its first node → shown in the editor", shown, stalls);
            expand("expand Raw collections", stalls, "docstore.json", "Raw collections");
            expand("expand docstore/data (100,000: first page)", stalls, "docstore.json", "Raw collections", "docstore/data");
            long t3 = System.nanoTime();
            on(() -> {
                TreeItem<Object> data = live("docstore.json", "Raw collections", "docstore/data");
                ((StoreTreeItem) data).loadMore(data.getChildren().get(data.getChildren().size() - 1));
            });
            waitFor(() -> {
                StoreTreeItem data = (StoreTreeItem) live("docstore.json", "Raw collections", "docstore/data");
                return data.countLoaded() >= 2_000 && !data.isLoading();
            });
            report("show next 1,000", ms(t3), stalls);
            long t2 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(live("docstore.json", "Raw collections", "docstore/data").getChildren().get(1500)));
            waitFor(() -> window.editorPane().shown().map(v -> v.title().contains("docstore/data")).orElse(false));
            report("select a raw docstore/data entry → editor", ms(t2), stalls);
            expand("expand index_store.json", stalls, "index_store.json");
            long t4 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(live("index_store.json").getChildren().get(0)));
            waitFor(() -> window.editorPane().shown().map(v -> v.title().contains("index_store/data")).orElse(false));
            report("select the 100,000-node index struct → editor", ms(t4), stalls);
            waitFor(() -> completeAt[0] != 0 && window.storePane().tree().isSettled());
            report("complete (vectors read, tree rebuilt), since the open", ms(t0), stalls);
            System.out.println("bench-gui: vectors in after " + (completeAt[0] - t0) / 1_000_000 + " ms; status bar: "
                    + onGet(() -> ((javafx.scene.control.Label) window.storePane().getScene().lookup("#statusSummary")).getText()));
            expand("expand default__vector_store.json (100,000: first page)", stalls, "default__vector_store.json");
            long t6 = System.nanoTime();
            on(() -> window.storePane().tree().getSelectionModel().select(live("default__vector_store.json").getChildren().get(0)));
            waitFor(() -> window.editorPane().shown().map(v -> v.title().length() > 0 && !v.title().startsWith("default__vector_store.json")).orElse(false));
            settle();
            report("select its first vector → editor", ms(t6), stalls);
            for (String q : List.of("metadata.file_name=004242.txt", "zebra-nonexistent-term")) {
                long t5 = System.nanoTime();
                on(() -> window.storePane().searchField().setText(q));
                waitFor(() -> window.storePane().results().isDone() && ((javafx.scene.control.Label) window.storePane().lookup("#searchStatus")).getText().contains("hit"));
                report("search " + q + " (" + onGet(() -> window.storePane().results().getItems().size()) + " hits)", ms(t5), stalls);
            }
            waitFor(() -> !window.problems().isChecking() && window.problems().checkedRevision() >= 0);
            report("check on open done (" + onGet(() -> window.problems().shown().size()) + " finding(s)), since the open", ms(t0), stalls);
            for (String line : stalls.stallSamples().subList(0, Math.min(12, stalls.stallSamples().size()))) System.out.println("bench-gui: stalled in " + line);
            for (String stall : stalls.longStalls()) System.out.println("bench-gui: long stall " + stall);
            System.out.printf(Locale.ROOT, "bench-gui: usable_ms=%d worst_stall_ms=%d loadavg=%s (targets: usable <= 3000 ms, no stall over 200 ms)%n",
                    usable, stalls.worstStallMillis(), loadAverage());
        } finally {
            prefs.removeNode();
            Platform.exit();
        }
        System.exit(0);
    }

    /** The machine's 1-minute load average (other builds share these cores). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Waits for the FX thread to have run a pulse or two (layout and CSS of what a step changed). */
    static void settle() throws Exception {
        for (int k = 0; k < 3; k++) {
            Thread.sleep(40);
            on(() -> { });
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void report(String step, long ms, FxStallMonitor stalls) {
        System.out.printf(Locale.ROOT, "bench-gui: %-48s %6d ms   (worst FX stall in this step %d ms, so far %d ms)%n", step, ms,
                stalls.worstStallSinceLastMillis(), stalls.worstStallMillis());
    }

    /**
     * Expands the item at {@code path} (label prefixes below the root) and waits for its first page
     * in the live tree (the tree is built again when the vectors are in; it keeps what is open).
     */
    private static TreeItem<Object> expand(String step, FxStallMonitor stalls, String... path) throws Exception {
        long t0 = System.nanoTime();
        on(() -> {
            TreeItem<Object> c = live(path);
            c.setExpanded(true);
            window.storePane().tree().getSelectionModel().select(c);
        });
        waitFor(() -> live(path) instanceof StoreTreeItem s && s.isExpanded() && s.isLoaded() && !s.isLoading());
        report(step, ms(t0), stalls);
        return onGet(() -> live(path));
    }

    /** The item of the shown tree at {@code path}: at each level the first child whose label starts with the prefix. FX thread. */
    private static TreeItem<Object> live(String... path) {
        TreeItem<Object> item = window.storePane().tree().getRoot();
        for (String prefix : path) {
            TreeItem<Object> next = null;
            for (TreeItem<Object> c : item.getChildren()) {
                if (c.getValue() instanceof StoreNode n && n.label().startsWith(prefix)) {
                    next = c;
                    break;
                }
            }
            if (next == null) throw new IllegalStateException("no " + prefix + " under " + item.getValue());
            item = next;
        }
        return item;
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
