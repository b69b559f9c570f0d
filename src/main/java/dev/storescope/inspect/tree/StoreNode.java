package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;

import java.util.List;
import java.util.Optional;

/**
 * One item of the lazy store tree. Children are created only when asked for, a page at a time
 * ({@link #children(int, int)}); {@link #childCount()} comes from key indexes and never
 * materialises children. Labels are computed on first use from the one value they describe.
 * <p>
 * Two nodes are equal when their {@link #key()} is: the path of (kind, id) segments from the root.
 * A tree built again after an edit gives equal nodes for the same items, so the UI can restore
 * expansion and selection.
 */
public abstract class StoreNode {
    private final StoreNode parent;
    private final NodeKind kind;
    private final String id;
    private final String key;

    protected StoreNode(StoreNode parent, NodeKind kind, String id) {
        this.parent = parent;
        this.kind = kind;
        this.id = id;
        String seg = kind.name() + ":" + id.replace("\\", "\\\\").replace("/", "\\/");
        this.key = parent == null ? seg : parent.key + "/" + seg;
    }

    /** The parent, or null for the root. */
    public final StoreNode parent() {
        return parent;
    }

    public final NodeKind kind() {
        return kind;
    }

    /** The item's own id within its parent (a file name, a node id, a collection name, an index …). */
    public final String id() {
        return id;
    }

    /** Unique path of this node: equal keys mean the same item. */
    public final String key() {
        return key;
    }

    /** The text of the tree cell (includes the count for branches). */
    public abstract String label();

    /** Secondary text: size, type, dimension, norm, role …; empty when there is nothing to add. */
    public String detail() {
        return "";
    }

    /** What the editor shows and the actions act on; empty for groups. */
    public Optional<ValueRef> ref() {
        return Optional.empty();
    }

    /** True for items that never have children. */
    public boolean isLeaf() {
        return true;
    }

    /** Number of children, cheap. */
    public int childCount() {
        return 0;
    }

    /** Children {@code [from, from + max)} (fewer at the end), created now. */
    public List<StoreNode> children(int from, int max) {
        return List.of();
    }

    /** All children (only for small branches; prefer {@link #children(int, int)}). */
    public final List<StoreNode> children() {
        return children(0, childCount());
    }

    /** The position of a child with this id among the children, or -1. */
    public int indexOfChild(String childId) {
        return -1;
    }

    /** True for something missing or broken (a dangling id, a file that failed to load, a bad value). */
    public boolean problem() {
        return problemMessage().isPresent();
    }

    /** What is wrong, for a tooltip. */
    public Optional<String> problemMessage() {
        return Optional.empty();
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof StoreNode n && n.key.equals(key);
    }

    @Override
    public final int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        String d = detail();
        return label() + (d.isEmpty() ? "" : "  [" + d + "]");
    }
}
