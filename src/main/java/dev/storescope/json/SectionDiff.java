package dev.storescope.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two untouched sections where the second (B) was scanned against the first (A) as its twin:
 * which keys were removed, which added, and which keys in both may hold different values, without
 * building either section's map. Members B took over from A hold the same bytes, so they are equal
 * without a look; the few that B scanned are compared by their bytes here. Everything else (every
 * key not named by {@link #differing()}) is in both sections with equal bytes.
 */
public final class SectionDiff {
    private final Section a;
    private final Section b;
    private final List<String> keysA;
    private final List<String> removed;
    private final List<String> added;
    /** Key → {index in A, index in B} (-1 when absent) for every key whose values are not known equal. */
    private final Map<String, int[]> differing;
    private final KeyIndex indexA;

    private SectionDiff(Section a, Section b, List<String> keysA, KeyIndex indexA, List<String> removed, List<String> added, Map<String, int[]> differing) {
        this.a = a;
        this.indexA = indexA;
        this.b = b;
        this.keysA = keysA;
        this.removed = removed;
        this.added = added;
        this.differing = differing;
    }

    /**
     * The diff of {@code a} and {@code b}, or null when it cannot be had this way: either section is
     * missing or changed, B was not scanned against A, or a side holds a key twice (then only the
     * map of the section knows which value counts).
     */
    public static SectionDiff of(Section a, Section b) {
        if (a == null || b == null || a.changed() || b.changed() || b.twinOf() == null || a.loadedMembers() == null) return null;
        JsonScanner.Twin like = b.scannedLike();
        List<JsonScanner.Member> am = a.loadedMembers();
        List<JsonScanner.Member> bm = b.loadedMembers();
        if (like.members() != am || like.source() != a.original().source() || like.start() != a.original().start()) return null;
        int[] tw = b.twinOf();
        KeyIndex indexA = a.loadedKeyIndex();
        if (indexA.hasDuplicates()) return null;
        List<String> keysA = new java.util.AbstractList<>() { // a view: no copy of 100,000 keys
            @Override
            public String get(int i) {
                return am.get(i).key();
            }

            @Override
            public int size() {
                return am.size();
            }
        };
        boolean[] matched = new boolean[am.size()];
        for (int j = 0; j < bm.size(); j++) if (tw[j] >= 0) matched[tw[j]] = true;
        Map<String, int[]> differing = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        Set<String> scannedB = new HashSet<>();
        for (int j = 0; j < bm.size(); j++) {
            if (tw[j] >= 0) continue;
            String k = bm.get(j).key();
            if (!scannedB.add(k)) return null;
            int i = indexA.get(k);
            if (i < 0) {
                added.add(k);
                differing.put(k, new int[] {-1, j});
            } else if (matched[i]) {
                return null; // B holds k twice (once taken over, once scanned)
            } else {
                matched[i] = true;
                if (!sameBytes(am.get(i), a, bm.get(j), b)) differing.put(k, new int[] {i, j});
            }
        }
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < am.size(); i++) {
            if (matched[i]) continue;
            String k = am.get(i).key();
            removed.add(k);
            differing.put(k, new int[] {i, -1});
        }
        return new SectionDiff(a, b, keysA, indexA, removed, added, differing);
    }

    private static boolean sameBytes(JsonScanner.Member ma, Section a, JsonScanner.Member mb, Section b) {
        int len = ma.valueEnd() - ma.valueStart();
        return len == mb.valueEnd() - mb.valueStart() && a.original().source().sameBytes(ma.valueStart(), b.original().source(), mb.valueStart(), len);
    }

    /**
     * True when every value of A is the JSON string of its own key, written without escapes (a vector
     * index's {@code nodes_dict}: vector id → the same node id). Then A's values are its keys, each
     * once. Compared byte by byte, without building a value.
     */
    public boolean valuesAreTheirKeysInA() {
        JsonSource src = a.original().source();
        for (JsonScanner.Member m : a.loadedMembers()) {
            String key = m.key();
            int vs = m.valueStart();
            if (m.valueEnd() - vs != key.length() + 2 || src.get(vs) != '"' || src.get(vs + key.length() + 1) != '"') return false;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c >= 0x80 || c == '\\' || c == '"' || src.get(vs + 1 + i) != c) return false;
            }
        }
        return true;
    }

    /** A's keys in order. */
    public List<String> keysA() {
        return keysA;
    }

    /** Keys of A that B lacks, in A's order. */
    public List<String> removed() {
        return removed;
    }

    /** Keys of B that A lacks, in B's order. */
    public List<String> added() {
        return added;
    }

    /** True when the key is in both with equal bytes, or in neither. */
    public boolean same(String key) {
        return !differing.containsKey(key);
    }

    /** The keys that are not {@link #same}: removed, added, and in both with other bytes. */
    public Set<String> differing() {
        return differing.keySet();
    }

    /** A's value of a key as a raw slice, or null when A lacks it. */
    public JsonValue before(String key) {
        int[] at = differing.get(key);
        if (at != null) return at[0] < 0 ? null : a.loadedValue(at[0]);
        int i = indexA.get(key);
        return i < 0 ? null : a.loadedValue(i);
    }

    /** B's value of a key as a raw slice, or null when B lacks it (for a {@link #same} key: A's slice, the same bytes). */
    public JsonValue after(String key) {
        int[] at = differing.get(key);
        if (at != null) return at[1] < 0 ? null : b.loadedValue(at[1]);
        int i = indexA.get(key);
        return i < 0 ? null : a.loadedValue(i);
    }

    /** True when A holds the key. */
    public boolean inA(String key) {
        int[] at = differing.get(key);
        return at != null ? at[0] >= 0 : indexA.contains(key);
    }

    /** True when B holds the key. */
    public boolean inB(String key) {
        int[] at = differing.get(key);
        return at != null ? at[1] >= 0 : indexA.contains(key);
    }
}
