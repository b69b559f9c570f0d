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
 * SimpleVectorStore evaluate them (bool is an int, int and float compare by value, mixed types
 * raise {@code TypeError}).
 */
final class PyValues {
    private PyValues() {
    }

    static boolean eq(JsonValue a, JsonValue b) {
        a = a.resolve();
        b = b.resolve();
        if (isNumeric(a) && isNumeric(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) return false;
            if (isInt(a) && isInt(b)) return toDecimal(a).compareTo(toDecimal(b)) == 0;
            return x == y;
        }
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
        return a.equals(b);
    }

    /** {@code a < b}, or a TypeError-like exception for types Python cannot order. */
    static int compare(JsonValue a, JsonValue b, String op) {
        a = a.resolve();
        b = b.resolve();
        if (isNumeric(a) && isNumeric(b)) {
            if (isInt(a) && isInt(b)) return toDecimal(a).compareTo(toDecimal(b));
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (a instanceof JsonString x && b instanceof JsonString y) return compareCodePoints(x.value(), y.value());
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
        if (haystack instanceof JsonObject o) return needle instanceof JsonString n && o.has(n.value());
        throw new IllegalArgumentException("TypeError: argument of type '" + typeName(haystack) + "' is not iterable");
    }

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

    private static boolean isNumeric(JsonValue v) {
        return v instanceof JsonNumber || v instanceof JsonBool;
    }

    private static boolean isInt(JsonValue v) {
        return v instanceof JsonBool || (v instanceof JsonNumber n && n.isInteger());
    }

    private static double toDouble(JsonValue v) {
        return v instanceof JsonBool b ? (b.value() ? 1 : 0) : ((JsonNumber) v).doubleValue();
    }

    private static BigDecimal toDecimal(JsonValue v) {
        return v instanceof JsonBool b ? (b.value() ? BigDecimal.ONE : BigDecimal.ZERO) : new BigDecimal(((JsonNumber) v).bigIntegerValue());
    }

    private static int compareCodePoints(String a, String b) {
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
}
