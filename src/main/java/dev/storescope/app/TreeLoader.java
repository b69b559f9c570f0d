package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Creates tree children off the FX thread: a page of a branch's children with their labels,
 * details and problem marks already computed (counting a branch of a 100k-node store can take
 * seconds), handed to the FX thread when ready.
 */
final class TreeLoader {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storescope-tree");
        t.setDaemon(true);
        return t;
    });

    /** A page of children and the branch's total child count. */
    record Page(List<StoreNode> children, int total) {
    }

    private TreeLoader() {
    }

    /** Loads {@code [from, from + max)} of {@code node}'s children in the background; {@code max < 0}: as many as the paging rule shows first. */
    static void load(StoreNode node, int from, int max, Consumer<Page> onFx, Consumer<RuntimeException> onError) {
        WORKER.submit(() -> {
            try {
                Page p = page(node, from, max);
                Platform.runLater(() -> onFx.accept(p));
            } catch (RuntimeException e) {
                Platform.runLater(() -> onError.accept(e));
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

    /** Runs {@code work} in the background and hands its result to the FX thread. */
    static <T> void submit(java.util.function.Supplier<T> work, Consumer<T> onFx) {
        WORKER.submit(() -> {
            T r = work.get();
            Platform.runLater(() -> onFx.accept(r));
        });
    }
}
