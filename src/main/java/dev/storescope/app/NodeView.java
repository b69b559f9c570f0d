package dev.storescope.app;

import dev.storescope.inspect.edit.NodeDetails;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the model's {@link NodeDetails} into what the node tab shows (made off the FX thread). */
record NodeView(String kind, String text, Map<String, String> metadata, List<NodeTab.Link> links, String embedding, String hash, boolean hashWarning) {

    /** The node tab's view of {@code d}; {@code vectorsLoading}: the dir's big vector stores are still being read. */
    static NodeView of(NodeDetails d, boolean vectorsLoading) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : d.metadata().entrySet()) {
            JsonValue v = e.getValue().resolve();
            meta.put(e.getKey(), v instanceof JsonString s ? s.value() : String.valueOf(v));
        }
        List<NodeTab.Link> links = new ArrayList<>();
        for (NodeDetails.Link l : d.relationships()) {
            links.add(new NodeTab.Link(l.type(), l.targetId(), l.exists() ? Optional.of(l.target()) : Optional.empty()));
        }
        StringBuilder emb = new StringBuilder();
        for (NodeDetails.Embedding e : d.vectors()) emb.append(embedding("vector store “" + e.namespace() + "”", e)).append('\n');
        d.ownEmbedding().ifPresent(e -> emb.append(embedding("the record's own embedding field", e)).append('\n'));
        if (vectorsLoading) emb.append("the vector stores are still loading: their embedding of this node shows once they are in");
        else if (emb.length() == 0) emb.append("no embedding stored for this node");
        NodeDetails.Hashes h = d.hashes();
        StringBuilder hash = new StringBuilder();
        hash.append("docstore/metadata doc_hash: ").append(h.docHash() == null ? "(none)" : h.docHash()).append('\n');
        if (h.storedHash() != null) hash.append("stored in the record: ").append(h.storedHash()).append('\n');
        hash.append("recomputed now: ").append(h.recomputed() == null ? "(cannot be computed)" : h.recomputed());
        if (h.matchingRule() != null) hash.append("\nmatches: ").append(h.matchingRule());
        if (h.message() != null && !h.message().isEmpty()) hash.append('\n').append(h.stale() ? "⚠ " : "").append(h.message());
        String kind = (d.kind() == null ? "node" : d.kind()) + " " + d.nodeId() + (d.refDocId() == null ? "" : ", ref doc " + d.refDocId());
        String text = d.text() == null ? "(no text)" : d.text();
        return new NodeView(kind, text, meta, links, emb.toString().strip(), hash.toString(), h.stale());
    }

    private static String embedding(String where, NodeDetails.Embedding e) {
        StringBuilder sb = new StringBuilder();
        sb.append(where).append(": dimension ").append(e.dimension()).append(String.format(Locale.ROOT, ", norm %.4f", e.norm()));
        if (e.nanCount() > 0) sb.append(", ").append(e.nanCount()).append(" NaN");
        if (e.infCount() > 0) sb.append(", ").append(e.infCount()).append(" infinite");
        sb.append(", first values [");
        for (int i = 0; i < e.first().length; i++) sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", e.first()[i]));
        sb.append(e.first().length < e.dimension() ? ", …]" : "]");
        return sb.toString();
    }

    void showIn(NodeTab tab) {
        tab.show(kind, text, metadata, links, embedding, hash, hashWarning);
    }
}
