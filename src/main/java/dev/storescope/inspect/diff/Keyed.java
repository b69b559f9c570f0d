package dev.storescope.inspect.diff;

import dev.storescope.json.JsonValue;
import dev.storescope.json.Section;
import dev.storescope.json.SectionDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One keyed collection on both sides of a diff (a docstore collection, a vector store map): its
 * keys, which were added, and whether a key's values are equal. Two ways to know: from the twin
 * scan of B against A ({@link SectionDiff}, no maps built, equal bytes known without a compare), or,
 * when that is not available (an edited store, a side loaded on its own), from the two sections'
 * maps with a byte compare per key.
 */
interface Keyed {
    /** A's keys in order. */
    List<String> keysA();

    /** B's keys that A lacks, in B's order. */
    List<String> added();

    boolean inB(String key);

    /** Equal values, or absent on both sides. */
    boolean same(String key);

    /** A's value (raw while untouched), or null. */
    JsonValue a(String key);

    /** B's value, or null. */
    JsonValue b(String key);

    static Keyed of(Section a, Section b) {
        SectionDiff d = SectionDiff.of(a, b);
        return d != null ? new Aligned(d) : new Mapped(a, b);
    }

    /** From the twin scan: only the keys it names as differing are looked at. */
    record Aligned(SectionDiff d) implements Keyed {
        public List<String> keysA() {
            return d.keysA();
        }

        public List<String> added() {
            return d.added();
        }

        public boolean inB(String key) {
            return d.inB(key);
        }

        public boolean same(String key) {
            return d.same(key) || RawEq.same(d.before(key), d.after(key)); // other bytes may still be equal JSON
        }

        public JsonValue a(String key) {
            return d.before(key);
        }

        public JsonValue b(String key) {
            return d.after(key);
        }
    }

    /** From the sections' maps (either may be missing: an empty collection). */
    final class Mapped implements Keyed {
        private final Map<String, JsonValue> a;
        private final Map<String, JsonValue> b;

        Mapped(Section a, Section b) {
            this.a = a == null ? Map.of() : a.entries();
            this.b = b == null ? Map.of() : b.entries();
        }

        public List<String> keysA() {
            return new ArrayList<>(a.keySet());
        }

        public List<String> added() {
            List<String> out = new ArrayList<>();
            for (String k : b.keySet()) if (!a.containsKey(k)) out.add(k);
            return out;
        }

        public boolean inB(String key) {
            return b.containsKey(key);
        }

        public boolean same(String key) {
            return RawEq.same(a.get(key), b.get(key));
        }

        public JsonValue a(String key) {
            return a.get(key);
        }

        public JsonValue b(String key) {
            return b.get(key);
        }
    }
}
