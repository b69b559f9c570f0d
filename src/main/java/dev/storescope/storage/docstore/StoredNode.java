package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node as stored in {@code docstore/data}: the envelope {@code {"__data__": {...}, "__type__": "1"}}
 * of any era (spec §4.2 – §4.6) with typed accessors that read only the members asked for.
 * <p>
 * Immutable. The {@code with...} methods return a node whose JSON differs only in the changed
 * values, written in the record's own era layout and key order (legacy records get
 * {@code extra_info} and bare-id relations, current Documents get both {@code text_resource.text}
 * and the trailing {@code text}); unknown keys are always kept. A stored hash field (pydantic
 * {@code hash}, legacy {@code doc_hash}) is recomputed with the era's rule when text or metadata
 * change, as the Python of that era did on construction.
 * <p>
 * Unknown {@code __type__} values are kept and reported raw ({@link #typeCode()}); Python would
 * refuse them ("Unknown doc type"), an inspector shows them.
 */
public final class StoredNode {
    static final String DATA = "__data__";
    static final String TYPE = "__type__";

    private final JsonObject envelope;
    private JsonObject data;
    private boolean dataWasString;
    private NodeEra era;
    private NodeKind kind;

    private StoredNode(JsonObject envelope) {
        this.envelope = envelope;
    }

    /** A node over a stored envelope (nothing is decoded until asked). */
    public static StoredNode fromEnvelope(JsonObject envelope) {
        return new StoredNode(Objects.requireNonNull(envelope, "envelope"));
    }

    /** A node from {@code __data__} fields and a type code ({@code __data__} first, then {@code __type__}). */
    public static StoredNode of(String typeCode, JsonObject data) {
        return new StoredNode(JsonObject.builder().put(DATA, data).put(TYPE, typeCode).build());
    }

    /** The envelope to store as the value in {@code docstore/data}. */
    public JsonObject envelope() {
        return envelope;
    }

    /** The {@code __data__} object (a double-encoded string form is decoded for reading). */
    public JsonObject data() {
        if (data == null) {
            JsonValue d = envelope.get(DATA);
            if (d instanceof JsonObject o) {
                data = o;
            } else if (d instanceof JsonString s && JsonReader.parse(s.value(), "__data__") instanceof JsonObject o) {
                data = o;
                dataWasString = true;
            } else {
                throw new StoreFormatException("node envelope has no __data__ object (found "
                        + (d == null ? "nothing" : "a JSON " + d.kind()) + ")");
            }
        }
        return data;
    }

    /** The raw {@code __type__} string (a non-string value as its JSON text); null when absent. */
    public String typeCode() {
        JsonValue t = envelope.get(TYPE);
        if (t == null) return null;
        return t instanceof JsonString s ? s.value() : t.toString();
    }

    /** The known type, empty for an unknown or missing {@code __type__}. */
    public Optional<ObjectType> objectType() {
        return ObjectType.fromCode(typeCode());
    }

    /** The stored {@code class_name}; null when absent (legacy, pre-0.9 pydantic). */
    public String className() {
        return data().getString("class_name");
    }

    /** The class Python decodes this record to: {@code __type__} decides, {@code class_name} only splits type "4". */
    public NodeKind kind() {
        if (kind == null) {
            String t = typeCode();
            kind = t == null ? NodeKind.UNKNOWN : switch (t) {
                case "1" -> NodeKind.TEXT_NODE;
                case "2" -> NodeKind.IMAGE_NODE;
                case "3" -> NodeKind.INDEX_NODE;
                case "4" -> "ImageDocument".equals(className()) || (className() == null && data().has("image"))
                        ? NodeKind.IMAGE_DOCUMENT : NodeKind.DOCUMENT;
                case "5" -> NodeKind.NODE;
                case "Document" -> data().has("image") ? NodeKind.IMAGE_DOCUMENT : NodeKind.DOCUMENT;
                default -> NodeKind.UNKNOWN;
            };
        }
        return kind;
    }

    /** The layout generation of the record. */
    public NodeEra era() {
        if (era == null) {
            JsonObject d = data();
            if (d.has("extra_info") || (d.has("doc_id") && !d.has("id_")) || "Document".equals(typeCode())) {
                era = NodeEra.LEGACY;
            } else if (d.has("metadata_separator") || d.has("text_resource") || "5".equals(typeCode())) {
                era = NodeEra.CURRENT;
            } else {
                era = NodeEra.PYDANTIC;
            }
        }
        return era;
    }

    /** True when the text lives in {@code text_resource} (current Document/ImageDocument/Node). */
    public boolean hasMediaLayout() {
        return data().has("text_resource") || (era() == NodeEra.CURRENT && kind().isMediaNode());
    }

    /** The node id: {@code id_}, or legacy {@code doc_id}; null when neither is a string. */
    public String id() {
        String id = data().getString("id_");
        return id != null ? id : data().getString("doc_id");
    }

    /**
     * The text: {@code text_resource.text} for the media layout (falling back to the trailing
     * {@code text}), else {@code text}. Null when absent or null.
     */
    public String text() {
        JsonObject d = data();
        if (d.has("text_resource")) {
            Optional<JsonObject> tr = d.getObject("text_resource");
            if (tr.isPresent() && tr.get().get("text") instanceof JsonString s) return s.value();
            return d.getString("text");
        }
        return d.getString("text");
    }

    /** The metadata ({@code metadata}, or legacy {@code extra_info}); {@code {}} when absent or null. */
    public JsonObject metadata() {
        return data().getObject(metadataKey()).orElse(JsonObject.EMPTY);
    }

    /** The key this record keeps its metadata under. */
    public String metadataKey() {
        JsonObject d = data();
        if (d.has("metadata")) return "metadata";
        return era() == NodeEra.LEGACY || d.has("extra_info") ? "extra_info" : "metadata";
    }

    public List<String> excludedEmbedMetadataKeys() {
        return data().getArray("excluded_embed_metadata_keys").map(JsonArray::strings).orElse(List.of());
    }

    public List<String> excludedLlmMetadataKeys() {
        return data().getArray("excluded_llm_metadata_keys").map(JsonArray::strings).orElse(List.of());
    }

    /**
     * All relationships in stored order, keyed by the stored code. Legacy string ids are
     * normalised into {@link RelatedNodeInfo}s ({@link RelatedNodeInfo#isLegacy()}), a legacy
     * CHILD list of ids into a list.
     */
    public Map<String, Relationship> relationships() {
        Optional<JsonObject> rels = data().getObject("relationships");
        if (rels.isEmpty()) return Map.of();
        LinkedHashMap<String, Relationship> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : rels.get().rawMembers().entrySet()) {
            JsonValue v = e.getValue().resolve();
            if (v instanceof JsonArray a) {
                List<RelatedNodeInfo> l = new ArrayList<>(a.size());
                for (JsonValue el : a.rawElements()) l.add(RelatedNodeInfo.fromJson(el));
                out.put(e.getKey(), Relationship.list(e.getKey(), l));
            } else if (!(v instanceof JsonNull)) {
                out.put(e.getKey(), Relationship.single(e.getKey(), RelatedNodeInfo.fromJson(v)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** One relationship, or null when absent. */
    public Relationship relationship(NodeRelationship r) {
        return relationships().get(r.code());
    }

    /** SOURCE (the ref doc); null when absent. Throws Python's ValueError message for a list. */
    public RelatedNodeInfo sourceNode() {
        return single(NodeRelationship.SOURCE, "Source object must be a single RelatedNodeInfo object");
    }

    public RelatedNodeInfo prevNode() {
        return single(NodeRelationship.PREVIOUS, "Previous object must be a single RelatedNodeInfo object");
    }

    public RelatedNodeInfo nextNode() {
        return single(NodeRelationship.NEXT, "Next object must be a single RelatedNodeInfo object");
    }

    public RelatedNodeInfo parentNode() {
        return single(NodeRelationship.PARENT, "Parent object must be a single RelatedNodeInfo object");
    }

    /** CHILD nodes; null when absent. Throws Python's ValueError message for a single object. */
    public List<RelatedNodeInfo> childNodes() {
        Relationship r = relationship(NodeRelationship.CHILD);
        if (r == null) return null;
        if (!r.isList()) throw new StoreFormatException("Child objects must be a list of RelatedNodeInfo objects.");
        return r.nodes();
    }

    private RelatedNodeInfo single(NodeRelationship rel, String message) {
        Relationship r = relationship(rel);
        if (r == null) return null;
        if (r.isList()) throw new StoreFormatException(message);
        return r.first();
    }

    /** The ref doc id (SOURCE node id), or null. */
    public String refDocId() {
        RelatedNodeInfo s = sourceNode();
        return s == null ? null : s.nodeId();
    }

    /** {@code start_char_idx}, or legacy {@code node_info.start}; null when absent. */
    public Long startCharIdx() {
        return charIdx("start_char_idx", "start");
    }

    /** {@code end_char_idx}, or legacy {@code node_info.end}; null when absent. */
    public Long endCharIdx() {
        return charIdx("end_char_idx", "end");
    }

    private Long charIdx(String key, String legacyKey) {
        JsonValue v = data().get(key);
        if (v == null && era() == NodeEra.LEGACY) {
            v = data().getObject("node_info").map(o -> o.get(legacyKey)).orElse(null);
        }
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    public String textTemplate() {
        return data().getString("text_template");
    }

    public String metadataTemplate() {
        return data().getString("metadata_template");
    }

    /** The stored {@code metadata_separator} (current spelling); null when absent. */
    public String metadataSeparatorField() {
        return data().getString("metadata_separator");
    }

    /** The stored {@code metadata_seperator} (misspelled, TextNode family); null when absent. */
    public String metadataSeperatorField() {
        return data().getString("metadata_seperator");
    }

    /**
     * The separator Python uses: for the TextNode family the misspelled key wins when present
     * (it is the only one before 0.12.6, and wins on load when both differ); for the media layout
     * {@code metadata_separator}. Null when neither is stored.
     */
    public String metadataSeparator() {
        String a = metadataSeparatorField();
        String b = metadataSeperatorField();
        if (hasMediaLayout()) return a != null ? a : b;
        return b != null ? b : a;
    }

    /** TextNode {@code mimetype} (0.10.48+); null when absent. */
    public String mimetype() {
        return data().getString("mimetype");
    }

    /** The hash stored in the record itself: pydantic {@code hash} (0.6.34 – 0.9.34) or legacy {@code doc_hash}. */
    public String storedHash() {
        return data().getString(storedHashKey());
    }

    private String storedHashKey() {
        return era() == NodeEra.LEGACY ? "doc_hash" : "hash";
    }

    /** True when {@code embedding} is present and not null. */
    public boolean hasEmbedding() {
        JsonValue e = data().get("embedding");
        return e != null && !(e instanceof JsonNull);
    }

    /** The embedding array, or null. */
    public JsonArray embedding() {
        return data().getArray("embedding").orElse(null);
    }

    public String image() {
        return data().getString("image");
    }

    public String imagePath() {
        return data().getString("image_path");
    }

    public String imageUrl() {
        return data().getString("image_url");
    }

    public String imageMimetype() {
        return data().getString("image_mimetype");
    }

    /** A MediaResource field ({@code text_resource}, {@code image_resource}, ...), empty when absent or null. */
    public Optional<JsonObject> resource(String key) {
        return data().getObject(key);
    }

    public Optional<JsonObject> textResource() {
        return resource("text_resource");
    }

    /** IndexNode {@code index_id}; null when absent. */
    public String indexId() {
        return data().getString("index_id");
    }

    /** IndexNode {@code obj} as stored; null when the key is absent. */
    public JsonValue obj() {
        return data().get("obj");
    }

    /** The forms an IndexNode {@code obj} takes (spec §4.3). */
    public enum ObjForm { ABSENT, NULL, NODE_ENVELOPE, OBJECT, STRING, OTHER }

    public ObjForm objForm() {
        JsonValue o = obj();
        if (o == null) return ObjForm.ABSENT;
        if (o instanceof JsonNull) return ObjForm.NULL;
        if (o instanceof JsonString) return ObjForm.STRING;
        if (o instanceof JsonObject j) return j.has(DATA) && j.has(TYPE) ? ObjForm.NODE_ENVELOPE : ObjForm.OBJECT;
        return ObjForm.OTHER;
    }

    /** The referenced node when {@code obj} is a node envelope. */
    public Optional<StoredNode> objNode() {
        return objForm() == ObjForm.NODE_ENVELOPE ? Optional.of(fromEnvelope((JsonObject) obj())) : Optional.empty();
    }

    /** The node hash by current core 0.14 rules ({@link NodeHasher#hash(StoredNode)}). */
    public String hash() {
        return NodeHasher.hash(this);
    }

    /** Python's {@code as_related_node_info()}: id, type, a copy of the metadata, current hash. */
    public RelatedNodeInfo asRelatedNodeInfo() {
        String type = kind() == NodeKind.UNKNOWN ? typeCode()
                : objectType().map(t -> t == ObjectType.LEGACY_DOCUMENT ? ObjectType.DOCUMENT.code() : t.code()).orElse(null);
        return RelatedNodeInfo.of(id(), type, metadata(), hash());
    }

    // ------------------------------------------------------------------ editing

    /** This node with new text, in the record's layout (see class doc). */
    public StoredNode withText(String text) {
        Objects.requireNonNull(text, "text");
        JsonObject d = data();
        if (hasMediaLayout()) {
            JsonObject tr = d.getObject("text_resource").orElseGet(NodeBuilder::emptyMediaResource);
            d = d.with("text_resource", tr.with("text", JsonString.of(text)));
            if (d.has("text") || kind() == NodeKind.DOCUMENT || kind() == NodeKind.IMAGE_DOCUMENT) {
                d = d.with("text", JsonString.of(text));
            }
        } else {
            d = d.with("text", JsonString.of(text));
        }
        return withData(d, true);
    }

    /** This node with new metadata (legacy records: {@code extra_info}). */
    public StoredNode withMetadata(JsonObject metadata) {
        return withData(data().with(metadataKey(), Objects.requireNonNull(metadata, "metadata")), true);
    }

    public StoredNode withExcludedEmbedMetadataKeys(List<String> keys) {
        return withData(data().with("excluded_embed_metadata_keys", JsonArray.ofStrings(keys)), false);
    }

    public StoredNode withExcludedLlmMetadataKeys(List<String> keys) {
        return withData(data().with("excluded_llm_metadata_keys", JsonArray.ofStrings(keys)), false);
    }

    /** This node with a single relation set (an existing key keeps its position, a new one goes last). */
    public StoredNode withRelationship(NodeRelationship rel, RelatedNodeInfo info) {
        if (rel.isList()) return withRelationship(Relationship.list(rel.code(), List.of(info)));
        return withRelationship(Relationship.single(rel.code(), info));
    }

    /** This node with its CHILD list replaced. */
    public StoredNode withChildNodes(List<RelatedNodeInfo> children) {
        return withRelationship(Relationship.list(NodeRelationship.CHILD.code(), children));
    }

    /** This node with one relationship entry set, serialised in the record's era layout. */
    public StoredNode withRelationship(Relationship r) {
        JsonObject rels = data().getObject("relationships").orElse(JsonObject.EMPTY);
        return withData(data().with("relationships", rels.with(r.code(), relationJson(r))), false);
    }

    /** This node with all relationships replaced (in the given order). */
    public StoredNode withRelationships(Map<String, Relationship> relationships) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        for (Relationship r : relationships.values()) m.put(r.code(), relationJson(r));
        return withData(data().with("relationships", JsonObject.of(m)), false);
    }

    /** This node without a relationship (unchanged when absent). */
    public StoredNode withoutRelationship(NodeRelationship rel) {
        return withoutRelationship(rel.code());
    }

    public StoredNode withoutRelationship(String code) {
        Optional<JsonObject> rels = data().getObject("relationships");
        if (rels.isEmpty() || !rels.get().has(code)) return this;
        return withData(data().with("relationships", rels.get().without(code)), false);
    }

    private JsonValue relationJson(Relationship r) {
        boolean cls = era() == NodeEra.CURRENT || data().has("class_name");
        if (!r.isList()) return r.first().toJsonFor(era(), cls);
        List<JsonValue> l = new ArrayList<>(r.nodes().size());
        for (RelatedNodeInfo i : r.nodes()) l.add(i.toJsonFor(era(), cls));
        return JsonArray.of(l);
    }

    private StoredNode withData(JsonObject d, boolean contentChanged) {
        if (data == null) data();
        if (dataWasString) throw new UnsupportedOperationException("editing a node whose __data__ is a JSON string is not supported");
        StoredNode n = new StoredNode(envelope.with(DATA, d));
        if (contentChanged && d.has(storedHashKey()) && d.get(storedHashKey()) instanceof JsonString) {
            HashRule rule = era() == NodeEra.LEGACY ? HashRule.LEGACY_TEXT_EXTRA_INFO : HashRule.TEXT_METADATA;
            d = d.with(storedHashKey(), JsonString.of(NodeHasher.hash(n, rule)));
            n = new StoredNode(envelope.with(DATA, d));
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredNode n && n.envelope.equals(envelope);
    }

    @Override
    public int hashCode() {
        return envelope.hashCode();
    }

    @Override
    public String toString() {
        return "StoredNode[" + typeCode() + " " + id() + "]";
    }
}
