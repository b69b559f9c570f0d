package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.Relation;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Graph stores. Triplets are a set (Python writes property-graph triplets in set order, and a
 * triplet is its own identity): only added and removed. Property-graph nodes and relations are
 * matched by id / key and compared field by field.
 */
final class GraphStoreDiff {
    private GraphStoreDiff() {
    }

    static void run(SimpleGraphStore a, SimpleGraphStore b, DiffCollector out) {
        triplets(a.getTriplets(), b.getTriplets(), out, true);
    }

    static void run(SimplePropertyGraphStore a, SimplePropertyGraphStore b, DiffCollector out) {
        out.counts(Kind.GRAPH_NODE);
        out.counts(Kind.GRAPH_RELATION);
        Set<String> inA = new HashSet<>(a.nodeIds());
        Set<String> inB = new HashSet<>(b.nodeIds());
        for (String id : a.nodeIds()) {
            ValueRef ref = new ValueRef.PropertyGraphNode(id);
            if (!inB.contains(id)) out.change(Kind.GRAPH_NODE, id, Status.REMOVED, ref);
            else compare(Kind.GRAPH_NODE, id, node(a.node(id)), node(b.node(id)), ref, out);
        }
        for (String id : b.nodeIds()) if (!inA.contains(id)) out.change(Kind.GRAPH_NODE, id, Status.ADDED, new ValueRef.PropertyGraphNode(id));
        Set<String> ra = new HashSet<>(a.relationKeys());
        Set<String> rb = new HashSet<>(b.relationKeys());
        for (String k : a.relationKeys()) {
            ValueRef ref = new ValueRef.PropertyGraphRelation(k);
            if (!rb.contains(k)) out.change(Kind.GRAPH_RELATION, k, Status.REMOVED, ref);
            else compare(Kind.GRAPH_RELATION, k, rel(a.relation(k)), rel(b.relation(k)), ref, out);
        }
        for (String k : b.relationKeys()) if (!ra.contains(k)) out.change(Kind.GRAPH_RELATION, k, Status.ADDED, new ValueRef.PropertyGraphRelation(k));
        triplets(a.tripletIds(), b.tripletIds(), out, false);
    }

    private static dev.storescope.json.JsonObject node(LabelledNode n) {
        return n.toJson();
    }

    private static dev.storescope.json.JsonObject rel(Relation r) {
        return r.toJson();
    }

    private static void compare(Kind kind, String id, dev.storescope.json.JsonObject a, dev.storescope.json.JsonObject b, ValueRef ref, DiffCollector out) {
        if (RawEq.same(a, b)) {
            out.unchanged(kind, 1);
            return;
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        if (a.has("embedding") && b.has("embedding") && !a.get("embedding").isNull() && !b.get("embedding").isNull()
                && !RawEq.same(a.getRaw("embedding"), b.getRaw("embedding"))) {
            details.put("cosine", Cosine.rounded(Cosine.of(a.getRaw("embedding"), b.getRaw("embedding"))));
        }
        List<String> fields = new java.util.ArrayList<>();
        for (String p : GenericDiff.paths(a, b)) {
            String top = p.replaceFirst("^[+-]", "");
            top = top.startsWith("embedding") ? "embedding" : top.startsWith("properties.") ? propertyKey(top) : top;
            if (!fields.contains(top)) fields.add(top);
        }
        out.change(kind, id, Status.CHANGED, fields, details, ref);
    }

    private static String propertyKey(String path) {
        int dot = path.indexOf('.', "properties.".length());
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** Triplets compared as sets of (subject, relation, object). */
    private static void triplets(List<List<String>> a, List<List<String>> b, DiffCollector out, boolean bySubject) {
        out.counts(Kind.TRIPLET);
        Set<List<String>> sa = new LinkedHashSet<>(a);
        Set<List<String>> sb = new LinkedHashSet<>(b);
        long same = 0;
        for (List<String> t : sa) {
            if (sb.contains(t)) same++;
            else out.change(Kind.TRIPLET, String.join(" | ", t), Status.REMOVED, ref(t, bySubject));
        }
        for (List<String> t : sb) if (!sa.contains(t)) out.change(Kind.TRIPLET, String.join(" | ", t), Status.ADDED, ref(t, bySubject));
        out.unchanged(Kind.TRIPLET, same);
    }

    private static ValueRef ref(List<String> t, boolean bySubject) {
        return bySubject ? new ValueRef.Triplet(t.get(0), t.get(1), t.get(2)) : new ValueRef.PropertyGraphRelation(Relation.key(t.get(0), t.get(1), t.get(2)));
    }
}
