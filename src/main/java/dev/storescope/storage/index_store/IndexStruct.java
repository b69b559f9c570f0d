package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.StoreFormatException;

import java.util.List;
import java.util.Objects;

/**
 * One index store record {@code {"__type__": ..., "__data__": ...}} (spec §5.1), immutable.
 * <p>
 * {@code __data__} is a JSON string (since 0.6.16) or a nested object (0.6.0 – 0.6.15); the struct
 * remembers which and writes edits back in the same form. The string form is decoded only when
 * someone asks for the inner data, and re-encoded in the inner text's own style (Python
 * {@code json.dumps} defaults for every Python-written file). Unknown envelope keys are kept.
 * Typed access goes through {@link #view()}.
 */
public final class IndexStruct {
    public static final String TYPE_KEY = "__type__";
    public static final String DATA_KEY = "__data__";

    /** How {@code __data__} is stored. */
    public enum DataForm {
        /** A JSON string holding the inner JSON document (every version since 0.6.16). */
        STRING,
        /** A nested JSON object (0.6.0 – 0.6.15). */
        OBJECT
    }

    /** The record as stored; for a struct made by {@link #withData} it is built on first {@link #toJson()} (edits in a row encode once). */
    private volatile JsonObject envelope;
    private final JsonObject base;
    private final String type;
    private final DataForm form;
    private final String label;
    private volatile Decoded decoded;

    private record Decoded(JsonObject data, JsonStyle style) {
    }

    private IndexStruct(JsonObject envelope, String type, DataForm form, String label, Decoded decoded) {
        this(envelope, envelope, type, form, label, decoded);
    }

    private IndexStruct(JsonObject envelope, JsonObject base, String type, DataForm form, String label, Decoded decoded) {
        this.envelope = envelope;
        this.base = base;
        this.type = type;
        this.form = form;
        this.label = label;
        this.decoded = decoded;
    }

    /**
     * Wraps a stored record. {@code label} names it in error messages (e.g. the file and key).
     *
     * @throws StoreFormatException when the record has no string {@code __type__} or its
     *                              {@code __data__} is neither a string nor an object
     */
    public static IndexStruct fromJson(JsonObject envelope, String label) {
        Objects.requireNonNull(envelope, "envelope");
        String where = label == null ? "index struct" : label;
        JsonValue t = envelope.get(TYPE_KEY);
        if (!(t instanceof JsonString ts)) {
            throw new StoreFormatException(where + ": expected an index struct record {\"__type__\": <string>, \"__data__\": ...}, "
                    + (t == null ? "but it has no \"__type__\"" : "but \"__type__\" is a JSON " + t.kind()) + " (keys: " + envelope.keys() + ")");
        }
        JsonValue d = envelope.get(DATA_KEY);
        DataForm form;
        Decoded decoded = null;
        if (d instanceof JsonString) {
            form = DataForm.STRING;
        } else if (d instanceof JsonObject o) {
            form = DataForm.OBJECT;
            decoded = new Decoded(o, null);
        } else {
            throw new StoreFormatException(where + ": \"__data__\" of an index struct must be a JSON string or object, "
                    + (d == null ? "but it is missing" : "but it is a JSON " + d.kind()));
        }
        return new IndexStruct(envelope, ts.value(), form, where, decoded);
    }

    public static IndexStruct fromJson(JsonObject envelope) {
        return fromJson(envelope, null);
    }

    /** A new struct as Python's {@code index_struct_to_json} writes it: {@code __data__} as a string. */
    public static IndexStruct of(String type, JsonObject data) {
        return of(type, data, DataForm.STRING);
    }

