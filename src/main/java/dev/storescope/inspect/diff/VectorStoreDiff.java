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
        Keyed e = Keyed.of(a.rawSection(Member.EMBEDDINGS), b.rawSection(Member.EMBEDDINGS));
        Keyed r = Keyed.of(a.rawSection(Member.REF_DOC_IDS), b.rawSection(Member.REF_DOC_IDS));
        Keyed m = Keyed.of(a.rawSection(Member.METADATA), b.rawSection(Member.METADATA));
        long same = 0;
        for (String id : e.keysA()) {
            boolean se = e.same(id);
            if (!se && !e.inB(id)) {
                out.change(Kind.VECTOR, id, Status.REMOVED, new ValueRef.Vector(namespace, id));
                continue;
            }
            boolean sr = r.same(id);
            boolean sm = m.same(id);
            if (se && sr && sm) {
                same++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            Map<String, Object> details = new LinkedHashMap<>();
            if (!se) {
                fields.add("embedding");
                details.put("cosine", Cosine.rounded(Cosine.of(e.a(id), e.b(id))));
            }
            if (!sr) {
                fields.add("ref_doc_id");
                details.put("ref_doc_id_before", str(r.a(id)));
                details.put("ref_doc_id_after", str(r.b(id)));
            }
            if (!sm) NodeFields.metadata(m.a(id), m.b(id), "metadata", fields);
            out.change(Kind.VECTOR, id, Status.CHANGED, fields, details, new ValueRef.Vector(namespace, id));
        }
        out.unchanged(Kind.VECTOR, same);
        for (String id : e.added()) out.change(Kind.VECTOR, id, Status.ADDED, new ValueRef.Vector(namespace, id));
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
