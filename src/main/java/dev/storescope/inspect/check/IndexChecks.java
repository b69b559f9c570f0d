package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonShapeException;
import dev.storescope.storage.index_store.GenericIndexStruct;
import dev.storescope.storage.index_store.IndexDict;
import dev.storescope.storage.index_store.IndexDocumentSummary;
import dev.storescope.storage.index_store.IndexGraph;
import dev.storescope.storage.index_store.IndexLPG;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.storage.index_store.IndexStructType;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.index_store.TypedIndexStruct;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Index store checks (spec §5, §11.2 X1, X2, X8 – X11) and the {@link IndexFacts} the vector checks use. */
final class IndexChecks {
    static final String FILE = "index_store.json";

    private IndexChecks() {
    }

    static Location at(SimpleIndexStore idx, String key) {
        return Location.kv(FILE, idx.collection(), key, new ValueRef.IndexStruct(key));
    }

    /** Decodes every struct (reporting the ones that do not decode) and checks each. */
    static IndexFacts run(CheckContext cx) {
        SimpleIndexStore idx;
        try {
            idx = cx.storage.indexStore().orElse(null);
        } catch (RuntimeException e) {
            return IndexFacts.NONE;
        }
        if (idx == null) return IndexFacts.NONE;
        SimpleKVStore kv = idx.simpleKVStore();
        List<IndexFacts.Keyed> structs = new ArrayList<>();
        Map<String, List<String>> vectorIds = new LinkedHashMap<>();
        boolean known = true;
        boolean lpg = false;
        for (String key : kv.keys(idx.collection())) {
            Location loc = at(idx, key);
            IndexStruct s;
            try {
                JsonValue v = kv.getRaw(key, idx.collection()).resolve();
                if (!(v instanceof JsonObject o)) throw new JsonShapeException("the record is a JSON " + v.kind() + ", not an object");
                s = IndexStruct.fromJson(o, loc.path());
                s.data();
            } catch (JsonSyntaxException | JsonShapeException e) {
                cx.out.add(CheckId.INDEX_UNDECODABLE, loc.below("[\"__data__\"]"), "the struct cannot be decoded: load_index_from_storage raises "
                        + "(json.decoder.JSONDecodeError or KeyError): " + e.getMessage());
                known = false;
                continue;
            }
            structs.add(new IndexFacts.Keyed(key, s));
            String id = s.indexId();
            if (!key.equals(id)) {
                cx.out.add(CheckId.INDEX_KEY_ID_MISMATCH, loc.below("[\"__data__\"]"), "stored under key " + DocstorePass.quote(key) + " but its index_id is "
                        + DocstorePass.quote(id) + ": load_indices_from_storage looks the struct up by its index_id and raises ValueError: Failed to load index with ID " + id);
            }
            if (!s.isLoadableByCore()) {
                cx.out.add(CheckId.INDEX_UNLOADABLE_TYPE, loc.below("[\"__type__\"]"), "__type__ " + DocstorePass.quote(s.type())
                        + (s.isKnownType() ? " has no index struct class in llama-index-core" : " is no IndexStructType")
                        + ": load_index_from_storage raises KeyError: " + DocstorePass.quote(s.type()));
            }
            TypedIndexStruct view = s.view();
            if (view instanceof GenericIndexStruct) known = false;
            if (view instanceof IndexLPG) {
                lpg = true;
                known = false;
            }
            if (view instanceof IndexDict d && s.structType() != null) vectorIds.put(key, new ArrayList<>(d.nodesDict().keySet()));
            if (view instanceof IndexDocumentSummary d) {
                vectorIds.put(key, new ArrayList<>(d.summaryIds()));
                summaryMaps(cx, loc, d);
            }
            if (view instanceof IndexGraph g) tree(cx, loc, g);
            danglingNodes(cx, loc, view);
        }
        if (structs.size() > 1) {
            List<String> ids = new ArrayList<>();
            for (IndexFacts.Keyed k : structs) ids.add(k.key());
            cx.out.add(CheckId.INDEX_SEVERAL_STRUCTS, Location.kv(FILE, idx.collection(), null, new ValueRef.File(FILE)).below(""),
                    structs.size() + " index structs (" + String.join(", ", ids) + "): load_index_from_storage without index_id raises "
                            + "ValueError: Expected to load a single index, but got " + structs.size() + " instead. Pass index_id=… or use load_indices_from_storage");
        }
        IndexFacts facts = new IndexFacts(structs, vectorIds, known, lpg);
        nodesWithoutVectors(cx, idx, facts);
        return facts;
    }

