package dev.storescope.inspect.check;

import dev.storescope.json.FastStrings;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.PersistFile;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.SimpleVectorStore.Member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Vector store checks (spec §6, §11.2 X3 – X7): one parallel byte scan of the embeddings, then key-set checks. */
final class VectorChecks {
    private VectorChecks() {
    }

    /** The checks of each store alone (embedding bytes, key sets). */
    static void runEmbeddings(CheckContext cx) {
        for (PersistFile f : cx.storage.files()) {
            SimpleVectorStore v = cx.storage.vectorStoreFile(f.name()).orElse(null);
            if (v == null) continue;
            String ns = f.namespace() == null ? "default" : f.namespace();
            embeddings(cx, f.name(), ns, v);
            keySets(cx, f.name(), ns, v);
        }
    }

    /** The checks against the docstore and the index store. */
    static void runCross(CheckContext cx, IndexFacts index) {
        for (PersistFile f : cx.storage.files()) {
            SimpleVectorStore v = cx.storage.vectorStoreFile(f.name()).orElse(null);
            if (v == null) continue;
            String ns = f.namespace() == null ? "default" : f.namespace();
            refDocIds(cx, f.name(), ns, v);
            VectorMetadataCheck.run(cx, f.name(), ns, v);
            orphans(cx, f.name(), ns, v, index);
        }
    }

    static Location at(String file, String ns, SimpleVectorStore v, Member m, String id) {
        return Location.kv(file, v.memberName(m), id, new ValueRef.Vector(ns, id));
    }

    private static void embeddings(CheckContext cx, String file, String ns, SimpleVectorStore v) {
        Map<String, JsonValue> raw = v.rawEntries(Member.EMBEDDINGS);
        List<String> ids = new ArrayList<>(raw.keySet());
        List<JsonValue> values = new ArrayList<>(raw.values());
        EmbeddingScan[] scans = new EmbeddingScan[ids.size()];
        IntStream.range(0, ids.size()).parallel().forEach(i -> scans[i] = EmbeddingScan.of(values.get(i)));
        Map<Integer, Integer> dims = new HashMap<>();
        for (EmbeddingScan s : scans) if (s.dimension() >= 0) dims.merge(s.dimension(), 1, Integer::sum);
        int common = dims.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        for (int i = 0; i < scans.length; i++) {
            EmbeddingScan s = scans[i];
            Location loc = at(file, ns, v, Member.EMBEDDINGS, ids.get(i));
            if (s.dimension() < 0) {
                cx.out.add(CheckId.VECTOR_NOT_ARRAY, loc, "the embedding is not a flat array of numbers: the first query raises while building the matrix");
                continue;
            }
            if (s.dimension() != common) {
                cx.out.add(CheckId.VECTOR_MIXED_DIMENSIONS, loc, "the embedding has " + s.dimension() + " values, most of the store has " + common
                        + ": every query raises ValueError (shapes not aligned) in numpy's dot product");
            }
            if (s.nonFinite()) {
                cx.out.add(CheckId.VECTOR_NON_FINITE, loc, "the embedding holds NaN, Infinity or null: its similarity is nan, which breaks top-k ranking "
                        + "(and LlamaIndex.TS writes NaN as null, which Python cannot multiply)");
            } else if (s.zero()) {
                cx.out.add(CheckId.VECTOR_ZERO, loc, "the embedding is all zeros: cosine similarity divides by a zero norm (nan), so the node ranks arbitrarily; "
                        + "re-embed the node");
            }
        }
    }

