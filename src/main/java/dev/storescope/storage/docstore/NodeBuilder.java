package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds new nodes in the current layout (core ≥ 0.12.6 / 0.14) with the exact key order of spec
 * §4.3: TextNode, IndexNode and Document. Unset fields get LlamaIndex's defaults; a missing id a
 * random UUID4 as Python does.
 */
public final class NodeBuilder {
    private String id;
    private JsonObject metadata = JsonObject.EMPTY;
    private List<String> excludedEmbed = List.of();
    private List<String> excludedLlm = List.of();
    private final LinkedHashMap<String, JsonValue> relationships = new LinkedHashMap<>();
    private String text = "";
    private String mimetype = "text/plain";
    private Long startCharIdx;
    private Long endCharIdx;
    private String textTemplate = NodeContent.DEFAULT_TEXT_NODE_TMPL;
    private String metadataTemplate = NodeContent.DEFAULT_METADATA_TMPL;
    private String metadataSeparator = NodeContent.DEFAULT_METADATA_SEPARATOR;

    public static NodeBuilder create() {
        return new NodeBuilder();
    }

    public NodeBuilder id(String id) {
        this.id = id;
        return this;
    }

    public NodeBuilder text(String text) {
        this.text = Objects.requireNonNull(text, "text");
        return this;
    }

    public NodeBuilder metadata(JsonObject metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        return this;
    }

    public NodeBuilder excludedEmbedMetadataKeys(List<String> keys) {
        this.excludedEmbed = List.copyOf(keys);
        return this;
    }

    public NodeBuilder excludedLlmMetadataKeys(List<String> keys) {
        this.excludedLlm = List.copyOf(keys);
        return this;
    }

    public NodeBuilder relationship(NodeRelationship rel, RelatedNodeInfo info) {
        relationships.put(rel.code(), rel.isList() ? JsonArray.of(info.toJsonFor(NodeEra.CURRENT, true)) : info.toJsonFor(NodeEra.CURRENT, true));
        return this;
    }

    public NodeBuilder childNodes(List<RelatedNodeInfo> children) {
        relationships.put(NodeRelationship.CHILD.code(), JsonArray.of(children.stream().map(c -> c.toJsonFor(NodeEra.CURRENT, true)).toList()));
        return this;
    }

    public NodeBuilder mimetype(String mimetype) {
        this.mimetype = mimetype;
        return this;
    }

    public NodeBuilder charIdx(Long start, Long end) {
        this.startCharIdx = start;
        this.endCharIdx = end;
        return this;
    }

    public NodeBuilder textTemplate(String t) {
        this.textTemplate = Objects.requireNonNull(t);
        return this;
    }

    public NodeBuilder metadataTemplate(String t) {
        this.metadataTemplate = Objects.requireNonNull(t);
        return this;
    }

    public NodeBuilder metadataSeparator(String s) {
        this.metadataSeparator = Objects.requireNonNull(s);
        return this;
    }

    /** A TextNode ({@code "__type__": "1"}). */
    public StoredNode buildTextNode() {
        return StoredNode.of(ObjectType.TEXT.code(), textFields(textBase(), "TextNode").build());
    }

    /** An IndexNode ({@code "3"}); {@code obj} may be null, a node envelope, an object or a JSON string. */
    public StoredNode buildIndexNode(String indexId, JsonValue obj) {
        JsonObject.Builder b = textBase();
        b.put("index_id", Objects.requireNonNull(indexId, "indexId"));
        b.put("obj", obj == null ? JsonNull.INSTANCE : obj);
        b.put("class_name", "IndexNode");
        return StoredNode.of(ObjectType.INDEX.code(), b.build());
    }

    /** A Document ({@code "4"}): media resources, {@code class_name}, then the trailing {@code text}. */
    public StoredNode buildDocument() {
        JsonObject.Builder b = base();
        b.put("text_resource", emptyMediaResource().with("text", text));
        b.putNull("image_resource").putNull("audio_resource").putNull("video_resource");
        b.put("text_template", textTemplate);
        b.put("class_name", "Document");
        b.put("text", text);
        return StoredNode.of(ObjectType.DOCUMENT.code(), b.build());
    }

    private JsonObject.Builder base() {
        JsonObject.Builder b = JsonObject.builder();
        b.put("id_", id != null ? id : UUID.randomUUID().toString());
        b.putNull("embedding");
        b.put("metadata", metadata);
        b.put("excluded_embed_metadata_keys", JsonArray.ofStrings(excludedEmbed));
        b.put("excluded_llm_metadata_keys", JsonArray.ofStrings(excludedLlm));
        b.put("relationships", JsonObject.of(relationships));
        b.put("metadata_template", metadataTemplate);
        b.put("metadata_separator", metadataSeparator);
        return b;
    }

    /** TextNode fields up to and including {@code text_template}. */
    private JsonObject.Builder textBase() {
        JsonObject.Builder b = base();
        b.put("text", text);
        b.put("mimetype", mimetype);
        b.put("start_char_idx", startCharIdx == null ? JsonNull.INSTANCE : JsonNumber.of(startCharIdx));
        b.put("end_char_idx", endCharIdx == null ? JsonNull.INSTANCE : JsonNumber.of(endCharIdx));
        b.put("metadata_seperator", metadataSeparator);
        b.put("text_template", textTemplate);
        return b;
    }

    private static JsonObject.Builder textFields(JsonObject.Builder b, String className) {
        return b.put("class_name", className);
    }

    /** A MediaResource with every field null, in field order. */
    static JsonObject emptyMediaResource() {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        for (String k : List.of("embeddings", "text", "path", "url", "mimetype")) m.put(k, JsonNull.INSTANCE);
        return JsonObject.of(m);
    }
}
