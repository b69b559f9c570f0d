package dev.storescope.json;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON file whose top-level value is an object, indexed two levels deep in one pass: each
 * top-level member is kept as its byte range, and object-valued members are {@link Section}s whose
 * entries are byte ranges too. Nothing is parsed until read. Persisting copies the file when nothing
 * changed, else copies untouched members and entries verbatim and writes changed ones in the file's
 * own {@link JsonStyle}.
 */
public final class JsonDocument {
    private final JsonSource source;
    private final JsonStyle style;
    private final byte[] leading;
    private final byte[] trailing;
    private final LinkedHashMap<String, Object> members = new LinkedHashMap<>();
    private long revision;

    private JsonDocument(JsonSource source, JsonStyle style, byte[] leading, byte[] trailing) {
        this.source = source;
        this.style = style;
        this.leading = leading;
        this.trailing = trailing;
    }

    /** An empty document that will be written in {@code style}. */
    public static JsonDocument create(JsonStyle style) {
        return new JsonDocument(null, style, new byte[0], new byte[0]);
    }

    /** Scans a file whose top-level value must be an object; fails with a located error otherwise. */
    public static JsonDocument load(JsonSource src) {
        return load(src, null);
    }

    /**
     * {@link #load(JsonSource)} for a file that is likely a later version of {@code like} (a
     * snapshot of the same store): sections whose bytes recur in {@code like}'s untouched sections
     * are indexed by comparing bytes instead of scanning them. The result is the same.
     */
    public static JsonDocument load(JsonSource src, JsonDocument like) {
        Map<String, JsonScanner.Twin> twins = new java.util.HashMap<>();
        if (like != null && like.source != null) {
            for (Map.Entry<String, Object> e : like.members.entrySet()) {
                if (e.getValue() instanceof Section sec) {
                    JsonScanner.Twin t = sec.twin();
                    if (t != null) twins.put(e.getKey(), t);
                }
            }
        }
        JsonScanner scanner = JsonScanner.sequential(src);
        try {
            return load(src, scanner, twins);
        } finally {
            scanner.close();
        }
    }

    private static JsonDocument load(JsonSource src, JsonScanner scanner, Map<String, JsonScanner.Twin> twins) {
        int start = scanner.skipWs(src.bodyStart());
        if (start >= src.length()) {
            throw src.error(start, JsonPath.ROOT, src.length() == 0 ? "empty file" : "Expecting value (only whitespace)");
        }
        if (src.get(start) != '{') {
            int[] root = scanner.rootRange();
            RawJson r = new RawJson(src, root[0], root[1], JsonStyle.PYTHON, 0, JsonPath.ROOT);
            throw new JsonShapeException(src.label() + ": the top-level JSON value is a " + r.kind() + ", expected an object");
        }
        List<JsonScanner.Collection> cols = scanner.scanCollections(start, twins);
        int end = start;
        for (int i = src.length() - 1; i >= start; i--) {
            if (src.get(i) == '}') {
                end = i + 1;
                break;
            }
        }
        JsonStyle style = JsonStyle.detect(src.buffer0(), start, end);
        JsonDocument doc = new JsonDocument(src, style, src.bytes(src.bodyStart(), start), src.bytes(end, src.length()));
        for (JsonScanner.Collection c : cols) {
            RawJson raw = new RawJson(src, c.start(), c.end(), style, 1, JsonPath.ROOT, c.name());
            doc.members.put(c.name(), c.entries() == null ? raw : new Section(doc, c.name(), raw, c.entries(), c.twin(), c.twinOf()));
        }
        return doc;
    }

    public JsonSource source() {
        return source;
    }

    public JsonStyle style() {
        return style;
    }

    /** Top-level member names in order. */
    public List<String> names() {
        return new ArrayList<>(members.keySet());
    }

    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** A top-level member's current value ({@link RawJson} while untouched), or null. */
    public JsonValue get(String name) {
        Object m = members.get(name);
        if (m instanceof Section s) return s.changed() ? s.persistValue() : s.original();
        return (JsonValue) m;
    }

    /** The object member {@code name} as a section, or null when absent; fails when it is not an object. */
    public Section section(String name) {
        Object m = members.get(name);
        if (m == null || m instanceof Section) return (Section) m;
        JsonValue v = (JsonValue) m;
        if (v instanceof RawJson raw && !raw.isObject()) {
            throw new JsonShapeException(raw.source().label() + ": " + raw.path() + " is a JSON " + raw.kind() + ", expected an object");
        }
        JsonValue resolved = v.resolve();
        if (!(resolved instanceof JsonObject o)) throw new JsonShapeException(name + " is a JSON " + resolved.kind() + ", expected an object");
        Section s = new Section(this, name, null, null);
        for (Map.Entry<String, JsonValue> e : o.rawMembers().entrySet()) s.put(e.getKey(), e.getValue());
        members.put(name, s);
        return s;
    }

    /** The section {@code name}, created empty at the end when absent. */
    public Section sectionOrCreate(String name) {
        Section s = section(name);
        if (s == null) {
            s = new Section(this, name, null, null);
            members.put(name, s);
            touch();
        }
        return s;
    }

    /** Replaces (or adds at the end) a top-level member. */
    public void set(String name, JsonValue value) {
        members.put(name, value);
        touch();
    }

    public boolean remove(String name) {
        if (members.remove(name) == null) return false;
        touch();
        return true;
    }

    /**
     * The whole document's state, for undo: untouched sections cost nothing, changed ones a copy of
     * their entry map (values are immutable and shared).
     */
    public Snapshot snapshot() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : members.entrySet()) {
            m.put(e.getKey(), e.getValue() instanceof Section s ? s.snapshot() : e.getValue());
        }
        return new Snapshot(this, m);
    }

    /** Puts the document back as it was at {@code s}; key positions are restored too. */
    public void restore(Snapshot s) {
        if (s.doc != this) throw new IllegalArgumentException("snapshot of another document");
        members.clear();
        for (Map.Entry<String, Object> e : s.members.entrySet()) {
            if (e.getValue() instanceof Section.Snapshot ss) {
                Section sec = ss.section();
                sec.restore(ss);
                members.put(e.getKey(), sec);
            } else {
                members.put(e.getKey(), e.getValue());
            }
        }
        touch();
    }

    /** A saved state of a {@link JsonDocument}. */
    public static final class Snapshot {
        private final JsonDocument doc;
        private final LinkedHashMap<String, Object> members;

        private Snapshot(JsonDocument doc, LinkedHashMap<String, Object> members) {
            this.doc = doc;
            this.members = members;
        }
    }

    /** Counts every change; 0 means nothing changed since load. */
    public long revision() {
        return revision;
    }

    void touch() {
        revision++;
    }

    /** True when persisting would write exactly the loaded bytes. */
    public boolean unchangedSinceLoad() {
        return source != null && revision == 0;
    }

    /** The bytes of the document as persist writes them. */
    public void writeTo(WritableByteChannel ch) throws IOException {
        if (unchangedSinceLoad()) {
            source.writeTo(ch);
            return;
        }
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        out.write(leading);
        LinkedHashMap<String, JsonValue> root = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : members.entrySet()) {
            root.put(e.getKey(), e.getValue() instanceof Section s ? s.persistValue() : (JsonValue) e.getValue());
        }
        new JsonWriter(out, style).write(JsonObject.of(root), 0);
        out.write(trailing);
        out.flush();
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        writeTo(Channels.newChannel(bos));
        return bos.toByteArray();
    }
}
