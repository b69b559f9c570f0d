package dev.storescope.graph_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonBool;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;

import java.math.BigDecimal;

/** Python's {@code ==} on json-loaded values (bool is an int; int and float compare by value; NaN equals nothing). */
final class PyEq {
    private PyEq() {
    }

    static boolean eq(JsonValue a, JsonValue b) {
        a = a.resolve();
        b = b.resolve();
        BigDecimal x = numeric(a);
        BigDecimal y = numeric(b);
        if (x != null && y != null) return x.compareTo(y) == 0;
        if (isNumber(a) && isNumber(b)) return asDouble(a) == asDouble(b); // NaN never, same infinities yes
        if (a instanceof JsonArray p && b instanceof JsonArray q) {
            if (p.size() != q.size()) return false;
            for (int i = 0; i < p.size(); i++) if (!eq(p.get(i), q.get(i))) return false;
            return true;
        }
        if (a instanceof JsonObject p && b instanceof JsonObject q) {
            if (!p.keys().equals(q.keys())) return false;
            for (String k : p.keys()) if (!eq(p.get(k), q.get(k))) return false;
            return true;
        }
        if (isNumber(a) || isNumber(b)) return false;
        return a.equals(b);
    }

    private static double asDouble(JsonValue v) {
        return v instanceof JsonNumber n ? n.doubleValue() : ((JsonBool) v).value() ? 1 : 0;
    }

    private static boolean isNumber(JsonValue v) {
        return v instanceof JsonNumber || v instanceof JsonBool;
    }

    /** The exact value of an int, bool or finite float; null otherwise. */
    private static BigDecimal numeric(JsonValue v) {
        if (v instanceof JsonBool b) return b == JsonBool.TRUE ? BigDecimal.ONE : BigDecimal.ZERO;
        if (v instanceof JsonNumber n) {
            if (n.isInteger()) return new BigDecimal(n.bigIntegerValue());
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return null;
    }
}
