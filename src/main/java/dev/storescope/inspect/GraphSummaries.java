package dev.storescope.inspect;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.json.JsonStyle;
import dev.storescope.storage.PersistFile;

import java.util.List;

/** Graph store files as {@code info} shows them. */
final class GraphSummaries {
    private GraphSummaries() {
    }

    static FileSummary of(PersistFile f, String kind, SimpleGraphStore g) {
        String what = kind + ", " + String.format("%,d subject(s), %,d triplet(s)", g.size(), g.tripletCount());
        return new FileSummary(f.name(), f.size(), what, writer(g.style()), null, List.of());
    }

    static FileSummary of(PersistFile f, String kind, SimplePropertyGraphStore g) {
        String what = kind + ", " + String.format("%,d entity node(s), %,d chunk node(s), %,d relation(s), %,d triplet(s)",
                g.entityNodeCount(), g.chunkNodeCount(), g.relationCount(), g.tripletCount());
        String era = g.style().equals(JsonStyle.COMPACT) ? ">= 0.11.0 (pydantic v2 compact)" : "0.10.40 - 0.10.x (json.dumps style)";
        return new FileSummary(f.name(), f.size(), what, writer(g.style()), era, List.of(
                new CollectionSummary("nodes", g.nodeCount()), new CollectionSummary("relations", g.relationCount()),
                new CollectionSummary("triplets", g.tripletCount())));
    }

    private static String writer(JsonStyle s) {
        if (s.equals(JsonStyle.PYTHON)) return "Python json.dump";
        if (s.equals(JsonStyle.COMPACT)) return "pydantic model_dump_json (compact, raw UTF-8)";
        return "reformatted (indent " + s.indent() + ")";
    }
}
