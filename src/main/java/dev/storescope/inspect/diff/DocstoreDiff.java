package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.docstore.NodeHasher;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document store of one namespace ({@code <ns>/data}, {@code /metadata}, {@code /ref_doc_info}):
 * nodes matched by id (a node's {@code docstore/metadata} doc hash belongs to it), nodes that kept
 * their content under a new id (same hash) as re-ids, ref docs matched by id with their node sets
 * (re-chunked when the set changed), and the remaining {@code /metadata} records (hashes of
 * documents) as doc hashes.
 */
final class DocstoreDiff {
    private final Keyed data;
    private final Keyed meta;
    private final Keyed refs;
    private final String metaName;
    private final DiffCollector out;

    DocstoreDiff(SimpleKVStore a, SimpleKVStore b, String namespace, DiffCollector out) {
        this.data = Keyed.of(a.rawSection(namespace + "/data"), b.rawSection(namespace + "/data"));
        this.meta = Keyed.of(a.rawSection(namespace + "/metadata"), b.rawSection(namespace + "/metadata"));
        this.refs = Keyed.of(a.rawSection(namespace + "/ref_doc_info"), b.rawSection(namespace + "/ref_doc_info"));
        this.metaName = namespace + "/metadata";
        this.out = out;
    }

    /** The collections this diff covers. */
    static List<String> collections(String namespace) {
        return List.of(namespace + "/data", namespace + "/metadata", namespace + "/ref_doc_info");
    }

    void run() {
        out.counts(Kind.REF_DOC);
        out.counts(Kind.NODE);
        refDocs();
        nodes();
        docHashes();
    }

    private void nodes() {
        List<String> removed = new ArrayList<>();
        long same = matched(data, removed::add, (id, details) -> NodeFields.diff(data.a(id), data.b(id), meta.a(id), meta.b(id), details),
                (id, fields, details) -> out.change(Kind.NODE, id, Status.CHANGED, fields, details, new ValueRef.DocNode(id)));
        out.unchanged(Kind.NODE, same);
        reIds(removed, data.added());
    }

    interface Fields {
        List<String> of(String id, Map<String, Object> details);
    }

    interface Changed {
        void report(String id, List<String> fields, Map<String, Object> details);
    }

    /**
     * Walks the keys of A's {@code collection}: those B lacks go to {@code removed}; those whose
     * record and {@code /metadata} hash have equal bytes (or equal JSON) are counted as unchanged
     * (returned); the others are compared field by field.
     */
    private long matched(Keyed collection, java.util.function.Consumer<String> removed, Fields fields, Changed changed) {
        long same = 0;
        for (String id : collection.keysA()) {
            boolean s = collection.same(id);
            if (!s && !collection.inB(id)) {
                removed.accept(id);
            } else if (s && meta.same(id)) {
                same++;
            } else {
                Map<String, Object> details = new LinkedHashMap<>();
                List<String> f = fields.of(id, details);
                if (f.isEmpty()) same++;
                else changed.report(id, f, details);
            }
        }
        return same;
    }

    /** Removed and added nodes with the same content hash are re-ids (one to one, in order). */
    private void reIds(List<String> removed, List<String> added) {
        Map<String, ArrayDeque<String>> byHash = new HashMap<>();
        for (String id : removed) {
            String h = hash(data.a(id), meta.a(id));
            if (h != null) byHash.computeIfAbsent(h, k -> new ArrayDeque<>()).add(id);
        }
        Set<String> matched = new HashSet<>();
        for (String id : added) {
            String h = byHash.isEmpty() ? null : hash(data.b(id), meta.b(id));
            ArrayDeque<String> q = h == null ? null : byHash.get(h);
            if (q != null && !q.isEmpty()) {
                String old = q.poll();
                matched.add(old);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("old_id", old);
                List<String> fields = NodeFields.diff(data.a(old), data.b(id), null, null, details);
                fields.remove("hash");
                out.change(Kind.NODE, id, Status.RE_ID, fields, details, new ValueRef.DocNode(id));
            } else {
                out.change(Kind.NODE, id, Status.ADDED, new ValueRef.DocNode(id));
            }
        }
        for (String id : removed) if (!matched.contains(id)) out.change(Kind.NODE, id, Status.REMOVED, new ValueRef.DocNode(id));
    }

    private static String hash(JsonValue v, JsonValue m) {
        String recorded = recordedHash(m);
        if (recorded != null) return recorded; // the docstore's own record: no need to parse the node
        try {
            StoredNode n = StoredNode.fromEnvelope((JsonObject) v.resolve());
            String h = NodeFields.hash(n, null); // the /metadata record has no doc_hash (looked at above)
            return h != null ? h : NodeHasher.hash(n);
        } catch (RuntimeException e) {
            return null; // a record that is no node: no re-id for it
        }
    }

    /** The {@code doc_hash} of a {@code /metadata} record, read off its bytes when it is raw; null when it has none. */
    static String recordedHash(JsonValue m) {
        try {
            return FastStrings.member(m, "doc_hash");
        } catch (RuntimeException e) {
            return null; // a record that does not scan: no recorded hash
        }
    }

    private void refDocs() {
        long same = matched(refs,
                id -> out.change(Kind.REF_DOC, id, Status.REMOVED, List.of(), nodeCount(refs.a(id), "nodes_before"), new ValueRef.RefDoc(id)),
                (id, details) -> refDocFields(refs.a(id), refs.b(id), meta.a(id), meta.b(id), details),
                (id, fields, details) -> out.change(Kind.REF_DOC, id, Status.CHANGED, fields, details, new ValueRef.RefDoc(id)));
        out.unchanged(Kind.REF_DOC, same);
        for (String id : refs.added()) out.change(Kind.REF_DOC, id, Status.ADDED, List.of(), nodeCount(refs.b(id), "nodes_after"), new ValueRef.RefDoc(id));
    }

    private static Map<String, Object> nodeCount(JsonValue v, String key) {
        return Map.of(key, v == null || !(v.resolve() instanceof JsonObject o) ? 0 : RefDocInfo.fromJson(o).nodeIds().size());
    }

    private static List<String> refDocFields(JsonValue va, JsonValue vb, JsonValue ha, JsonValue hb, Map<String, Object> details) {
        List<String> f = new ArrayList<>();
        RefDocInfo ra = RefDocInfo.fromJson((JsonObject) va.resolve());
        RefDocInfo rb = RefDocInfo.fromJson((JsonObject) vb.resolve());
        Set<String> sa = new LinkedHashSet<>(ra.nodeIds());
        Set<String> sb = new LinkedHashSet<>(rb.nodeIds());
        if (!sa.equals(sb)) {
            f.add("node_ids");
            details.put("re_chunked", true);
            details.put("nodes_before", ra.nodeIds().size());
            details.put("nodes_after", rb.nodeIds().size());
            Set<String> left = new LinkedHashSet<>(sa);
            left.removeAll(sb);
            Set<String> joined = new LinkedHashSet<>(sb);
            joined.removeAll(sa);
            details.put("nodes_removed", left.size());
            details.put("nodes_added", joined.size());
        } else if (!ra.nodeIds().equals(rb.nodeIds())) {
            f.add("node_ids (order)");
        }
        NodeFields.metadata(ra.metadata(), rb.metadata(), "metadata", f);
        if (ra.isLegacy() != rb.isLegacy()) f.add(rb.isLegacy() ? "layout (legacy doc_ids)" : "layout (legacy doc_ids → node_ids)");
        if (!RawEq.same(ha, hb)) f.add("doc_hash");
        return f;
    }

    /** {@code /metadata} records that are no node's and no ref doc's: hashes of documents. */
    private void docHashes() {
        Set<String> owned = new HashSet<>();
        for (Keyed k : List.of(data, refs)) {
            owned.addAll(k.keysA());
            owned.addAll(k.added());
        }
        long same = 0;
        boolean any = false;
        for (String id : meta.keysA()) {
            if (owned.contains(id)) continue;
            any = true;
            ValueRef ref = new ValueRef.KvEntry(out.store(), metaName, id);
            if (meta.same(id)) same++;
            else if (!meta.inB(id)) out.change(Kind.DOC_HASH, id, Status.REMOVED, ref);
            else out.change(Kind.DOC_HASH, id, Status.CHANGED, GenericDiff.paths(meta.a(id), meta.b(id)), Map.of(), ref);
        }
        for (String id : meta.added()) {
            if (owned.contains(id)) continue;
            any = true;
            out.change(Kind.DOC_HASH, id, Status.ADDED, new ValueRef.KvEntry(out.store(), metaName, id));
        }
        if (any) out.unchanged(Kind.DOC_HASH, same);
    }
}
