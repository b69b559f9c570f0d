package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one concrete tree node: its label, detail and problem are computed on first use (and again
 * after any store changed), its children come from a {@link Children} strategy.
 */
final class Item extends StoreNode {
    private final TreeData data;
    private final ValueRef ref;
    private final Function<Item, Info> info;
    private final Children children;
    private volatile Info cached;
    private volatile long cachedStamp = -1;

    Item(TreeData data, StoreNode parent, NodeKind kind, String id, ValueRef ref, Function<Item, Info> info, Children children) {
        super(parent, kind, id);
        this.data = data;
        this.ref = ref;
        this.info = info;
        this.children = children;
    }

    private Info info() {
        long stamp = data.stamp();
        Info i = cached;
        if (i == null || cachedStamp != stamp) {
            try {
                i = info.apply(this);
            } catch (RuntimeException e) {
                i = Info.problem(id(), "", "cannot be read: " + e.getMessage());
            }
            cached = i;
            cachedStamp = stamp;
        }
        return i;
    }

    @Override
    public String label() {
        return info().label();
    }

    @Override
    public String detail() {
        return info().detail();
    }

    @Override
    public Optional<ValueRef> ref() {
        return Optional.ofNullable(ref);
    }

    @Override
    public boolean isLeaf() {
        return children == null;
    }

    @Override
    public int childCount() {
        return children == null ? 0 : children.count(this);
    }

    @Override
    public List<StoreNode> children(int from, int max) {
        return children == null ? List.of() : children.page(this, from, max);
    }

    @Override
    public int indexOfChild(String childId) {
        return children == null ? -1 : children.indexOf(this, childId);
    }

    @Override
    public Optional<String> problemMessage() {
        return Optional.ofNullable(info().problem());
    }
}
