package dev.storescope.inspect.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** How a branch finds its children: a small list built on demand, or a key list paged on demand. */
interface Children {
    int count(StoreNode parent);

    List<StoreNode> page(StoreNode parent, int from, int max);

    int indexOf(StoreNode parent, String id);

    /** Children made from a list of keys (the store's key index), one node per key, only for the page asked. */
    static Children keyed(Supplier<List<String>> keys, BiFunction<StoreNode, String, StoreNode> make) {
        return keyed(keys, () -> keys.get().size(), make);
    }

    /** As {@link #keyed(Supplier, BiFunction)}, with a cheaper count than listing the keys. */
    static Children keyed(Supplier<List<String>> keys, java.util.function.IntSupplier count, BiFunction<StoreNode, String, StoreNode> make) {
        return new Children() {
            @Override
            public int count(StoreNode parent) {
                return count.getAsInt();
            }

            @Override
            public List<StoreNode> page(StoreNode parent, int from, int max) {
                List<String> k = keys.get();
                int[] r = range(k.size(), from, max);
                List<StoreNode> out = new ArrayList<>(r[1] - r[0]);
                for (String key : k.subList(r[0], r[1])) out.add(make.apply(parent, key));
                return out;
            }

            @Override
            public int indexOf(StoreNode parent, String id) {
                return keys.get().indexOf(id);
            }
        };
    }

    /** A small list of children (groups of a file, files of the dir) built from the parent. */
    static Children fixed(Function<StoreNode, List<StoreNode>> make) {
        return new Children() {
            @Override
            public int count(StoreNode parent) {
                return make.apply(parent).size();
            }

            @Override
            public List<StoreNode> page(StoreNode parent, int from, int max) {
                List<StoreNode> a = make.apply(parent);
                int[] r = range(a.size(), from, max);
                return List.copyOf(a.subList(r[0], r[1]));
            }

            @Override
            public int indexOf(StoreNode parent, String id) {
                List<StoreNode> a = make.apply(parent);
                for (int i = 0; i < a.size(); i++) if (a.get(i).id().equals(id)) return i;
                return -1;
            }
        };
    }

    private static int[] range(int size, int from, int max) {
        int start = Math.max(0, Math.min(from, size));
        int end = (int) Math.min(size, (long) start + Math.max(0, max));
        return new int[] {start, end};
    }
}
