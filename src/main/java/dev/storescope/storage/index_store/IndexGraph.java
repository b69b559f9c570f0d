package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code IndexGraph} ({@code tree}, TreeIndex): {@code all_nodes} and {@code root_nodes} map an int
 * (a decimal string on disk) to a node id; {@code node_id_to_children_ids} maps a node to its children.
 */
public final class IndexGraph extends TypedIndexStruct {
    IndexGraph(IndexStruct struct) {
        super(struct);
    }

    /** {@code all_nodes} with int keys, in file order. */
    public Map<Integer, String> allNodes() {
        return intMap("all_nodes");
    }

    /** {@code root_nodes} with int keys, in file order. */
    public Map<Integer, String> rootNodes() {
        return intMap("root_nodes");
    }

    public Map<String, List<String>> nodeIdToChildrenIds() {
        return listMap("node_id_to_children_ids");
    }

    /** Node ids of {@code all_nodes}, then any other id in {@code root_nodes} or the children map. */
    @Override
    public List<String> nodeIds() {
        List<String> all = new ArrayList<>(allNodes().values());
        all.addAll(rootNodes().values());
        for (Map.Entry<String, List<String>> e : nodeIdToChildrenIds().entrySet()) {
            all.add(e.getKey());
            all.addAll(e.getValue());
        }
        return distinct(all);
    }

    /**
     * Removes the node from {@code all_nodes}, {@code root_nodes}, the children map's keys and every
     * child list (Python's TreeIndex does not support deletion; this is a repair operation).
     */
    @Override
    public IndexGraph withoutNodeId(String nodeId) {
        if (!nodeIds().contains(nodeId)) return this;
        JsonObject d = data();
        d = d.with("all_nodes", withoutValue(objectField("all_nodes"), nodeId));
        d = d.with("root_nodes", withoutValue(objectField("root_nodes"), nodeId));
        if (d.has("node_id_to_children_ids")) {
            Map<String, List<String>> children = new LinkedHashMap<>(nodeIdToChildrenIds());
            children.remove(nodeId);
            d = d.with("node_id_to_children_ids", listMapWithout(children, nodeId, false));
        }
        return new IndexGraph(struct.withData(d));
    }

    private static JsonObject withoutValue(JsonObject m, String id) {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : m.rawMembers().entrySet()) {
            if (!(e.getValue().resolve() instanceof JsonString s && s.value().equals(id))) out.put(e.getKey(), e.getValue());
        }
        return JsonObject.of(out);
    }

    private Map<Integer, String> intMap(String field) {
        LinkedHashMap<Integer, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : stringMap(field).entrySet()) {
            try {
                m.put(Integer.valueOf(e.getKey().strip()), e.getValue());
            } catch (NumberFormatException ex) {
                throw new StoreFormatException("index struct tree (" + indexId() + "): key \"" + e.getKey() + "\" of " + field
                        + " is not an int (Python's int() fails on it)");
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