    private static void danglingNodes(CheckContext cx, Location loc, TypedIndexStruct view) {
        if (!cx.docstoreHoldsText()) return;
        List<String> ids;
        try {
            ids = view.nodeIds();
        } catch (RuntimeException e) {
            return;
        }
        String kind = view instanceof IndexDict ? "nodes_dict" : view.getClass().getSimpleName();
        for (String id : ids) {
            if (cx.hasNode(id)) continue;
            cx.out.add(CheckId.INDEX_DANGLING_NODE, loc.below("[\"__data__\"]"), id, kind + " names node " + DocstorePass.quote(id)
                    + ", which docstore/data does not hold: a query that retrieves it raises ValueError: doc_id " + id + " not found.");
        }
    }

    private static void nodesWithoutVectors(CheckContext cx, SimpleIndexStore idx, IndexFacts facts) {
        for (IndexFacts.Keyed k : facts.structs()) {
            IndexStructType t = k.struct().structType();
            if (t != IndexStructType.VECTOR_STORE && t != IndexStructType.MULTIMODAL_VECTOR_STORE) continue;
            SimpleVectorStore text = cx.storage.vectorStore("default").orElse(null);
            if (text == null) continue;
            SimpleVectorStore image = cx.storage.vectorStore("image").orElse(null);
            Map<String, ?> have = text.rawEntries(SimpleVectorStore.Member.EMBEDDINGS);
            Map<String, ?> haveImage = image == null ? Map.of() : image.rawEntries(SimpleVectorStore.Member.EMBEDDINGS);
            for (String vid : facts.vectorIds().getOrDefault(k.key(), List.of())) {
                if (have.containsKey(vid) || haveImage.containsKey(vid)) continue;
                cx.out.add(CheckId.INDEX_NODE_WITHOUT_VECTOR, at(idx, k.key()).below("[\"__data__\"]"), vid, "nodes_dict maps " + DocstorePass.quote(vid)
                        + " but the vector store holds no embedding for it: the node can never be retrieved, and delete_ref_doc on its document raises KeyError: "
                        + DocstorePass.quote(vid));
            }
        }
    }

    private static void tree(CheckContext cx, Location loc, IndexGraph g) {
        Map<Integer, String> all = g.allNodes();
        Set<String> allIds = new HashSet<>(all.values());
        for (Map.Entry<Integer, String> r : g.rootNodes().entrySet()) {
            if (!r.getValue().equals(all.get(r.getKey()))) {
                cx.out.add(CheckId.INDEX_TREE_INCONSISTENT, loc.below("[\"__data__\"]"), "root_nodes[" + r.getKey() + "] = " + DocstorePass.quote(r.getValue())
                        + " is not all_nodes[" + r.getKey() + "]: TreeIndex retrieval starts from a node the tree does not hold (KeyError)");
            }
        }
        for (Map.Entry<String, List<String>> c : g.nodeIdToChildrenIds().entrySet()) {
            for (String child : c.getValue()) {
                if (!allIds.contains(child)) {
                    cx.out.add(CheckId.INDEX_TREE_INCONSISTENT, loc.below("[\"__data__\"]"), "child " + DocstorePass.quote(child) + " of " + DocstorePass.quote(c.getKey())
                            + " is not in all_nodes: tree traversal raises KeyError when it descends to it");
                }
            }
        }
    }

    private static void summaryMaps(CheckContext cx, Location loc, IndexDocumentSummary d) {
        Map<String, List<String>> s2n = d.summaryIdToNodeIds();
        Map<String, String> n2s = d.nodeIdToSummaryId();
        for (Map.Entry<String, List<String>> e : s2n.entrySet()) {
            for (String n : e.getValue()) {
                if (!e.getKey().equals(n2s.get(n))) {
                    cx.out.add(CheckId.INDEX_SUMMARY_INCONSISTENT, loc.below("[\"__data__\"]"), "summary " + DocstorePass.quote(e.getKey()) + " lists node "
                            + DocstorePass.quote(n) + " but node_id_to_summary_id maps it to " + DocstorePass.quote(n2s.get(n))
                            + ": delete_nodes / delete_ref_doc raise KeyError on it");
                }
            }
        }
        for (Map.Entry<String, String> e : n2s.entrySet()) {
            if (!s2n.containsKey(e.getValue())) {
                cx.out.add(CheckId.INDEX_SUMMARY_INCONSISTENT, loc.below("[\"__data__\"]"), "node_id_to_summary_id maps " + DocstorePass.quote(e.getKey())
                        + " to summary " + DocstorePass.quote(e.getValue()) + ", which summary_id_to_node_ids does not hold: deleting the node raises KeyError");
            }
        }
        for (Map.Entry<String, String> e : d.docIdToSummaryId().entrySet()) {
            if (!s2n.containsKey(e.getValue())) {
                cx.out.add(CheckId.INDEX_SUMMARY_INCONSISTENT, loc.below("[\"__data__\"]"), "doc_id_to_summary_id maps document " + DocstorePass.quote(e.getKey())
                        + " to summary " + DocstorePass.quote(e.getValue()) + ", which summary_id_to_node_ids does not hold: delete_ref_doc raises KeyError");
            }
        }
    }
}
