package dev.storescope.inspect.edit;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.HashRule;
import dev.storescope.storage.docstore.NodeHasher;
import dev.storescope.storage.docstore.NodeRelationship;
import dev.storescope.storage.docstore.RelatedNodeInfo;
import dev.storescope.storage.docstore.Relationship;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.vector_stores.EmbeddingStats;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link NodeDetails} for a node of the document store. */
public final class NodeInspector {
    private static final int FIRST = 8;
    private final StorageContext ctx;

    public NodeInspector(StorageContext ctx) {
        this.ctx = ctx;
    }

    /** @throws NotFoundException when the dir has no such node */
    public NodeDetails details(String nodeId) {
        SimpleDocumentStore ds = ctx.docstore().orElseThrow(() -> new NotFoundException("this dir has no docstore.json"));
        StoredNode n = ds.getDocument(nodeId, false);
        if (n == null) throw new NotFoundException("doc_id " + nodeId + " not found.");
        Map<String, JsonValue> metadata = new LinkedHashMap<>(n.metadata().rawMembers());
        metadata.replaceAll((k, v) -> v.resolve());
        List<NodeDetails.Embedding> vectors = new ArrayList<>();
        for (Map.Entry<String, SimpleVectorStore> e : ctx.vectorStores().entrySet()) {
            if (e.getValue().contains(nodeId)) vectors.add(summary(e.getKey(), e.getValue().getEmbedding(nodeId)));
        }
        Optional<NodeDetails.Embedding> own = Optional.empty();
        if (n.hasEmbedding()) own = Optional.of(summary(null, doubles(n.embedding())));
        String kind;
        try {
            kind = n.kind().name();
        } catch (RuntimeException ex) {
            kind = "type " + n.typeCode();
        }
        return new NodeDetails(nodeId, kind, n.refDocId(), n.text(), metadata, links(ds, n), vectors, own, hashes(ds, n));
    }

    private List<NodeDetails.Link> links(SimpleDocumentStore ds, StoredNode n) {
        List<NodeDetails.Link> out = new ArrayList<>();
        for (Map.Entry<String, Relationship> e : n.relationships().entrySet()) {
            String type = NodeRelationship.fromCode(e.getKey()).map(Enum::name).orElse(e.getKey());
            for (RelatedNodeInfo info : e.getValue().nodes()) {
                String id = info.nodeId();
                if (id == null) continue;
                boolean node = ds.documentExists(id);
                boolean refDoc = !node && ds.refDocExists(id);
                ValueRef target = refDoc ? new ValueRef.RefDoc(id) : new ValueRef.DocNode(id);
                out.add(new NodeDetails.Link(type, id, target, node || refDoc));
            }
        }
        return out;
    }

    private NodeDetails.Hashes hashes(SimpleDocumentStore ds, StoredNode n) {
        String docHash = ds.getDocumentHash(n.id());
        String stored;
        try {
            stored = n.storedHash();
        } catch (RuntimeException e) {
            stored = null;
        }
        String recomputed = null;
        String match = null;
        String message;
        try {
            recomputed = NodeHasher.hash(n);
            String want = docHash != null ? docHash : stored;
            if (want != null) {
                for (HashRule r : NodeHasher.plausibleRules(n)) {
                    if (NodeHasher.hash(n, r).equals(want)) {
                        match = r.name();
                        break;
                    }
                }
            }
            if (want == null) message = "no stored hash (docstore/metadata has no doc_hash for this node)";
            else if (match != null) message = "stored hash matches the text and metadata (rule " + match + ")";
            else message = "stored hash differs from the recomputed one: the text or metadata changed since it was hashed"
                    + " (or it held values JSON cannot keep); LlamaIndex's refresh will see the node as changed";
        } catch (RuntimeException e) {
            message = "cannot recompute the hash: " + e.getMessage();
        }
        boolean stale = (docHash != null || stored != null) && match == null && recomputed != null;
        return new NodeDetails.Hashes(docHash, stored, recomputed, match, stale, message);
    }

    private static NodeDetails.Embedding summary(String ns, double[] v) {
        EmbeddingStats s = EmbeddingStats.of(v);
        return new NodeDetails.Embedding(ns, s.dimension(), s.norm(), Arrays.copyOf(v, Math.min(FIRST, v.length)), s.nanCount(), s.infCount());
    }

    private static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i) instanceof JsonNumber x ? x.doubleValue() : Double.NaN;
        return out;
    }
}
