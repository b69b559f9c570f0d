package dev.storescope.inspect.check;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

import java.util.LinkedHashMap;

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
        JsonObject env = members(raw);
        JsonValue data = env.getRaw("__data__");
        if (data instanceof RawJson d && d.isObject()) {
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(env.rawMembers());
            JsonObject dataObj = members(d);
            if (dataObj.getRaw("relationships") instanceof RawJson rels && rels.isObject()) {
                // relationships and each related node stay lazy too: their metadata copies are never parsed
                LinkedHashMap<String, JsonValue> r = new LinkedHashMap<>();
                for (java.util.Map.Entry<String, JsonValue> e : members(rels).rawMembers().entrySet()) {
                    r.put(e.getKey(), e.getValue() instanceof RawJson one && one.isObject() ? members(one) : e.getValue());
                }
                dataObj = dataObj.with("relationships", JsonObject.of(r));
            }
            m.put("__data__", dataObj);
            return JsonObject.of(m);
        }
        return env;
    }

    private static JsonObject members(RawJson raw) {
        JsonScanner sc = new JsonScanner(raw.source());
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        String path = raw.path();
        for (JsonScanner.Member mem : sc.members(raw.start(), path)) {
            String s = raw.source().get(mem.valueStart()) == '"' ? FastStrings.decode(raw.source(), mem.valueStart(), mem.valueEnd()) : null;
            m.put(mem.key(), s != null ? JsonString.of(s)
                    : new RawJson(raw.source(), mem.valueStart(), mem.valueEnd(), raw.style(), raw.depth() + 1, path, mem.key()));
        }
        return JsonObject.of(m);
    }
}