    public static IndexStruct of(String type, JsonObject data, DataForm form) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Decoded dec = new Decoded(data, JsonStyle.PYTHON);
        JsonObject env = JsonObject.builder().put(TYPE_KEY, type).put(DATA_KEY, encode(dec, form)).build();
        return new IndexStruct(env, type, form, null, dec);
    }

    public static IndexStruct of(IndexStructType type, JsonObject data) {
        return of(type.value(), data);
    }

    /** The {@code __type__} string as stored. */
    public String type() {
        return type;
    }

    /** The enum value of {@link #type()}, or null for a string that is no IndexStructType. */
    public IndexStructType structType() {
        return IndexStructType.fromValue(type);
    }

    /** True when {@code __type__} is a value of IndexStructType. */
    public boolean isKnownType() {
        return structType() != null;
    }

    /** True when core can load it (a registered type of §5.2); false for the enum-only and unknown types. */
    public boolean isLoadableByCore() {
        IndexStructType t = structType();
        return t != null && t.isLoadableByCore();
    }

    public DataForm dataForm() {
        return form;
    }

    /** The decoded {@code __data__} object (decoded on first call). */
    public JsonObject data() {
        return decode().data();
    }

    /** True once {@code __data__} has been decoded (or was never encoded). */
    public boolean isDecoded() {
        return decoded != null;
    }

    /** The inner text's style (string form only; null for the object form). */
    public JsonStyle dataStyle() {
        return form == DataForm.STRING ? decode().style() : null;
    }

    /** {@code index_id} of the data (null when absent). */
    public String indexId() {
        return data().getString("index_id");
    }

    /** {@code summary} of the data (null when null or absent). */
    public String summary() {
        return data().getString("summary");
    }

    /** The record to store: the original record while unchanged. */
    public JsonObject toJson() {
        JsonObject e = envelope;
        if (e == null) {
            e = base.with(DATA_KEY, encode(decoded, form));
            envelope = e;
        }
        return e;
    }

    /** A typed view by {@code __type__} (a {@link GenericIndexStruct} for types core cannot load). */
    public TypedIndexStruct view() {
        return TypedIndexStruct.of(this);
    }

    /** Every docstore node id the struct references, without duplicates, in first-seen order. */
    public List<String> nodeIds() {
        return view().nodeIds();
    }

    /** The number of distinct node ids the struct references. */
    public int nodeCount() {
        return nodeIds().size();
    }

    /** A copy without every reference to {@code nodeId}, by the rules of its type. */
    public IndexStruct withoutNodeId(String nodeId) {
        return view().withoutNodeId(nodeId).struct();
    }

    /** A copy with new data, in the same {@code __data__} form and style; other envelope keys keep their place. */
    public IndexStruct withData(JsonObject newData) {
        Objects.requireNonNull(newData, "newData");
        Decoded dec = new Decoded(newData, form == DataForm.STRING ? decode().style() : null);
        return new IndexStruct(null, base, type, form, label, dec);
    }

    /** A copy whose {@code summary} is {@code summary} (null writes JSON null). */
    public IndexStruct withSummary(String summary) {
        return withData(data().with("summary", summary));
    }

    private Decoded decode() {
        Decoded d = decoded;
        if (d == null) {
            String text = ((JsonString) toJson().get(DATA_KEY)).value();
            String where = label == null ? "index struct" : label;
            JsonSource src = JsonSource.of(text, where + " __data__");
            JsonValue v = JsonReader.parse(src, src.bodyStart(), src.length(), JsonPath.ROOT);
            if (!(v instanceof JsonObject o)) {
                throw new StoreFormatException(where + ": the \"__data__\" string must hold a JSON object, it holds a JSON " + v.kind());
            }
            d = new Decoded(o, JsonStyle.detect(src.buffer0(), src.bodyStart(), src.length()));
            decoded = d;
        }
        return d;
    }

    private static JsonValue encode(Decoded d, DataForm form) {
        return form == DataForm.OBJECT ? d.data() : JsonString.of(JsonWriter.toJson(d.data(), d.style()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexStruct s && s.type.equals(type) && s.form == form && s.data().equals(data());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, form, data());
    }

    @Override
    public String toString() {
        return "IndexStruct[" + type + ", " + (isDecoded() ? indexId() : "(not decoded)") + "]";
    }
}
