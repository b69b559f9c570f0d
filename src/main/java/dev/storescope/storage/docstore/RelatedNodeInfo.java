package dev.storescope.storage.docstore;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.util.Objects;

/**
 * One related node of a node's {@code relationships} (spec §4.3): {@code node_id},
 * {@code node_type}, {@code metadata}, {@code hash}. Wraps the stored JSON (an object, or in
 * legacy records a bare id string) so an untouched relation is written back unchanged.
 */
public final class RelatedNodeInfo {
    private final JsonValue json;

    private RelatedNodeInfo(JsonValue json) {
        this.json = json;
    }

    /** A relation as stored: an object (pydantic/current) or a string id (legacy); anything else keeps its JSON. */
    public static RelatedNodeInfo fromJson(JsonValue json) {
        return new RelatedNodeInfo(Objects.requireNonNull(json, "json").resolve());
    }

    /** A new relation in the current layout ({@code ..., "class_name": "RelatedNodeInfo"}). */
    public static RelatedNodeInfo of(String nodeId, String nodeType, JsonObject metadata, String hash) {
        return new RelatedNodeInfo(JsonObject.builder()
                .put("node_id", Objects.requireNonNull(nodeId, "nodeId"))
                .put("node_type", nodeType)
                .put("metadata", metadata == null ? JsonObject.EMPTY : metadata)
                .put("hash", hash)
                .put("class_name", "RelatedNodeInfo")
                .build());
    }

    /** A legacy (0.6.0 – 0.6.33) relation: just the id string. */
    public static RelatedNodeInfo legacy(String nodeId) {
        return new RelatedNodeInfo(JsonString.of(nodeId));
    }

    /** True for a legacy bare-id relation. */
    public boolean isLegacy() {
        return json instanceof JsonString;
    }

    /** The related node id ({@code node_id}, or the legacy string); null when missing. */
    public String nodeId() {
        if (json instanceof JsonString s) return s.value();
        if (json instanceof JsonObject o) return o.get("node_id") instanceof JsonString s ? s.value() : null;
        return null;
    }

    /** The {@code node_type} code ({@code "1"} … {@code "5"} or any string); null when absent or null. */
    public String nodeType() {
        return json instanceof JsonObject o ? o.getString("node_type") : null;
    }

    /** The copied metadata of the related node ({@code {}} when absent or null). */
    public JsonObject metadata() {
        return json instanceof JsonObject o ? o.getObject("metadata").orElse(JsonObject.EMPTY) : JsonObject.EMPTY;
    }

    /** The related node's hash at the time the relation was made; null when absent. */
    public String hash() {
        return json instanceof JsonObject o ? o.getString("hash") : null;
    }

    public boolean hasClassName() {
        return json instanceof JsonObject o && o.has("class_name");
    }

    /** The JSON to store (as read, or as built). */
    public JsonValue toJson() {
        return json;
    }

    /**
     * This relation in the shape of a record of {@code era}: legacy records get the bare id; a
     * pydantic-era record without {@code class_name} gets the relation without it.
     */
    JsonValue toJsonFor(NodeEra era, boolean withClassName) {
        if (era == NodeEra.LEGACY) return JsonString.of(nodeId());
        if (json instanceof JsonObject o) {
            if (!withClassName && o.has("class_name")) return o.without("class_name");
            return o;
        }
        JsonObject.Builder b = JsonObject.builder().put("node_id", nodeId()).put("node_type", JsonNull.INSTANCE)
                .put("metadata", JsonObject.EMPTY).put("hash", JsonNull.INSTANCE);
        if (withClassName) b.put("class_name", "RelatedNodeInfo");
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelatedNodeInfo r && r.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
