package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The background reader of the model. Creates tree children off the FX thread: a page of a branch's children with their labels,
 * details and problem marks already computed (counting a branch of a 100k-node store can take
 * seconds), handed to the FX thread when ready.
 */
final class TreeLoader {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storescope-tree");
        t.setDaemon(true);
        return t;
    });

    /** What the user asked for (pages, values, details): run before the rest of a prefetch, in order. */
    private static final java.util.concurrent.ConcurrentLinkedQueue<Runnable> ASKED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A page of children and the branch's total child count. */
    record Page(List<StoreNode> children, int total) {
    }

    private TreeLoader() {
    }

    /** Loads {@code [from, from + max)} of {@code node}'s children in the background; {@code max < 0}: as many as the paging rule shows first. */
    static void load(StoreNode node, int from, int max, Consumer<Page> onFx, Consumer<RuntimeException> onError) {
        ask(() -> {
            try {
                Page p = page(node, from, max);
                Platform.runLater(() -> onFx.accept(p));
            } catch (RuntimeException | Error e) {
                RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException(e.toString(), e);
                Platform.runLater(() -> onError.accept(r));
            }
        });
    }

    /** The same, now, on the calling thread. */
    static Page page(StoreNode node, int from, int max) {
        int total = node.childCount();
        int n = max >= 0 ? max : total <= StoreTreeItem.ALL_AT_ONCE ? total : StoreTreeItem.PAGE;
        List<StoreNode> kids = node.children(from, n);
        for (StoreNode k : kids) warm(k);
        return new Page(kids, total);
    }

    /** Computes what a cell shows, so the FX thread finds it cached. */
    static void warm(StoreNode n) {
        n.label();
        n.detail();
        n.problem();
        n.isLeaf();
    }

    /**
     * Runs {@code task} on the one background reader (tree pages, values, node details and prefetch
     * share it: the model's stores are read by one thread at a time).
     */
    static void run(Runnable task) {
        ask(task);
    }

    /**
     * Runs a long read (the prefetch of a freshly opened dir) that gives way to what the user asks
     * for: {@code work} gets a check to call between its steps, which first runs the requests that
     * came in meanwhile (on this same thread, so the stores are still read by one thread at a time)
     * and then says whether to stop.
     */
    static void background(java.util.function.Consumer<java.util.function.BooleanSupplier> work, java.util.function.BooleanSupplier cancelled) {
        WORKER.submit(() -> {
            try {
                work.accept(() -> {
                    runAsked();
                    return cancelled.getAsBoolean();
                });
            } catch (RuntimeException | Error e) {
                System.err.println("StoreScope: background tree work failed: " + e);
            }
        });
    }

    private static void ask(Runnable task) {
        ASKED.add(task);
        WORKER.submit(TreeLoader::runAsked);
    }

    private static void runAsked() {
        for (Runnable r = ASKED.poll(); r != null; r = ASKED.poll()) {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                System.err.println("StoreScope: background tree work failed: " + e);
            }
        }
    }

    /** Runs {@code work} in the background and hands its result to the FX thread. */
    static <T> void submit(java.util.function.Supplier<T> work, Consumer<T> onFx) {
        ask(() -> {
            try {
                T r = work.get();
                Platform.runLater(() -> onFx.accept(r));
            } catch (RuntimeException | Error e) {
                System.err.println("StoreScope: background tree work failed: " + e);
                e.printStackTrace();
            }
        });
    }
}
