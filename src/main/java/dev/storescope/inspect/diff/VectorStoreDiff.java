package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.SimpleVectorStore.Member;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One vector store file: vectors matched by node id; a changed vector names its parts
 * ({@code embedding} with the cosine drift, {@code ref_doc_id}, {@code metadata.<key>}). Members of
 * the file other than the three maps are compared as JSON.
 */
final class VectorStoreDiff {
    private VectorStoreDiff() {
    }

    static void run(SimpleVectorStore a, SimpleVectorStore b, String namespace, DiffCollector out) {
        out.counts(Kind.VECTOR);
        Set<String> inB = new HashSet<>(b.ids());
        long same = 0;
        for (String id : a.ids()) {
            if (!inB.contains(id)) {
                out.change(Kind.VECTOR, id, Status.REMOVED, new ValueRef.Vector(namespace, id));
                continue;
            }
            boolean e = RawEq.same(a.rawValue(Member.EMBEDDINGS, id), b.rawValue(Member.EMBEDDINGS, id));
            boolean r = RawEq.same(a.rawValue(Member.REF_DOC_IDS, id), b.rawValue(Member.REF_DOC_IDS, id));
            boolean m = RawEq.same(a.rawValue(Member.METADATA, id), b.rawValue(Member.METADATA, id));
            if (e && r && m) {
                same++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            Map<String, Object> details = new LinkedHashMap<>();
            if (!e) {
                fields.add("embedding");
                details.put("cosine", Cosine.rounded(Cosine.of(a.rawValue(Member.EMBEDDINGS, id), b.rawValue(Member.EMBEDDINGS, id))));
            }
            if (!r) {
                fields.add("ref_doc_id");
                details.put("ref_doc_id_before", str(a.rawValue(Member.REF_DOC_IDS, id)));
                details.put("ref_doc_id_after", str(b.rawValue(Member.REF_DOC_IDS, id)));
            }
            if (!m) NodeFields.metadata(a.rawValue(Member.METADATA, id), b.rawValue(Member.METADATA, id), "metadata", fields);
            out.change(Kind.VECTOR, id, Status.CHANGED, fields, details, new ValueRef.Vector(namespace, id));
        }
        out.unchanged(Kind.VECTOR, same);
        Set<String> inA = new HashSet<>(a.ids());
        for (String id : b.ids()) if (!inA.contains(id)) out.change(Kind.VECTOR, id, Status.ADDED, new ValueRef.Vector(namespace, id));
        otherMembers(a, b, out);
    }

    private static Object str(JsonValue v) {
        if (v == null) return "(none)";
        return v.resolve() instanceof JsonString s ? s.value() : v.resolve().toString();
    }

    private static void otherMembers(SimpleVectorStore a, SimpleVectorStore b, DiffCollector out) {
        Set<String> parts = new HashSet<>();
        for (SimpleVectorStore s : List.of(a, b)) for (Member p : Member.values()) parts.add(s.memberName(p));
        Set<String> names = new LinkedHashSet<>(a.memberNames());
        names.addAll(b.memberNames());
        for (String n : names) {
            if (parts.contains(n)) continue;
            GenericDiff.entry(out, n, a.rawMember(n), b.rawMember(n), new ValueRef.File(out.store()));
        }
    }
}
