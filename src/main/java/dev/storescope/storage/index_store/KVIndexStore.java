package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonPath;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.kvstore.BaseKVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LlamaIndex's {@code KVIndexStore}: structs in collection {@code <namespace><suffix>} (default
 * {@code index_store/data}) of any {@link BaseKVStore}, keyed by {@code index_id} (spec §5.1).
 * Structs written by LlamaIndex.TS (collection {@code docstore/data}) are available read-only
 * through {@link #tsIndexStructs()}.
 */
public class KVIndexStore implements BaseIndexStore {
    public static final String DEFAULT_NAMESPACE = "index_store";
    public static final String DEFAULT_COLLECTION_SUFFIX = "/data";

    private final BaseKVStore kvstore;
    private final String collection;

    public KVIndexStore(BaseKVStore kvstore) {
        this(kvstore, null, null);
    }

    public KVIndexStore(BaseKVStore kvstore, String namespace) {
        this(kvstore, namespace, null);
    }

    /** A null or empty namespace/suffix means the default, as Python's {@code or}. */
    public KVIndexStore(BaseKVStore kvstore, String namespace, String collectionSuffix) {
        this.kvstore = Objects.requireNonNull(kvstore, "kvstore");
        String ns = namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
        String suffix = collectionSuffix == null || collectionSuffix.isEmpty() ? DEFAULT_COLLECTION_SUFFIX : collectionSuffix;
        this.collection = ns + suffix;
    }

    public BaseKVStore kvstore() {
        return kvstore;
    }

    /** The collection name, e.g. {@code index_store/data}. */
    public String collection() {
        return collection;
    }

    @Override
    public void addIndexStruct(IndexStruct indexStruct) {
        String key = indexStruct.indexId();
        if (key == null) throw new IllegalArgumentException("the index struct has no index_id: " + indexStruct);
        kvstore.put(key, indexStruct.toJson(), collection);
    }

    @Override
    public void deleteIndexStruct(String key) {
        kvstore.delete(key, collection);
    }

    @Override
    public IndexStruct getIndexStruct(String structId) {
        if (structId == null) return getIndexStruct();
        JsonObject json = kvstore.get(structId, collection);
        return json == null ? null : IndexStruct.fromJson(json, label(structId));
    }

    @Override
    public IndexStruct getIndexStruct() {
        List<IndexStruct> structs = indexStructs();
        if (structs.isEmpty()) throw new NotFoundException(NO_INDEX_MESSAGE);
        if (structs.size() > 1) {
            List<String> ids = new ArrayList<>();
            for (IndexStruct s : structs) ids.add(s.indexId());
            throw new AmbiguousIndexException(ids);
        }
        return structs.get(0);
    }

    @Override
    public List<IndexStruct> indexStructs() {
        List<IndexStruct> out = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(collection).entrySet()) {
            out.add(IndexStruct.fromJson(e.getValue(), label(e.getKey())));
        }
        return out;
    }

    /** The keys of the struct collection in order (no struct is decoded). */
    public List<String> indexIds() {
        return new ArrayList<>(kvstore.getAll(collection).keySet());
    }

    /** LlamaIndex.TS structs of the same KV store ({@code docstore/data} records without a Python envelope). */
    public List<TsIndexStruct> tsIndexStructs() {
        List<TsIndexStruct> out = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(TsIndexStruct.COLLECTION).entrySet()) {
            if (TsIndexStruct.isTsStruct(e.getValue())) out.add(new TsIndexStruct(e.getKey(), e.getValue()));
        }
        return out;
    }

    private String label(String key) {
        return JsonPath.key(JsonPath.key(JsonPath.ROOT, collection), key);
    }
}
