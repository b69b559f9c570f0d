package dev.storescope.inspect.salvage;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

import java.util.ArrayList;
import java.util.List;

/**
 * Salvage mode for a truncated or corrupted file whose top-level value is an object of members
 * (every LlamaIndex persist file: KV collections, a vector store's maps, a chat store's
 * {@code store}): a streaming scan recovers every complete entry before the damage; after it, the
 * scan looks for the next entry of the same member (same value shape, followed by {@code ,} or
 * {@code }}) or the next top-level member and goes on from there. Recovered entries keep their
 * original bytes; entries whose key was read but whose value is damaged are listed as lost.
 */
public final class Salvager {
    private final JsonSource src;
    private final JsonScanner sc;
    private final int limit;
    private final List<SalvageResult.Recovered> recovered = new ArrayList<>();
    private final List<SalvageResult.Lost> lost = new ArrayList<>();
    private final List<JsonSyntaxException> damage = new ArrayList<>();
    private final List<Integer> resumed = new ArrayList<>();
    private JsonDocument out;
    private JsonStyle style;

    private Salvager(JsonSource src) {
        this.src = src;
        this.sc = new JsonScanner(src);
        this.limit = src.length();
    }

    public static SalvageResult salvage(JsonSource src) {
        Salvager s = new Salvager(src);
        s.run();
        return new SalvageResult(s.out, List.copyOf(s.recovered), List.copyOf(s.lost), List.copyOf(s.damage), List.copyOf(s.resumed));
    }

    /** A located failure: the scanner's own exception, or one made here. */
    private static final class Damage extends RuntimeException {
        final JsonSyntaxException error;

        Damage(JsonSyntaxException e) {
            super(e.getMessage(), null, false, false);
            this.error = e;
        }
    }

    private Damage damageAt(int offset, String path, String detail) {
        return new Damage(src.error(Math.min(offset, limit), path, detail));
    }

    private void run() {
        int i = sc.skipWs(src.bodyStart());
        int probeEnd = Math.min(limit, i + (1 << 20));
        style = JsonStyle.detect(src.buffer0(), i, probeEnd);
        out = JsonDocument.create(style);
        if (i >= limit || src.get(i) != '{') {
            damage.add(src.error(i, JsonPath.ROOT, i >= limit ? "empty file" : "the top-level value is not an object"));
            return;
        }
        i = sc.skipWs(i + 1);
        if (i < limit && src.get(i) == '}') return;
        while (i < limit) {
            int next;
            try {
                next = member(i);
            } catch (Damage d) {
                damage.add(d.error);
                next = resyncTopLevel((int) d.error.offset(), null, null);
            }
            if (next < 0) return;
            i = next;
        }
    }

    /** Reads one top-level member starting at its key; returns the start of the next member's key, or -1 at the end. */
    private int member(int i) {
        if (src.get(i) != '"') throw damageAt(i, JsonPath.ROOT, "Expecting property name enclosed in double quotes");
        int ke = skip(i, JsonPath.ROOT);
        String name = key(i, ke);
        String path = JsonPath.key(JsonPath.ROOT, name);
        int c = sc.skipWs(ke);
        if (c >= limit || src.get(c) != ':') throw damageAt(c, path, c >= limit ? "unexpected end of file (the file looks truncated)" : "Expecting ':' delimiter");
        int vs = sc.skipWs(c + 1);
        if (vs < limit && src.get(vs) == '{') return section(name, vs);
        int ve;
        try {
            ve = skip(vs, path);
        } catch (Damage d) {
            lost.add(new SalvageResult.Lost(name, null, "damaged at byte " + d.error.offset()));
            throw d;
        }
        out.set(name, new RawJson(src, vs, ve, style, 1, JsonPath.ROOT, name));
        recovered.add(new SalvageResult.Recovered(name, null, vs, ve));
        return afterMember(ve, JsonPath.ROOT, '}');
    }