    private static void keySets(CheckContext cx, String file, String ns, SimpleVectorStore v) {
        Map<String, JsonValue> emb = v.rawEntries(Member.EMBEDDINGS);
        if (v.hasLegacyDocIdKey()) {
            cx.out.add(CheckId.VECTOR_LEGACY_DOC_ID_KEY, Location.kv(file, "text_id_to_doc_id", null, new ValueRef.File(file)),
                    "the store keeps ref doc ids under the legacy key text_id_to_doc_id (0.6.0 – 0.6.17), which current LlamaIndex ignores: "
                            + "delete_ref_doc deletes no vector");
        }
        Map<String, JsonValue> refs = v.rawEntries(Member.REF_DOC_IDS);
        if (!v.hasLegacyDocIdKey() || !refs.isEmpty()) {
            for (String id : emb.keySet()) {
                if (!refs.containsKey(id)) {
                    cx.out.add(CheckId.VECTOR_MISSING_REF_DOC_ID, at(file, ns, v, Member.REF_DOC_IDS, id), "no text_id_to_ref_doc_id entry: "
                            + "delete(ref_doc_id) never removes this vector, and delete_nodes raises KeyError: " + DocstorePass.quote(id));
                }
            }
        }
        if (!v.hasMetadataDict()) {
            if (!emb.isEmpty()) {
                cx.out.add(CheckId.VECTOR_MISSING_METADATA, Location.file(file), "the store has no metadata_dict (persisted before 0.8.29): a query with "
                        + "filters raises ValueError: Cannot filter stores that were persisted without metadata. Please rebuild the store with metadata to enable filtering.");
            }
            return;
        }
        Map<String, JsonValue> meta = v.rawEntries(Member.METADATA);
        for (String id : emb.keySet()) {
            if (!meta.containsKey(id)) {
                cx.out.add(CheckId.VECTOR_MISSING_METADATA, at(file, ns, v, Member.METADATA, id), "no metadata_dict entry: a query with metadata "
                        + "filters raises KeyError: " + DocstorePass.quote(id));
            }
        }
    }

    private static void refDocIds(CheckContext cx, String file, String ns, SimpleVectorStore v) {
        if (!cx.docstoreHoldsText()) return;
        Map<String, NodeFacts> nodes = cx.nodesByKey();
        for (Map.Entry<String, JsonValue> e : v.rawEntries(Member.REF_DOC_IDS).entrySet()) {
            NodeFacts n = nodes.get(e.getKey());
            if (n == null) continue;
            String stored = FastStrings.stringValue(e.getValue());
            if (stored == null) stored = e.getValue().resolve().toString();
            String expected = n.sourceId() == null ? "None" : n.sourceId();
            if (!expected.equals(stored)) {
                cx.out.add(CheckId.VECTOR_REF_DOC_MISMATCH, at(file, ns, v, Member.REF_DOC_IDS, e.getKey()), "text_id_to_ref_doc_id says "
                        + DocstorePass.quote(stored) + " but the node's SOURCE is " + DocstorePass.quote(expected)
                        + ": delete_ref_doc(" + DocstorePass.quote(expected) + ") leaves this vector behind");
            }
        }
    }

    private static void orphans(CheckContext cx, String file, String ns, SimpleVectorStore v, IndexFacts index) {
        if (!index.allNodesKnown() || index.structs().isEmpty() || v.isTypeScript()) return;
        Set<String> known = new HashSet<>();
        for (List<String> ids : index.vectorIds().values()) known.addAll(ids);
        Set<String> graphNodes = new HashSet<>();
        cx.storage.propertyGraphStore().ifPresent(g -> graphNodes.addAll(g.nodeIds()));
        int indexes = index.vectorIds().size();
        for (String id : v.rawEntries(Member.EMBEDDINGS).keySet()) {
            if (known.contains(id) || graphNodes.contains(id)) continue;
            JsonObject md = v.metadata(id);
            if (md != null && md.has("vector_source_id")) continue;
            cx.out.add(CheckId.VECTOR_ORPHAN, at(file, ns, v, Member.EMBEDDINGS, id), "no index maps this vector"
                    + (indexes == 0 ? " (the index store has no vector index)" : "")
                    + ": a query can still return it, and the retriever then raises KeyError: " + DocstorePass.quote(id)
                    + " looking it up in nodes_dict (or returns a node no index owns)");
        }
    }
}
