package dev.storescope.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object-valued top-level member of a {@link JsonDocument} (a KV collection, a vector store's
 * {@code embedding_dict}, …) as an ordered key → value map with Python dict semantics. Values stay
 * {@link RawJson} until read; while nothing changed, the section is written back from its bytes.
 */
public final class Section {
    private final JsonDocument doc;
    private final String name;
    private final RawJson original;
    /** The members as scanned on load (the map is built from them when first read; kept for {@link SectionDiff}), or null. */
    private final List<JsonScanner.Member> loaded;
    /** The twin this section was scanned against and, per member, the twin member it was taken over from (or -1); else null. */
    private final JsonScanner.Twin scannedLike;
    private final int[] twinOf;
    private KeyIndex keyIndex;
    private LinkedHashMap<String, JsonValue> entries;
    /** The index as loaded, kept from the first change on, so restoring the loaded state (undo) does not scan the bytes again. */
    private LinkedHashMap<String, JsonValue> pristine;
    private boolean changed;

    Section(JsonDocument doc, String name, RawJson original, List<JsonScanner.Member> scanned) {
        this(doc, name, original, scanned, null, null);
    }

    Section(JsonDocument doc, String name, RawJson original, List<JsonScanner.Member> scanned, JsonScanner.Twin like, int[] twinOf) {
        this.doc = doc;
        this.name = name;
        this.original = original;
        this.loaded = scanned;
        this.scannedLike = twinOf == null ? null : like;
        this.twinOf = like == null ? null : twinOf;
        if (original == null) {
            entries = new LinkedHashMap<>();
            changed = true;
        }
    }

    public String name() {
        return name;
    }

    /** Read-only view of the entries in order (values raw until read). */
    public Map<String, JsonValue> entries() {
        return Collections.unmodifiableMap(index());
    }

    public JsonValue get(String key) {
        return index().get(key);
    }

    public boolean has(String key) {
        return index().containsKey(key);
    }

    public int size() {
        return index().size();
    }

    /** Sets a key: an existing key keeps its position, a new one goes last. */
    public void put(String key, JsonValue value) {
        keepPristine();
        index().put(key, value);
        touch();
    }

    /** Removes a key; true when it existed. */
    public boolean remove(String key) {
        if (!index().containsKey(key)) return false;
        keepPristine();
        index().remove(key);
        touch();
        return true;
    }

    public boolean changed() {
        return changed;
    }

    /** The original byte range, or null for a section created in memory. */
    public RawJson original() {
        return original;
    }

    private void keepPristine() {
        if (!changed && original != null && pristine == null) pristine = new LinkedHashMap<>(index());
    }

    private void touch() {
        changed = true;
        doc.touch();
    }

    private LinkedHashMap<String, JsonValue> index() {
        if (entries == null) {
            List<JsonScanner.Member> members = loaded != null ? loaded
                    : new JsonScanner(original.source()).members(original.start(), original.path());
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(members.size() * 4 / 3 + 1);
            String parent = original.path();
            for (JsonScanner.Member mem : members) {
                m.put(mem.key(), new RawJson(original.source(), mem.valueStart(), mem.valueEnd(), original.style(),
                        original.depth() + 1, parent, mem.key()));
            }
            entries = m;
        }
        return entries;
    }

    /** This section as a twin to scan a similar file against; null once it changed (or was made in memory). */
    JsonScanner.Twin twin() {
        if (original == null || changed || loaded == null) return null;
        return new JsonScanner.Twin(original.source(), original.start(), loaded, this::loadedKeyIndex);
    }

    /** Key → index of its first loaded member, built once (the twin scan and {@link SectionDiff} share it). */
    synchronized KeyIndex loadedKeyIndex() {
        if (keyIndex == null) keyIndex = KeyIndex.of(loaded);
        return keyIndex;
    }

    /** The members as loaded, or null (made in memory, or loaded before scanning kept them). */
    List<JsonScanner.Member> loadedMembers() {
        return loaded;
    }

    /** The twin this section was scanned against, or null. */
    JsonScanner.Twin scannedLike() {
        return scannedLike;
    }

    /** Per loaded member, the twin member whose bytes it repeats, or -1; null when not scanned against a twin. */
    int[] twinOf() {
        return twinOf;
    }

    /** The value of loaded member {@code i} as a raw slice (the section must be unchanged). */
    RawJson loadedValue(int i) {
        JsonScanner.Member mem = loaded.get(i);
        return new RawJson(original.source(), mem.valueStart(), mem.valueEnd(), original.style(), original.depth() + 1, original.path(), mem.key());
    }

    /** The state of this section, to {@link #restore} later (undo): entries keep their positions. */
    public Snapshot snapshot() {
        return new Snapshot(this, changed ? new LinkedHashMap<>(index()) : null, changed);
    }

    /** Puts the section back as it was at {@code s} (counts as a change of the document). */
    public void restore(Snapshot s) {
        if (s.section != this) throw new IllegalArgumentException("snapshot of another section");
        if (s.entries == null) {
            if (changed) { // back to the loaded state: from the kept index, else from the loaded members
                entries = pristine == null ? null : new LinkedHashMap<>(pristine);
            } // an unchanged section keeps the index it has
            changed = false;
            if (original == null) {
                entries = new LinkedHashMap<>();
                changed = true;
            }
        } else {
            entries = new LinkedHashMap<>(s.entries);
            changed = s.changed;
        }
        doc.touch();
    }

    /** A saved state of a section (cheap while the section is untouched: then it is just "as loaded"). */
    public static final class Snapshot {
        private final Section section;
        private final LinkedHashMap<String, JsonValue> entries;
        private final boolean changed;

        private Snapshot(Section section, LinkedHashMap<String, JsonValue> entries, boolean changed) {
            this.section = section;
            this.entries = entries;
            this.changed = changed;
        }

        Section section() {
            return section;
        }
    }

    /** What persist writes: the original bytes while unchanged, else the current entries. */
    JsonValue persistValue() {
        return !changed ? original : JsonObject.of(index());
    }
}