    /** After a value: the start of the next key, or -1 when the closing bracket ends the file's object. */
    private int afterMember(int ve, String path, char close) {
        int j = sc.skipWs(ve);
        if (j >= limit) throw damageAt(j, path, "unexpected end of file (the file looks truncated)");
        byte b = src.get(j);
        if (b == ',') return sc.skipWs(j + 1);
        if (b == close) return -1;
        throw damageAt(j, path, "Expecting ',' delimiter or '" + close + "'");
    }

    /** Reads a member whose value is an object, entry by entry; returns where the next top-level member starts, or -1. */
    private int section(String name, int start) {
        out.sectionOrCreate(name);
        recovered.add(new SalvageResult.Recovered(name, null, start, start));
        String signature = Signatures.KNOWN.get(name);
        int i = sc.skipWs(start + 1);
        if (i < limit && src.get(i) == '}') return afterMember(i + 1, JsonPath.ROOT, '}');
        return entries(name, i, signature);
    }

    /**
     * The entries of an object member from {@code i} (its first key, or a resync point inside it):
     * each complete entry is recovered; damage resyncs. {@code signature}: the shape of the member's
     * values, learnt from the first entry when not known.
     */
    private int entries(String name, int i, String signature) {
        String path = JsonPath.key(JsonPath.ROOT, name);
        while (true) {
            String key = null;
            try {
                if (i >= limit) throw damageAt(i, path, "unexpected end of file (the file looks truncated)");
                if (src.get(i) != '"') throw damageAt(i, path, "Expecting property name enclosed in double quotes");
                int ke = skip(i, path);
                key = key(i, ke);
                String p = JsonPath.key(path, key);
                int c = sc.skipWs(ke);
                if (c >= limit || src.get(c) != ':') throw damageAt(c, p, c >= limit ? "unexpected end of file (the file looks truncated)" : "Expecting ':' delimiter");
                int vs = sc.skipWs(c + 1);
                int ve = skip(vs, p);
                if (ve >= limit && !closed(vs, ve)) throw damageAt(ve, p, "unexpected end of file (the file looks truncated)");
                out.sectionOrCreate(name).put(key, new RawJson(src, vs, ve, style, 2, path, key));
                recovered.add(new SalvageResult.Recovered(name, key, vs, ve));
                if (signature == null) signature = signature(vs);
                int next = afterMember(ve, path, '}');
                if (next < 0) return afterMember(sc.skipWs(ve) + 1, JsonPath.ROOT, '}');
                i = next;
            } catch (Damage d) {
                damage.add(d.error);
                if (key != null) lost.add(new SalvageResult.Lost(name, key, "damaged at byte " + d.error.offset()));
                return resyncTopLevel((int) d.error.offset(), name, signature);
            }
        }
    }

    /**
     * After damage at {@code from}: the next place the structure can be trusted again. An entry of
     * the damaged member (same value signature) continues that member; a new top-level member
     * continues the file. Returns -1 when nothing follows.
     */
    private int resyncTopLevel(int from, String section, String signature) {
        for (int p = from; p < limit; p++) {
            if (src.get(p) != '"' || !afterCommaOrBrace(p)) continue;
            if (section != null && signature != null) {
                int end = entryAt(p, signature);
                if (end >= 0) {
                    noteSkipped(from, p, section, signature);
                    resumed.add(p);
                    return entries(section, p, signature);
                }
            }
            if (memberAt(p)) {
                if (section != null && signature != null) noteSkipped(from, p, section, signature);
                resumed.add(p);
                return p;
            }
        }
        if (section != null && signature != null) noteSkipped(from, limit, section, signature);
        return -1;
    }

    /** Keys of entries in the skipped region that look like entries of the member: lost, but knowable. */
    private void noteSkipped(int from, int to, String section, String signature) {
        for (int p = from; p < to; p++) {
            if (src.get(p) != '"' || !afterCommaOrBrace(p)) continue;
            try {
                int ke = sc.skipValue(p, JsonPath.ROOT);
                if (ke > to) return;
                int c = sc.skipWs(ke);
                if (c >= limit || src.get(c) != ':') continue;
                int vs = sc.skipWs(c + 1);
                if (vs < limit && signature(vs).equals(signature)) {
                    String k = key(p, ke);
                    boolean already = false;
                    for (SalvageResult.Lost l : lost) already |= section.equals(l.member()) && k.equals(l.key());
                    if (!already) lost.add(new SalvageResult.Lost(section, k, "inside the damaged region"));
                }
            } catch (JsonSyntaxException e) {
                // not a key
            }
        }
    }

