package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;

/**
 * A tree item over a {@link StoreNode}: its children are created only when it is first expanded;
 * a branch with more than {@link #ALL_AT_ONCE} children shows them {@link #PAGE} at a time, with a
 * {@link MorePage} item at the end.
 */
final class StoreTreeItem extends TreeItem<Object> {
    static final int PAGE = 1_000;
    static final int ALL_AT_ONCE = 5_000;
    private final StoreNode node;
    private boolean loaded;

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

    /** Creates the first page of children (once). */
    void ensureLoaded() {
        if (loaded || node.isLeaf()) return;
        loaded = true;
        int total = node.childCount();
        getChildren().setAll(page(0, total <= ALL_AT_ONCE ? total : PAGE, total));
    }

    /** Replaces the {@code more} item with the next page. */
    void loadMore(TreeItem<Object> more) {
        if (!(more.getValue() instanceof MorePage m)) return;
        int idx = getChildren().indexOf(more);
        if (idx < 0) return;
        List<TreeItem<Object>> next = page(m.from(), PAGE, m.total());
        getChildren().remove(idx);
        getChildren().addAll(idx, next);
    }

    /** Loads pages until the child at {@code index} exists; returns it. */
    TreeItem<Object> childAt(int index) {
        ensureLoaded();
        while (index >= countLoaded()) {
            TreeItem<Object> last = getChildren().get(getChildren().size() - 1);
            if (!(last.getValue() instanceof MorePage)) break;
            loadMore(last);
        }
        return index < countLoaded() ? getChildren().get(index) : null;
    }

    private int countLoaded() {
        int n = getChildren().size();
        return n > 0 && getChildren().get(n - 1).getValue() instanceof MorePage ? n - 1 : n;
    }

    private List<TreeItem<Object>> page(int from, int max, int total) {
        List<StoreNode> kids = node.children(from, max);
        List<TreeItem<Object>> items = new ArrayList<>(kids.size() + 1);
        for (StoreNode k : kids) items.add(new StoreTreeItem(k));
        int end = from + kids.size();
        if (end < total && !kids.isEmpty()) items.add(new TreeItem<>(new MorePage(node, end, total)));
        return items;
    }
}
