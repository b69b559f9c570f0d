package dev.storescope.inspect.diff;

import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

/**
 * Value equality that parses nothing when it can: two untouched values with equal bytes are equal
 * (a vectorised compare of the two mapped slices). Only values whose bytes differ are parsed and
 * compared as JSON (dict order, number lexemes and the file's style then do not matter).
 */
final class RawEq {
    private RawEq() {
    }

    static boolean same(JsonValue a, JsonValue b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof RawJson ra && b instanceof RawJson rb && sameBytes(ra, rb)) return true;
        return a.resolve().equals(b.resolve());
    }

    /** True when both are raw slices with the same bytes (never parses: for values that may be huge). */
    static boolean sameRaw(JsonValue a, JsonValue b) {
        return a instanceof RawJson ra && b instanceof RawJson rb && sameBytes(ra, rb);
    }

    /** True when both slices hold the same bytes. */
    static boolean sameBytes(RawJson a, RawJson b) {
        if (a.length() != b.length()) return false;
        if (a.source() == b.source() && a.start() == b.start()) return true;
        return a.source().sameBytes(a.start(), b.source(), b.start(), a.length());
    }
}
