package dev.storescope.inspect.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A structural diff of two JSON values for what StoreScope does not model: the paths that differ
 * ({@code a.b}, {@code list[3]}), each marked {@code +} added, {@code -} removed or {@code ~} changed.
 * Objects are compared key by key, arrays of equal length index by index, other arrays aligned
 * with Myers' diff. At most {@link #LIMIT} paths are listed (then {@code …}).
 */
public final class JsonTreeDiff {
    public static final int LIMIT = 40;

    private JsonTreeDiff() {
    }

    /** The differing paths below {@code path} (empty when the values are equal). */
    public static List<String> paths(String path, JsonValue a, JsonValue b) {
        List<String> out = new ArrayList<>();
        walk(path, a, b, out);
        if (out.size() > LIMIT) {
            List<String> cut = new ArrayList<>(out.subList(0, LIMIT));
            cut.add("… " + (out.size() - LIMIT) + " more");
            return cut;
        }
        return out;
    }

    private static void walk(String path, JsonValue a, JsonValue b, List<String> out) {
        if (out.size() > LIMIT) return;
        if (a == null && b == null) return;
        if (a == null) {
            out.add("+" + path);
            return;
        }
        if (b == null) {
            out.add("-" + path);
            return;
        }
        if (RawEq.same(a, b)) return;
        JsonValue x = a.resolve();
        JsonValue y = b.resolve();
        if (x instanceof JsonObject ox && y instanceof JsonObject oy) {
            Set<String> keys = new LinkedHashSet<>(ox.keys());
            keys.addAll(oy.keys());
            for (String k : keys) walk(key(path, k), ox.getRaw(k), oy.getRaw(k), out);
        } else if (x instanceof JsonArray ax && y instanceof JsonArray ay) {
            if (ax.size() == ay.size()) {
                for (int i = 0; i < ax.size(); i++) walk(path + "[" + i + "]", ax.rawElements().get(i), ay.rawElements().get(i), out);
            } else {
                arrays(path, ax, ay, out);
            }
        } else {
            out.add("~" + path);
        }
    }

    private static void arrays(String path, JsonArray a, JsonArray b, List<String> out) {
        List<JsonValue> x = a.values();
        List<JsonValue> y = b.values();
        for (AbstractDelta<JsonValue> d : DiffUtils.diff(x, y).getDeltas()) {
            int from = d.getSource().getPosition();
            int to = d.getTarget().getPosition();
            if (d.getType() == DeltaType.CHANGE && d.getSource().size() == d.getTarget().size()) {
                for (int i = 0; i < d.getSource().size(); i++) walk(path + "[" + (from + i) + "]", x.get(from + i), y.get(to + i), out);
                continue;
            }
            for (int i = 0; i < d.getSource().size(); i++) out.add("-" + path + "[" + (from + i) + "]");
            for (int i = 0; i < d.getTarget().size(); i++) out.add("+" + path + "[" + (to + i) + "]");
        }
    }

    static String key(String path, String k) {
        return path.isEmpty() ? k : path + "." + k;
    }
}
