package dev.storescope.vector_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonBool;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.math.BigDecimal;

/**
 * Python's {@code ==}, {@code <} and {@code in} on json-loaded values, as the metadata filters of
 * SimpleVectorStore evaluate them: bool is an int, int and float compare exactly by value (so
 * {@code 2**53 + 1 != 2.0**53}), NaN compares false, lists compare lexicographically, strings by
 * code point, and unorderable types raise {@code TypeError} with Python's message.
 */
final class PyValues {
    private PyValues() {
    }

    static boolean eq(JsonValue a, JsonValue b) {
        a = a.resolve();
        b = b.resolve();
        if (isNumeric(a) && isNumeric(b)) return numericCompare(a, b) == 0;
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!eq(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (!x.keys().equals(y.keys())) return false;
            for (String k : x.keys()) if (!eq(x.get(k), y.get(k))) return false;
            return true;
        }
        if (a instanceof JsonString x && b instanceof JsonString y) return x.value().equals(y.value());
        return a instanceof JsonNull && b instanceof JsonNull;
    }

    /**
     * Python's {@code a op b} for {@code op} one of {@code < <= > >=}; a TypeError-like
     * {@link IllegalArgumentException} for types Python cannot order.
     */
    static boolean compare(JsonValue a, JsonValue b, String op) {
        a = a.resolve();
        b = b.resolve();
        if (isNumeric(a) && isNumeric(b)) return holds(numericCompare(a, b), op);
        if (a instanceof JsonString x && b instanceof JsonString y) return holds(compareCodePoints(x.value(), y.value()), op);
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!eq(x.get(i), y.get(i))) return compare(x.get(i), y.get(i), op);
            }
            return holds(Integer.compare(x.size(), y.size()), op);
        }
        throw new IllegalArgumentException("TypeError: '" + op + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** Python's {@code needle in haystack}. */
    static boolean in(JsonValue needle, JsonValue haystack) {
        needle = needle.resolve();
        haystack = haystack.resolve();
        if (haystack instanceof JsonArray arr) {
            for (JsonValue v : arr.values()) if (eq(needle, v)) return true;
            return false;
        }
        if (haystack instanceof JsonString s) {
            if (needle instanceof JsonString n) return s.value().contains(n.value());
            throw new IllegalArgumentException("TypeError: 'in <string>' requires string as left operand, not " + typeName(needle));
        }
        if (haystack instanceof JsonObject o) {
            if (needle instanceof JsonArray || needle instanceof JsonObject) {
                throw new IllegalArgumentException("TypeError: unhashable type: '" + typeName(needle) + "'");
            }
            return needle instanceof JsonString n && o.has(n.value());
        }
        throw new IllegalArgumentException("TypeError: argument of type '" + typeName(haystack) + "' is not iterable");
    }

    /** Python's {@code type(v).__name__} for a json-loaded value. */
    static String typeName(JsonValue v) {
        v = v.resolve();
        if (v instanceof JsonBool) return "bool";
        if (v instanceof JsonNumber n) return n.isInteger() ? "int" : "float";
        if (v instanceof JsonString) return "str";
        if (v instanceof JsonArray) return "list";
        if (v instanceof JsonObject) return "dict";
        if (v instanceof JsonNull) return "NoneType";
        return "object";
    }

    /** Python's {@code str} ordering: by code point (Java's {@code compareTo} orders UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean holds(int cmp, String op) {
        if (cmp == UNORDERED) return false;
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> throw new IllegalStateException(op);
        };
    }

    private static final int UNORDERED = Integer.MIN_VALUE;

    /** Exact comparison of two Python numbers (int, float, bool); {@link #UNORDERED} when a NaN is involved. */
    private static int numericCompare(JsonValue a, JsonValue b) {
        boolean ai = isInt(a);
        boolean bi = isInt(b);
        if (ai && bi) return toDecimal(a).compareTo(toDecimal(b));
        double x = ai ? 0 : toDouble(a);
        double y = bi ? 0 : toDouble(b);
        if (Double.isNaN(x) || Double.isNaN(y)) return UNORDERED;
        if (Double.isInfinite(x)) return Double.isInfinite(y) ? Double.compare(x, y) : (x > 0 ? 1 : -1);
        if (Double.isInfinite(y)) return y > 0 ? -1 : 1;
        return toDecimal(a).compareTo(toDecimal(b));
    }

    private static boolean isNumeric(JsonValue v) {
        return v instanceof JsonNumber || v instanceof JsonBool;
    }

    private static boolean isInt(JsonValue v) {
        return v instanceof JsonBool || (v instanceof JsonNumber n && n.isInteger());
    }

    private static double toDouble(JsonValue v) {
        return ((JsonNumber) v).doubleValue();
    }

    private static BigDecimal toDecimal(JsonValue v) {
        if (v instanceof JsonBool b) return b.value() ? BigDecimal.ONE : BigDecimal.ZERO;
        JsonNumber n = (JsonNumber) v;
        return n.isInteger() ? new BigDecimal(n.bigIntegerValue()) : new BigDecimal(n.doubleValue());
    }
}
