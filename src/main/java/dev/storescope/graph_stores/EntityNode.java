package dev.storescope.graph_stores;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * An extracted entity ({@code EntityNode}): fields {@code label} (default {@code "entity"}),
 * {@code embedding}, {@code properties}, {@code name}. Its id is the name with every {@code "}
 * replaced by a space.
 */
public final class EntityNode extends LabelledNode {
    public static final String DEFAULT_LABEL = "entity";

    EntityNode(JsonObject json) {
        super(json);
        requiredString("name");
    }

    /** {@code EntityNode(name=name)}. */
    public static EntityNode of(String name) {
        return of(name, DEFAULT_LABEL, JsonObject.EMPTY);
    }

    /** {@code EntityNode(name=name, label=label, properties=properties)}. */
    public static EntityNode of(String name, String label, JsonObject properties) {
        LinkedHashMap<String, dev.storescope.json.JsonValue> m = baseFields(label, null, properties);
        m.put("name", JsonString.of(name));
        return new EntityNode(JsonObject.of(m));
    }

    public String name() {
        return requiredString("name");
    }

    @Override
    public String id() {
        return name().replace('"', ' ');
    }

    @Override
    String defaultLabel() {
        return DEFAULT_LABEL;
    }

    @Override
    public String className() {
        return "EntityNode";
    }

    @Override
    List<String> ownFields() {
        return List.of("name");
    }

    @Override
    EntityNode wrap(JsonObject json) {
        return new EntityNode(json);
    }

    @Override
    public EntityNode withLabel(String label) {
        return (EntityNode) super.withLabel(label);
    }

    @Override
    public EntityNode withProperties(JsonObject properties) {
        return (EntityNode) super.withProperties(properties);
    }

    @Override
    public EntityNode withEmbedding(double[] embedding) {
        return (EntityNode) super.withEmbedding(embedding);
    }
}
