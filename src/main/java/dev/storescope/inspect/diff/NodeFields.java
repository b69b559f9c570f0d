package dev.storescope.inspect.diff;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.docstore.NodeRelationship;
import dev.storescope.storage.docstore.StoredNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which parts of a node record differ: {@code type}, {@code text}, {@code metadata.<key>},
 * {@code relationships.<NAME>}, {@code embedding} (with the cosine drift), {@code hash} (the
 * {@code docstore/metadata} doc hash or a stored {@code hash}) and any other field by its JSON path.
 */
final class NodeFields {
    private static final Set<String> HANDLED = Set.of("id_", "doc_id", "embedding", "metadata", "extra_info", "relationships", "text", "hash", "doc_hash");

    private NodeFields() {
    }

    /**
     * @param a       old envelope (raw), {@code b} new envelope
     * @param hashA   old {@code docstore/metadata} value or null, {@code hashB} the new one
     * @param details receives {@code cosine} when the embeddings differ
     */
    static List<String> diff(JsonValue a, JsonValue b, JsonValue hashA, JsonValue hashB, Map<String, Object> details) {
        List<String> f = new ArrayList<>();
        JsonObject ea = (JsonObject) a.resolve();
        JsonObject eb = (JsonObject) b.resolve();
        StoredNode na = StoredNode.fromEnvelope(ea);
        StoredNode nb = StoredNode.fromEnvelope(eb);
        if (!Objects.equals(ea.get("__type__"), eb.get("__type__"))) f.add("type");
        JsonObject da = na.data();
        JsonObject db = nb.data();
        if (!Objects.equals(na.text(), nb.text())) f.add("text");
        metadata(da.getRaw(na.metadataKey()), db.getRaw(nb.metadataKey()), "metadata", f);
        relationships(da.getObject("relationships").orElse(JsonObject.EMPTY), db.getObject("relationships").orElse(JsonObject.EMPTY), f);
        JsonValue embA = da.getRaw("embedding");
        JsonValue embB = db.getRaw("embedding");
        if (!RawEq.same(orNull(embA), orNull(embB))) {
            f.add("embedding");
            if (!orNull(embA).isNull() && !orNull(embB).isNull()) details.put("cosine", Cosine.rounded(Cosine.of(embA, embB)));
        }
        if (!Objects.equals(hash(na, hashA), hash(nb, hashB)) || !RawEq.same(orNull(hashA), orNull(hashB))) f.add("hash");
        Set<String> keys = new LinkedHashSet<>(da.keys());
        keys.addAll(db.keys());
        for (String k : keys) {
            if (HANDLED.contains(k)) continue;
            for (String p : JsonTreeDiff.paths(k, da.getRaw(k), db.getRaw(k))) {
                if (p.substring(1).equals("text_resource.text")) continue; // reported as text
                f.add(p.substring(1));
            }
        }
        return f;
    }

    /** The node's hash as recorded: {@code docstore/metadata} doc_hash, else the stored field. */
    static String hash(StoredNode n, JsonValue metaValue) {
        if (metaValue != null && metaValue.resolve() instanceof JsonObject o && o.getString("doc_hash") != null) return o.getString("doc_hash");
        try {
            return n.storedHash();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code metadata.<key>} for each key added, removed or changed. */
    static void metadata(JsonValue a, JsonValue b, String prefix, List<String> out) {
        if (RawEq.same(orNull(a), orNull(b))) return;
        JsonObject x = orNull(a).resolve() instanceof JsonObject o ? o : JsonObject.EMPTY;
        JsonObject y = orNull(b).resolve() instanceof JsonObject o ? o : JsonObject.EMPTY;
        Set<String> keys = new LinkedHashSet<>(x.keys());
        keys.addAll(y.keys());
        int before = out.size();
        for (String k : keys) if (!RawEq.same(x.getRaw(k), y.getRaw(k))) out.add(prefix + "." + k);
        if (out.size() == before) out.add(prefix); // e.g. null vs {}
    }

    private static void relationships(JsonObject a, JsonObject b, List<String> out) {
        Set<String> keys = new LinkedHashSet<>(a.keys());
        keys.addAll(b.keys());
        for (String k : keys) {
            if (RawEq.same(a.getRaw(k), b.getRaw(k))) continue;
            out.add("relationships." + NodeRelationship.fromCode(k).map(Enum::name).orElse(k));
        }
    }

    private static JsonValue orNull(JsonValue v) {
        return v == null ? JsonNull.INSTANCE : v;
    }
}