    /** The end of a complete entry {@code "key": value} at p whose value has the signature and is followed by , or }; else -1. */
    private int entryAt(int p, String signature) {
        try {
            int ke = sc.skipValue(p, JsonPath.ROOT);
            int c = sc.skipWs(ke);
            if (c >= limit || src.get(c) != ':') return -1;
            int vs = sc.skipWs(c + 1);
            if (vs >= limit || !signature(vs).equals(signature)) return -1;
            int ve = sc.skipValue(vs, JsonPath.ROOT);
            int after = sc.skipWs(ve);
            if (after >= limit) return closed(vs, ve) ? ve : -1;
            byte b = src.get(after);
            return b == ',' || b == '}' ? ve : -1;
        } catch (JsonSyntaxException e) {
            return -1;
        }
    }

    /**
     * A top-level member at p: {@code "name": {…}} whose object parses and is followed by
     * {@code , "next": {} } or the file's closing {@code }} (a nested member is followed by other
     * members whose values are not all objects).
     */
    private boolean memberAt(int p) {
        try {
            int ke = sc.skipValue(p, JsonPath.ROOT);
            int c = sc.skipWs(ke);
            if (c >= limit || src.get(c) != ':') return false;
            int vs = sc.skipWs(c + 1);
            if (vs >= limit || src.get(vs) != '{') return false;
            int ve = sc.skipValue(vs, JsonPath.ROOT);
            int a = sc.skipWs(ve);
            if (a >= limit) return false;
            if (src.get(a) == '}') return sc.skipWs(a + 1) >= limit;
            if (src.get(a) != ',') return false;
            int k = sc.skipWs(a + 1);
            if (k >= limit || src.get(k) != '"') return false;
            int ke2 = sc.skipValue(k, JsonPath.ROOT);
            int c2 = sc.skipWs(ke2);
            if (c2 >= limit || src.get(c2) != ':') return false;
            int v2 = sc.skipWs(c2 + 1);
            if (v2 >= limit) return false;
            if (src.get(v2) == '{') return true;
            if (src.get(v2) != '"') return false;
            int e2 = sc.skipWs(sc.skipValue(v2, JsonPath.ROOT)); // a last string member (class_name): the file must end after it
            return e2 < limit && src.get(e2) == '}' && sc.skipWs(e2 + 1) >= limit;
        } catch (JsonSyntaxException e) {
            return false;
        }
    }

    private boolean afterCommaOrBrace(int p) {
        int q = p - 1;
        while (q >= 0 && isWs(src.get(q))) q--;
        return q >= 0 && (src.get(q) == ',' || src.get(q) == '{');
    }

    private static boolean isWs(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** "{" + first key for an object, else the first byte. */
    private String signature(int vs) {
        byte b = src.get(vs);
        if (b != '{') return String.valueOf((char) b);
        int k = sc.skipWs(vs + 1);
        if (k >= limit) return "{";
        if (src.get(k) == '}') return "{}";
        if (src.get(k) != '"') return "{";
        int e = k + 1;
        while (e < limit && src.get(e) != '"' && e - k < 64) e++;
        return "{" + new String(src.bytes(k + 1, Math.min(e, limit)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A value that ends at the end of the file is complete only if it closes itself (object, array, string, literal). */
    private boolean closed(int vs, int ve) {
        byte first = src.get(vs);
        byte last = src.get(ve - 1);
        return (first == '{' && last == '}') || (first == '[' && last == ']') || (first == '"' && ve - vs >= 2 && last == '"')
                || first == 't' || first == 'f' || first == 'n' || first == 'N';
    }

    private int skip(int i, String path) {
        try {
            return sc.skipValue(i, path);
        } catch (JsonSyntaxException e) {
            throw new Damage(e);
        }
    }

    private String key(int start, int end) {
        JsonValue v = JsonReader.parse(src, start, end, JsonPath.ROOT);
        return ((JsonString) v).value();
    }
}
