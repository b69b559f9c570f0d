package dev.storescope.inspect.check;

import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;


/**
 * Node envelopes opened two levels deep without parsing: the envelope's members and those of its
 * {@code __data__} object stay {@link RawJson} slices, so a check parses only the members it
 * reads (id, relationships, text, metadata) and never the embedding or the templates.
 */
final class LazyRecords {
    private LazyRecords() {
    }

    /** The value as a lazy two-level object, or the parsed value when it is not raw or not an object. */
    static JsonValue open(JsonValue v) {
        if (!(v instanceof RawJson raw) || !raw.isObject()) return v.resolve();
        return members(raw, 0);
    }

    /**
     * The members of {@code raw}: strings decoded, other values left as raw slices, except the
     * objects opened one level further: the envelope's {@code __data__} (level 0), its
     * {@code relationships} (level 1) and each related node (level 2).
     */
    private static JsonObject members(RawJson raw, int level) {
        JsonScanner sc = new JsonScanner(raw.source());
        JsonObject.Builder b = JsonObject.builder();
        String path = raw.path();
        for (JsonScanner.Member mem : sc.members(raw.start(), path)) {
            byte first = raw.source().get(mem.valueStart());
            String s = first == '"' ? FastStrings.decode(raw.source(), mem.valueStart(), mem.valueEnd()) : null;
            if (s != null) {
                b.put(mem.key(), JsonString.of(s));
                continue;
            }
            RawJson child = new RawJson(raw.source(), mem.valueStart(), mem.valueEnd(), raw.style(), raw.depth() + 1, path, mem.key());
            boolean open = first == '{' && (level == 2 || (level == 0 && mem.key().equals("__data__")) || (level == 1 && mem.key().equals("relationships")));
            b.put(mem.key(), open ? members(child, level + 1) : child);
        }
        return b.build();
    }
}
