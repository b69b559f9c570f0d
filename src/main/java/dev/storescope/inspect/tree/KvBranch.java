package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.kvstore.SimpleKVStore;

/** The KV view of a key-value file: collections → keys (label: key, detail: stored size). */
final class KvBranch {
    static final String RAW = "Raw collections";

    private KvBranch() {
    }

    static StoreNode rawCollections(TreeData data, StoreNode fileNode, String file) {
        return new Item(data, fileNode, NodeKind.GROUP, RAW, null,
                n -> Info.of(Text.counted(RAW, kv(data, file).collectionNames().size()), "the file as collection → key → value"),
                Children.keyed(() -> kv(data, file).collectionNames(), (p, c) -> collection(data, p, file, c)));
    }

    static SimpleKVStore kv(TreeData data, String file) {
        return data.ctx().kvStore(file).orElseThrow();
    }

    static StoreNode collection(TreeData data, StoreNode parent, String file, String collection) {
        return new Item(data, parent, NodeKind.COLLECTION, collection, null,
                n -> Info.of(Text.counted(collection, kv(data, file).size(collection)), "collection"),
                Children.keyed(() -> kv(data, file).keys(collection), () -> kv(data, file).size(collection), (p, k) -> entry(data, p, file, collection, k)));
    }

    static StoreNode entry(TreeData data, StoreNode parent, String file, String collection, String key) {
        return new Item(data, parent, NodeKind.KV_ENTRY, key, new ValueRef.KvEntry(file, collection, key),
                n -> {
                    var raw = kv(data, file).getRaw(key, collection);
                    if (raw == null) return Info.problem(key, "", "no such key");
                    int len = DocGroups.rawLength(raw);
                    return Info.of(key, len > 0 ? Text.bytes(len) : "changed");
                }, null);
    }
}
