package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.KVIndexStore;
import dev.storescope.storage.index_store.TsIndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The index store's branch: each struct (id, type, node count) → its node ids resolved to
 * document store nodes (MISSING when absent); LlamaIndex.TS structs too; then the raw collections.
 * A struct's {@code __data__} is decoded once per stored record and kept while the record is.
 */
final class IndexStoreBranch {
    static final String COLLECTION = KVIndexStore.DEFAULT_NAMESPACE + KVIndexStore.DEFAULT_COLLECTION_SUFFIX;

    private final TreeData data;
    private final String file;

    IndexStoreBranch(TreeData data, String file) {
        this.data = data;
        this.file = file;
    }

    private SimpleKVStore kv() {
        return data.ctx().kvStore(file).orElseThrow();
    }

    List<StoreNode> childrenOf(StoreNode fileNode) {
        List<StoreNode> out = new ArrayList<>();
        for (String id : kv().keys(COLLECTION)) out.add(struct(fileNode, id));
        for (String id : tsStructIds()) out.add(tsStruct(fileNode, id));
        out.add(KvBranch.rawCollections(data, fileNode, file));
        return out;
    }

    int structCount() {
        return kv().size(COLLECTION) + tsStructIds().size();
    }

    private List<String> tsStructIds() {
        if (!kv().hasCollection(TsIndexStruct.COLLECTION)) return List.of();
        return data.cached("tsstructs:" + file, () -> {
            List<String> ids = new ArrayList<>();
            for (String k : kv().keys(TsIndexStruct.COLLECTION)) {
                JsonObject o = kv().get(k, TsIndexStruct.COLLECTION);
                if (o != null && TsIndexStruct.isTsStruct(o)) ids.add(k);
            }
            return ids;
        });
    }

    /** The decoded struct of a stored record (decoded once per record). */
    IndexStruct decoded(String indexId) {
        JsonValue raw = kv().getRaw(indexId, COLLECTION);
        if (raw == null) return null;
        return data.derived(raw, "struct", v -> IndexStruct.fromJson(kv().get(indexId, COLLECTION), file + " " + COLLECTION + " " + indexId));
    }

    private List<String> nodeIds(String indexId) {
        JsonValue raw = kv().getRaw(indexId, COLLECTION);
        if (raw == null) return List.of();
        return data.derived(raw, "nodeIds", k -> decoded(indexId).nodeIds());
    }

    StoreNode struct(StoreNode parent, String indexId) {
        return new Item(data, parent, NodeKind.INDEX_STRUCT, indexId, new ValueRef.IndexStruct(indexId), n -> {
            IndexStruct s = decoded(indexId);
            if (s == null) return Info.problem(indexId, "", "no such index struct");
            int count = nodeIds(indexId).size();
            String type = s.type() + (s.isLoadableByCore() ? "" : " (core cannot load this type)");
            long missing = nodeIds(indexId).stream().filter(id -> !data.docExists(id)).count();
            String label = Text.counted(indexId + " · " + s.type(), count);
            String detail = type + ", " + Text.count(count) + " node(s)" + (missing > 0 ? ", " + Text.count(missing) + " missing from the docstore" : "");
            return missing > 0 && data.docFile() != null ? Info.problem(label, detail, Text.count(missing) + " node id(s) not in docstore/data") : Info.of(label, detail);
        }, Children.keyed(() -> nodeIds(indexId), (p, id) -> DocstoreBranch.docNode(data, p, id)));
    }

    StoreNode tsStruct(StoreNode parent, String key) {
        return new Item(data, parent, NodeKind.INDEX_STRUCT, key, new ValueRef.KvEntry(file, TsIndexStruct.COLLECTION, key), n -> {
            TsIndexStruct s = new TsIndexStruct(key, kv().get(key, TsIndexStruct.COLLECTION));
            return Info.of(Text.counted(key + " · " + s.type(), s.nodeCount()), s.type() + " (LlamaIndex.TS), " + Text.count(s.nodeCount()) + " node(s)");
        }, Children.keyed(() -> new TsIndexStruct(key, kv().get(key, TsIndexStruct.COLLECTION)).nodeIds(), (p, id) -> DocstoreBranch.docNode(data, p, id)));
    }
}
