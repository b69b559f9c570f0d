package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.inspect.tree.StoreTree;
import dev.storescope.storage.StorageContext;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The store tree: lazy items over {@link StoreTree}, paged big branches, selection reported to the
 * editor. After an edit the tree is built again and expansion and selection come back (nodes with
 * equal keys are the same item).
 */
final class StoreTreeView extends TreeView<Object> {
    private StoreTree model;
    private Runnable onEnter = () -> { };

    StoreTreeView(Consumer<StoreNode> onSelect, Predicate<StoreNode> isUnsaved, java.util.function.Function<StoreNode, String> checkerProblem) {
        setId("storeTree");
        setShowRoot(true);
        setCellFactory(t -> new StoreTreeCell(isUnsaved, checkerProblem));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof StoreNode n) onSelect.accept(n);
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) loadMoreIfSelected();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (!loadMoreIfSelected()) onEnter.run();
                e.consume();
            }
        });
    }

    void setOnEnter(Runnable r) {
        onEnter = r;
    }

    Optional<StoreTree> model() {
        return Optional.ofNullable(model);
    }

    /** Shows a newly opened dir: root expanded, nothing selected. */
    void show(StorageContext ctx) {
        model = StoreTree.of(ctx);
        rebuilt = ++rebuilds;
        StoreTreeItem root = new StoreTreeItem(model.root());
        setRoot(root);
        root.setExpanded(true);
        prefetchCancel.set(true);
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        prefetchCancel = cancel;
        StoreTree m = model;
        TreeLoader.background(m::prefetch, cancel::get); // what the user expands meanwhile goes first
    }

    /** Stops the background prefetch of the shown dir (another dir is opened). */
    private java.util.concurrent.atomic.AtomicBoolean prefetchCancel = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Builds the tree again from the (changed) context, keeping expansion, loaded pages and
     * selection. The new items and their labels are prepared in the background; the old tree
     * stays until they are ready.
     */
    void rebuild() {
        if (model != null) rebuild(model.context());
    }

    /**
     * As {@link #rebuild()}, from {@code ctx}: the open dir's context after an edit, or the
     * complete context that took the place of the partial one shown (its big files read).
     */
    void rebuild(StorageContext ctx) {
        if (model == null || getRoot() == null) return;
        Map<String, Integer> expanded = new HashMap<>();
        collectExpanded(getRoot(), expanded);
        StoreTree next = StoreTree.of(ctx);
        long gen = ++rebuilds;
        TreeLoader.submit(() -> prepare(next.root(), expanded), prepared -> {
            if (gen != rebuilds) return;
            // what the user opened, closed or selected while the new items were prepared counts, not what was when it began
            Map<String, Integer> now = new HashMap<>();
            collectExpanded(getRoot(), now);
            Object sel = getSelectionModel().getSelectedItem() == null ? null : getSelectionModel().getSelectedItem().getValue();
            String selKey = sel instanceof StoreNode n ? n.key() : null;
            int selRow = getSelectionModel().getSelectedIndex();
            model = next;
            StoreTreeItem root = new StoreTreeItem(next.root());
            restore(root, prepared, now);
            setRoot(root);
            if (selKey != null) {
                TreeItem<Object> again = find(root, selKey);
                if (again != null) getSelectionModel().select(again);
                else if (selRow >= 0) getSelectionModel().select(Math.min(selRow, getExpandedItemCount() - 1));
            }
            rebuilt = gen;
        });
    }

    private long rebuilds;
    private long rebuilt;

    /** True when the last rebuild is shown (tests and the benchmark wait for it). */
    boolean isSettled() {
        return rebuilt == rebuilds;
    }

    private static Map<String, TreeLoader.Page> prepare(StoreNode root, Map<String, Integer> expanded) {
        Map<String, TreeLoader.Page> out = new HashMap<>();
        TreeLoader.warm(root);
        prepare(root, expanded, out);
        return out;
    }

    private static void prepare(StoreNode n, Map<String, Integer> expanded, Map<String, TreeLoader.Page> out) {
        Integer loaded = expanded.get(n.key());
        if (loaded == null || n.isLeaf()) return;
        int total = n.childCount();
        int first = total <= StoreTreeItem.ALL_AT_ONCE ? total : StoreTreeItem.PAGE;
        TreeLoader.Page p = TreeLoader.page(n, 0, Math.min(total, Math.max(first, loaded)));
        out.put(n.key(), p);
        for (StoreNode c : p.children()) prepare(c, expanded, out);
    }

    private static void collectExpanded(TreeItem<Object> item, Map<String, Integer> out) {
        if (!(item instanceof StoreTreeItem s) || !s.isExpanded()) return;
        out.put(s.node().key(), s.isLoaded() ? s.countLoaded() : 0); // expanded while its first page loads: it comes back loaded
        if (!s.isLoaded()) return;
        for (TreeItem<Object> c : s.getChildren()) collectExpanded(c, out);
    }

    /** Expands what is expanded {@code now}: with its prepared children, or (expanded since) loading them as an expand does. */
    private static void restore(StoreTreeItem item, Map<String, TreeLoader.Page> prepared, Map<String, Integer> now) {
        if (!now.containsKey(item.node().key())) return;
        TreeLoader.Page p = prepared.get(item.node().key());
        if (p == null) {
            item.setExpanded(true);
            return;
        }
        item.setLoaded(p);
        item.setExpanded(true);
        for (TreeItem<Object> c : item.getChildren()) if (c instanceof StoreTreeItem s) restore(s, prepared, now);
    }

    private static TreeItem<Object> find(TreeItem<Object> item, String key) {
        if (item.getValue() instanceof StoreNode n && n.key().equals(key)) return item;
        if (item instanceof StoreTreeItem s && !s.isLoaded()) return null;
        for (TreeItem<Object> c : item.getChildren()) {
            TreeItem<Object> f = find(c, key);
            if (f != null) return f;
        }
        return null;
    }

    /** Expands the path to {@code ref}, selects it and scrolls to it; false when the tree has no such item. */
    boolean select(ValueRef ref) {
        if (model == null) return false;
        Optional<List<StoreNode>> path = model.pathTo(ref);
        if (path.isEmpty()) return false;
        return select(path.get());
    }

    /** Selects the item at this path (root first). */
    boolean select(List<StoreNode> path) {
        TreeItem<Object> item = getRoot();
        if (item == null || path.isEmpty()) return false;
        for (StoreNode step : path.subList(1, path.size())) {
            if (!(item instanceof StoreTreeItem s)) return false;
            int idx = s.node().indexOfChild(step.id());
            TreeItem<Object> next = idx >= 0 ? s.childAt(idx) : null;
            if (next == null) return false;
            s.setExpanded(true);
            item = next;
        }
        getSelectionModel().select(item);
        int row = getRow(item);
        if (row >= 0) scrollTo(Math.max(0, row - 3));
        return true;
    }

    /** The selected store node, if a store node (not a "show next" item) is selected. */
    Optional<StoreNode> selectedNode() {
        TreeItem<Object> s = getSelectionModel().getSelectedItem();
        return s != null && s.getValue() instanceof StoreNode n ? Optional.of(n) : Optional.empty();
    }

    private boolean loadMoreIfSelected() {
        TreeItem<Object> s = getSelectionModel().getSelectedItem();
        if (s == null || !(s.getValue() instanceof MorePage) || !(s.getParent() instanceof StoreTreeItem p)) return false;
        p.loadMore(s, first -> getSelectionModel().select(first));
        return true;
    }
}
