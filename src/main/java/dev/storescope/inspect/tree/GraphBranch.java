package dev.storescope.inspect.tree;

import dev.storescope.graph_stores.ChunkNode;
import dev.storescope.graph_stores.EntityNode;
import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.Relation;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;

import java.util.ArrayList;
import java.util.List;

/** graph_store.json: subjects → triplets; property_graph_store.json: entity nodes, chunk nodes, relations. */
final class GraphBranch {
    static final String ENTITIES = "Entity nodes";
    static final String CHUNKS = "Chunk nodes";
    static final String RELATIONS = "Relations";
    static final String ARROW = " → ";

    private GraphBranch() {
    }

    // ---- SimpleGraphStore --------------------------------------------------------------------

    static StoreNode subject(TreeData data, StoreNode parent, String subject) {
        SimpleGraphStore g = data.ctx().graphStore().orElseThrow();
        return new Item(data, parent, NodeKind.GRAPH_SUBJECT, subject, new ValueRef.GraphSubject(subject),
                n -> Info.of(Text.counted(subject, g.get(subject).size()), "subject"),
                Children.keyed(() -> tripletIds(g, subject), (p, id) -> triplet(data, p, subject, id)));
    }

    /** Child ids of a subject: {@code relation → object}, with {@code #2}, {@code #3} … for repeated pairs. */
    static List<String> tripletIds(SimpleGraphStore g, String subject) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (List<String> pair : g.get(subject)) {
            String id = pair.get(0) + ARROW + pair.get(1);
            int k = seen.merge(id, 1, Integer::sum);
            out.add(k == 1 ? id : id + " #" + k);
        }
        return out;
    }

    static StoreNode triplet(TreeData data, StoreNode parent, String subject, String childId) {
        SimpleGraphStore g = data.ctx().graphStore().orElseThrow();
        int i = tripletIds(g, subject).indexOf(childId);
        List<String> pair = i < 0 ? null : g.get(subject).get(i);
        ValueRef ref = pair == null ? null : new ValueRef.Triplet(subject, pair.get(0), pair.get(1));
        return new Item(data, parent, NodeKind.TRIPLET, childId, ref,
                n -> pair == null ? Info.problem(childId, "", "no such triplet") : Info.of(subject + " —" + pair.get(0) + ARROW + pair.get(1), "triplet"), null);
    }

    // ---- SimplePropertyGraphStore ------------------------------------------------------------

    static List<StoreNode> propertyGraphGroups(TreeData data, StoreNode fileNode) {
        SimplePropertyGraphStore g = data.ctx().propertyGraphStore().orElseThrow();
        return List.of(
                new Item(data, fileNode, NodeKind.GROUP, ENTITIES, null, n -> Info.of(Text.counted(ENTITIES, g.entityNodeCount()), "EntityNode"),
                        Children.keyed(() -> idsOf(g, true), (p, id) -> pgNode(data, p, id))),
                new Item(data, fileNode, NodeKind.GROUP, CHUNKS, null, n -> Info.of(Text.counted(CHUNKS, g.chunkNodeCount()), "ChunkNode"),
                        Children.keyed(() -> idsOf(g, false), (p, id) -> pgNode(data, p, id))),
                new Item(data, fileNode, NodeKind.GROUP, RELATIONS, null, n -> Info.of(Text.counted(RELATIONS, g.relationCount()), "Relation"),
                        Children.keyed(g::relationKeys, (p, k) -> pgRelation(data, p, k))));
    }

    private static List<String> idsOf(SimplePropertyGraphStore g, boolean entities) {
        List<String> out = new ArrayList<>();
        for (String id : g.nodeIds()) {
            LabelledNode n = g.node(id);
            if (entities ? n instanceof EntityNode : n instanceof ChunkNode) out.add(id);
        }
        return out;
    }

    static StoreNode pgNode(TreeData data, StoreNode parent, String id) {
        SimplePropertyGraphStore g = data.ctx().propertyGraphStore().orElseThrow();
        LabelledNode node = g.node(id);
        NodeKind kind = node instanceof ChunkNode ? NodeKind.PG_CHUNK : NodeKind.PG_ENTITY;
        return new Item(data, parent, kind, id, new ValueRef.PropertyGraphNode(id), n -> {
            LabelledNode x = g.node(id);
            if (x == null) return Info.problem(id, "", "no such node");
            if (x instanceof ChunkNode c) return Info.of(Text.snippet(c.text(), DocstoreBranch.SNIPPET) + " · " + id, "chunk, label " + c.label());
            return Info.of(id, "entity, label " + x.label());
        }, null);
    }

    static StoreNode pgRelation(TreeData data, StoreNode parent, String key) {
        SimplePropertyGraphStore g = data.ctx().propertyGraphStore().orElseThrow();
        return new Item(data, parent, NodeKind.PG_RELATION, key, new ValueRef.PropertyGraphRelation(key), n -> {
            Relation r = g.relation(key);
            if (r == null) return Info.problem(key, "", "no such relation");
            boolean dangling = g.node(r.sourceId()) == null || g.node(r.targetId()) == null;
            String label = r.sourceId() + " —" + r.label() + ARROW + r.targetId();
            return dangling ? Info.problem(label, "relation", "source or target node is not in the store") : Info.of(label, "relation");
        }, null);
    }
}
