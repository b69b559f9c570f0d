package dev.storescope.inspect;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.FileKind;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.List;

/** Guesses the writer and the LlamaIndex version range of a key-value file from a sample record (spec §10.1). */
final class EraGuess {
    private EraGuess() {
    }

    static String writer(FileKind kind, SimpleKVStore store) {
        JsonStyle s = store.style();
        if (s.equals(JsonStyle.PYTHON)) return "Python json.dump";
        if (s.equals(JsonStyle.COMPACT)) return kind == FileKind.TS_DOC_STORE || isTs(store) ? "LlamaIndex.TS (JSON.stringify)" : "compact JSON";
        return "reformatted (indent " + s.indent() + ")";
    }

    static boolean isTs(SimpleKVStore store) {
        return store.style().equals(JsonStyle.COMPACT) && store.hasCollection("docstore/data")
                && !store.hasCollection("index_store/data") && firstIsTsStruct(store);
    }

    private static boolean firstIsTsStruct(SimpleKVStore store) {
        List<String> keys = store.keys("docstore/data");
        if (keys.isEmpty()) return false;
        JsonObject o = store.get(keys.get(0), "docstore/data");
        return o.has("indexId") || o.get("__data__") instanceof dev.storescope.json.JsonString;
    }

    /** The era of a docstore from its first node record. */
    static String docstoreEra(SimpleKVStore store, String dataCollection) {
        List<String> keys = store.keys(dataCollection);
        if (keys.isEmpty()) return null;
        JsonObject env = store.get(keys.get(0), dataCollection);
        JsonValue d = env.get("__data__");
        if (!(d instanceof JsonObject data)) return d == null ? null : "LlamaIndex.TS (double-encoded nodes)";
        if (data.has("extra_info") || data.has("doc_id")) return "0.6.0 - 0.6.33 (legacy dataclass nodes)";
        if (data.has("text_resource") || data.has("metadata_separator")) return ">= 0.12.6 (current node layout)";
        if (data.has("class_name")) {
            return data.has("mimetype") ? "0.10.48 - 0.12.5 (pydantic nodes)" : data.has("hash") ? "0.9.0 - 0.9.34 (pydantic nodes, stored hash)" : "0.9.35 - 0.10.47 (pydantic nodes)";
        }
        return data.has("hash") ? "0.6.34 - 0.8.x (pydantic nodes, stored hash)" : "0.6.34 - 0.8.x (pydantic nodes)";
    }

    /** The era of an index store from its first record. */
    static String indexStoreEra(SimpleKVStore store, String collection) {
        List<String> keys = store.keys(collection);
        if (keys.isEmpty()) return null;
        JsonValue d = store.get(keys.get(0), collection).get("__data__");
        if (d instanceof JsonObject) return "0.6.0 - 0.6.15 (__data__ as object)";
        if (d != null) return ">= 0.6.16 (__data__ as JSON string)";
        return null;
    }
}
