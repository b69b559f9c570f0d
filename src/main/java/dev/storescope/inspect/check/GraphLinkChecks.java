package dev.storescope.inspect.check;

import dev.storescope.graph_stores.ChunkNode;
import dev.storescope.graph_stores.EntityNode;
import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.index_store.KG;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.SimpleVectorStore.Member;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the graph stores tie to the other stores (spec §11.2 X12, X16): the knowledge graph index's
 * keywords and {@code graph_store.json}; a property graph's entity vectors and chunk nodes.
 */
final class GraphLinkChecks {
    static final String KG_FILE = "graph_store.json";
    /** The metadata key PropertyGraphIndex puts on the vector of an entity (VECTOR_SOURCE_KEY). */
    static final String VECTOR_SOURCE = "vector_source_id";

    private GraphLinkChecks() {
    }

    static void run(CheckContext cx, IndexFacts index) {
        cx.storage.graphStore().ifPresent(g -> knowledgeGraph(cx, index, g));
        cx.storage.propertyGraphStore().ifPresent(g -> propertyGraph(cx, g));
    }

    /** X12: every subject and object of graph_store.json is a keyword of some kg struct (upsert_triplet_and_node adds both). */
    private static void knowledgeGraph(CheckContext cx, IndexFacts index, SimpleGraphStore g) {
        Set<String> keywords = new HashSet<>();
        boolean anyKg = false;
        for (IndexFacts.Keyed k : index.structs()) {
            if (!(k.struct().view() instanceof KG kg)) continue;
            anyKg = true;
            try {
                keywords.addAll(kg.table().keySet());
            } catch (RuntimeException e) {
                return; // a table that does not read: the links are unknown
            }
        }
        if (!anyKg) return;
        Set<String> entities = new LinkedHashSet<>();
        for (String subj : g.getAllSubjects()) {
            entities.add(subj);
            for (List<String> relObj : g.get(subj)) if (relObj.size() == 2) entities.add(relObj.get(1));
        }
        for (String e : entities) {
            if (keywords.contains(e)) continue;
            cx.out.add(CheckId.GRAPH_KG_UNLINKED, Location.kv(KG_FILE, SimpleGraphStore.GRAPH_DICT, g.hasSubject(e) ? e : null, new ValueRef.File(KG_FILE)),
                    "entity " + DocstorePass.quote(e) + " is in graph_store.json but no knowledge graph index keyword names it: the KG retriever "
                            + "finds its triplets but no text chunk for it (triplets upserted with graph_store.upsert_triplet instead of "
                            + "index.upsert_triplet_and_node, or a table edited by hand)");
        }
    }

    /** X16: entity vectors name entity nodes; chunk nodes are in the docstore too. */
    private static void propertyGraph(CheckContext cx, SimplePropertyGraphStore g) {
        if (cx.docstoreHoldsText()) {
            for (LabelledNode n : g.getAllNodes()) {
                if (!(n instanceof ChunkNode) || cx.hasNode(n.id())) continue;
                cx.out.add(CheckId.GRAPH_CHUNK_NOT_IN_DOCSTORE, Location.kv(GraphChatChecks.GRAPH, "nodes", n.id(), new ValueRef.PropertyGraphNode(n.id())),
                        "chunk node " + DocstorePass.quote(n.id()) + " is in the property graph but not in docstore/data, where PropertyGraphIndex "
                                + "also stores it: ref_doc_info and delete_ref_doc do not know it, and retrievers that read text from the docstore miss it");
            }
        }
        for (PersistFile f : cx.storage.files()) {
            SimpleVectorStore v = cx.storage.vectorStoreFile(f.name()).orElse(null);
            if (v == null || !v.hasMetadataDict() || v.isTypeScript()) continue;
            String ns = f.namespace() == null ? "default" : f.namespace();
            for (Map.Entry<String, JsonValue> e : v.rawEntries(Member.METADATA).entrySet()) {
                String source = vectorSource(e.getValue());
                if (source == null || g.node(source) instanceof EntityNode) continue;
                cx.out.add(CheckId.GRAPH_VECTOR_ENTITY_MISSING, VectorChecks.at(f.name(), ns, v, Member.METADATA, e.getKey()).below("[\"" + VECTOR_SOURCE + "\"]"),
                        "vector " + DocstorePass.quote(e.getKey()) + " was embedded for entity " + DocstorePass.quote(source) + ", which "
                                + GraphChatChecks.GRAPH + (g.node(source) == null ? " does not hold" : " holds as a chunk, not an entity")
                                + ": vector retrieval finds it and the graph lookup drops it, so the best match of a query can vanish from the results");
            }
        }
    }

    /** The {@code vector_source_id} of a metadata entry, read off its bytes; null when absent or no string. */
    private static String vectorSource(JsonValue entry) {
        try {
            return FastStrings.member(entry, VECTOR_SOURCE);
        } catch (RuntimeException e) {
            return null; // an entry that does not scan: the vector checks report it
        }
    }
}
