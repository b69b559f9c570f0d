package dev.storescope.inspect.tree;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The document store's records sorted into the tree's groups: ref docs (from
 * {@code ref_doc_info}), Documents stored as records in {@code data} that no ref doc lists as a
 * node, and nodes without a ref doc. Node ids come from parsing the small ref_doc_info records; the
 * big data records are only sniffed for their {@code __type__}.
 */
record DocGroups(List<String> refDocs, Set<String> covered, List<String> documents, List<String> orphans) {
    static final String DATA = "docstore/data";
    static final String REF_DOC_INFO = "docstore/ref_doc_info";
    static final String METADATA = "docstore/metadata";

    static DocGroups of(TreeData data, SimpleKVStore kv) {
        List<String> refDocs = kv.keys(REF_DOC_INFO);
        Set<String> covered = new HashSet<>();
        for (List<String> ids : nodeIdsOfAll(data, kv, refDocs)) covered.addAll(ids);
        Set<String> refDocSet = new HashSet<>(refDocs);
        List<String> documents = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        for (String id : kv.keys(DATA)) {
            if (covered.contains(id)) continue;
            if (refDocSet.contains(id) || isDocument(TypeSniffer.typeCode(kv.getRaw(id, DATA)))) documents.add(id);
            else orphans.add(id);
        }
        return new DocGroups(refDocs, covered, documents, orphans);
    }

    /** The node ids of each ref doc record, parsed in parallel once per stored record. */
    private static List<List<String>> nodeIdsOfAll(TreeData data, SimpleKVStore kv, List<String> refDocs) {
        kv.size(REF_DOC_INFO); // builds the key index before threads read it
        return refDocs.parallelStream().map(r -> nodeIds(data, kv, r)).toList();
    }

    /** The node ids a ref_doc_info record lists (parsed once per stored record). */
    static List<String> nodeIds(TreeData data, SimpleKVStore kv, String refDocId) {
        JsonValue raw = kv.getRaw(refDocId, REF_DOC_INFO);
        if (raw == null) return List.of();
        return data.derived(raw, "refDocNodeIds", v -> {
            JsonValue r = v.resolve();
            if (!(r instanceof JsonObject o)) return List.<String>of();
            if (!o.has("node_ids") && !o.has("doc_ids") && o.get("nodeIds") instanceof dev.storescope.json.JsonArray a) return a.strings(); // LlamaIndex.TS
            return RefDocInfo.fromJson(o).nodeIds();
        });
    }

    static boolean isDocument(String typeCode) {
        return "4".equals(typeCode) || "Document".equals(typeCode) || "DOCUMENT".equals(typeCode);
    }

    /** Where a data record sits: the ref doc listing it, or null. */
    static String refDocOf(TreeData data, SimpleKVStore kv, String nodeId) {
        JsonObject md = kv.get(nodeId, METADATA);
        String r = md == null ? null : md.getString("ref_doc_id");
        if (r != null && nodeIds(data, kv, r).contains(nodeId)) return r;
        return null;
    }

    /** A value's byte length as stored (0 for a value made in memory). */
    static int rawLength(JsonValue v) {
        return v instanceof RawJson r ? r.length() : 0;
    }
}
