package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;

/**
 * A tree item over a {@link StoreNode}: its children are created only when it is first expanded,
 * in the background ({@link TreeLoader}; a "loading…" item shows meanwhile); a branch with more than
 * {@link #ALL_AT_ONCE} children shows them {@link #PAGE} at a time, with a {@link MorePage} item at
 * the end.
 */
final class StoreTreeItem extends TreeItem<Object> {
    static final int PAGE = 1_000;
    static final int ALL_AT_ONCE = 5_000;
    /** The placeholder value while a page loads. */
    static final String LOADING = "loading…";
    private final StoreNode node;
    private boolean loaded;
    private int epoch;

    StoreTreeItem(StoreNode node) {
        super(node);
        this.node = node;
        expandedProperty().addListener((o, was, now) -> {
            if (now) ensureLoaded();
        });
    }

    StoreNode node() {
        return node;
    }

    @Override
    public boolean isLeaf() {
        return node.isLeaf();
    }

    boolean isLoaded() {
        return loaded;
    }

    /** True while a page is being loaded in the background. */
    boolean isLoading() {
        for (TreeItem<Object> c : getChildren()) if (c.getValue() == LOADING) return true;
        return false;
    }

    /** Starts loading the first page of children (once). */
    void ensureLoaded() {
        if (loaded || node.isLeaf()) return;
        loaded = true;
        TreeItem<Object> placeholder = new TreeItem<>(LOADING);
        getChildren().setAll(List.of(placeholder));
        int e = ++epoch;
        TreeLoader.load(node, 0, -1, p -> {
            if (e == epoch) replace(placeholder, p, 0);
        }, err -> {
            if (e == epoch) placeholder.setValue("cannot list: " + err.getMessage());
        });
    }

    /** Uses children loaded elsewhere (a rebuild after an edit prepares them in the background). */
    void setLoaded(TreeLoader.Page page) {
        loaded = true;
        epoch++;
        getChildren().setAll(items(page, 0));
    }

    /** Replaces the {@code more} item with the next page (in the background). */
    void loadMore(TreeItem<Object> more) {
        loadMore(more, first -> { });
    }

    /** As {@link #loadMore(TreeItem)}; {@code then} gets the first item of the new page. */
    void loadMore(TreeItem<Object> more, java.util.function.Consumer<TreeItem<Object>> then) {
        if (!(more.getValue() instanceof MorePage m)) return;
        more.setValue(LOADING);
        int e = epoch;
        TreeLoader.load(node, m.from(), PAGE, p -> {
            if (e != epoch) return;
            int idx = getChildren().indexOf(more);
            replace(more, p, m.from());
            if (idx >= 0 && idx < getChildren().size()) then.accept(getChildren().get(idx));
        }, err -> more.setValue("cannot list: " + err.getMessage()));
    }

    private void replace(TreeItem<Object> placeholder, TreeLoader.Page p, int from) {
        int idx = getChildren().indexOf(placeholder);
        if (idx < 0) return;
        List<TreeItem<Object>> next = items(p, from);
        getChildren().remove(idx);
        getChildren().addAll(idx, next);
    }

    /** Loads pages now (on this thread) until the child at {@code index} exists; returns it (for selecting a ref). */
    TreeItem<Object> childAt(int index) {
        if (!loaded || isLoading()) setLoaded(TreeLoader.page(node, 0, -1));
        while (index >= countLoaded()) {
            TreeItem<Object> last = getChildren().get(getChildren().size() - 1);
            if (!(last.getValue() instanceof MorePage m)) break;
            List<TreeItem<Object>> next = items(TreeLoader.page(node, m.from(), PAGE), m.from());
            getChildren().remove(getChildren().size() - 1);
            getChildren().addAll(next);
        }
        return index < countLoaded() ? getChildren().get(index) : null;
    }

    /** The number of store nodes among the children (without "show next" and "loading…" items). */
    int countLoaded() {
        int n = 0;
        for (TreeItem<Object> c : getChildren()) if (c.getValue() instanceof StoreNode) n++;
        return n;
    }

    private List<TreeItem<Object>> items(TreeLoader.Page p, int from) {
        List<TreeItem<Object>> items = new ArrayList<>(p.children().size() + 1);
        for (StoreNode k : p.children()) items.add(new StoreTreeItem(k));
        int end = from + p.children().size();
        if (end < p.total() && !p.children().isEmpty()) items.add(new TreeItem<>(new MorePage(node, end, p.total())));
        return items;
    }
}
