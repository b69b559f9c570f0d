package dev.storescope.inspect.repair;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change as diff lines a person can review: {@code - path: old} / {@code + path: new} for the
 * parts that differ only (an index struct's {@code __data__} string is compared decoded; an id
 * list shows the ids that left or came).
 */
public final class ChangeDiff {
    private static final int MAX = 160;

    private ChangeDiff() {
    }

    /** The header ({@code file › collection › key}) and the diff lines of one change. */
    public static List<String> lines(Change c) {
        List<String> out = new ArrayList<>();
        if (c.isRename()) {
            out.add("rename " + c.renamedFrom() + " → " + c.renamedTo());
            return out;
        }
        out.add(c.file() + " › " + c.collection() + " › " + c.key() + (c.isAdded() ? "  (new)" : c.isRemoved() ? "  (deleted)" : ""));
        if (c.before() == null) out.add("  + " + show(c.after()));
        else if (c.after() == null) out.add("  - " + show(c.before()));
        else diff("$", c.before().resolve(), c.after().resolve(), out);
        return out;
    }

    private static void diff(String path, JsonValue a, JsonValue b, List<String> out) {
        if (a.equals(b)) return;
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            for (Map.Entry<String, JsonValue> e : x.rawMembers().entrySet()) {
                String p = JsonPath.key(path, e.getKey());
                if (!y.has(e.getKey())) out.add("  - " + p + ": " + show(e.getValue()));
                else diff(p, x.get(e.getKey()), y.get(e.getKey()), out);
            }
            for (String k : y.keys()) if (!x.has(k)) out.add("  + " + JsonPath.key(path, k) + ": " + show(y.get(k)));
            return;
        }
        if (a instanceof JsonString s && b instanceof JsonString t && s.value().startsWith("{") && t.value().startsWith("{")) {
            try {
                diff(path + "(decoded)", JsonReader.parse(s.value(), path), JsonReader.parse(t.value(), path), out);
                return;
            } catch (RuntimeException e) {
                // not JSON text: show as strings
            }
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y && x.size() + y.size() > 6) {
            Set<JsonValue> ys = new HashSet<>(y.values());
            Set<JsonValue> xs = new HashSet<>(x.values());
            for (int i = 0; i < x.size(); i++) if (!ys.contains(x.values().get(i))) out.add("  - " + JsonPath.index(path, i) + ": " + show(x.values().get(i)));
            for (int i = 0; i < y.size(); i++) if (!xs.contains(y.values().get(i))) out.add("  + " + JsonPath.index(path, i) + ": " + show(y.values().get(i)));
            if (ys.equals(xs)) out.add("  ~ " + path + ": " + x.size() + " → " + y.size() + " elements (duplicates removed or order changed)");
            return;
        }
        out.add("  - " + path + ": " + show(a));
        out.add("  + " + path + ": " + show(b));
    }

    static String show(JsonValue v) {
        String s = JsonWriter.toJson(v.resolve(), JsonStyle.COMPACT);
        return s.length() <= MAX ? s : s.substring(0, MAX) + "… (" + s.length() + " chars)";
    }
}
