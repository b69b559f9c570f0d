package dev.storescope.graph_stores;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StoreFormatException;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A text chunk ({@code ChunkNode}): fields {@code label} (default {@code "text_chunk"}),
 * {@code embedding}, {@code properties}, {@code text}, {@code id_}. Its id is {@code id_}; without
 * one Python uses {@code str(hash(text))}, which changes with every process, so {@link #id()} is
 * null then and such a node matches no id.
 */
public final class ChunkNode extends LabelledNode {
    public static final String DEFAULT_LABEL = "text_chunk";

    ChunkNode(JsonObject json) {
        super(json);
        requiredString("text");
        idField();
    }

    /** {@code ChunkNode(text=text, id_=id, label=label, properties=properties, embedding=embedding)}. */
    public static ChunkNode of(String text, String id, String label, JsonObject properties, double[] embedding) {
        LinkedHashMap<String, JsonValue> m = baseFields(label, embedding, properties);
        m.put("text", JsonString.of(text));
        m.put("id_", id == null ? JsonNull.INSTANCE : JsonString.of(id));
        return new ChunkNode(JsonObject.of(m));
    }

    /** A chunk with the default label, no properties and no embedding. */
    public static ChunkNode of(String text, String id) {
        return of(text, id, DEFAULT_LABEL, JsonObject.EMPTY, null);
    }

    public String text() {
        return requiredString("text");
    }

    /** The {@code id_} field, or null. */
    public String idField() {
        JsonValue v = toJson().get("id_");
        if (v == null || v instanceof JsonNull) return null;
        if (v instanceof JsonString s) return s.value();
        throw new StoreFormatException("ChunkNode.id_ is a JSON " + v.kind() + ", expected a string or null");
    }

    @Override
    public String id() {
        return idField();
    }

    @Override
    String defaultLabel() {
        return DEFAULT_LABEL;
    }

    @Override
    public String className() {
        return "ChunkNode";
    }

    @Override
    List<String> ownFields() {
        return List.of("text", "id_");
    }

    @Override
    ChunkNode wrap(JsonObject json) {
        return new ChunkNode(json);
    }

    @Override
    public ChunkNode withLabel(String label) {
        return (ChunkNode) super.withLabel(label);
    }

    @Override
    public ChunkNode withProperties(JsonObject properties) {
        return (ChunkNode) super.withProperties(properties);
    }

    @Override
    public ChunkNode withEmbedding(double[] embedding) {
        return (ChunkNode) super.withEmbedding(embedding);
    }
}
