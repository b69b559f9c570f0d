package dev.storescope.vector_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * LlamaIndex's {@code build_metadata_filter_fn}: a predicate over node ids evaluating
 * {@link MetadataFilters} on each node's metadata, with Python's semantics and messages (a null or
 * missing value matches nothing but {@code is_empty}; nested groups, {@code not} and
 * {@code text_match_insensitive} are rejected).
 */
public final class MetadataFilterFn {
    private MetadataFilterFn() {
    }

    public static Predicate<String> build(Function<String, JsonObject> metadataLookup, MetadataFilters filters) {
        if (filters == null || filters.filters().isEmpty()) return id -> true;
        return id -> matches(metadataLookup.apply(id), filters);
    }

    static boolean matches(JsonObject metadata, MetadataFilters filters) {
        List<Boolean> results = new ArrayList<>();
        for (FilterItem item : filters.filters()) {
            if (item instanceof MetadataFilters) throw new IllegalArgumentException("Nested MetadataFilters are not supported.");
            MetadataFilter f = (MetadataFilter) item;
            JsonValue v = metadata.get(f.key());
            if (f.operator() == FilterOperator.IS_EMPTY) {
                results.add(v == null || v instanceof JsonNull || (v instanceof JsonString s && s.value().isEmpty())
                        || (v instanceof JsonArray a && a.isEmpty()));
            } else {
                results.add(match(f.operator(), f.value(), v));
            }
        }
        return switch (filters.condition()) {
            case AND -> !results.contains(false);
            case OR -> results.contains(true);
            default -> throw new IllegalArgumentException("Invalid filter condition: " + filters.condition());
        };
    }

    private static boolean match(FilterOperator op, JsonValue value, JsonValue metadataValue) {
        if (metadataValue == null || metadataValue instanceof JsonNull) return false;
        return switch (op) {
            case EQ -> PyValues.eq(metadataValue, value);
            case NE -> !PyValues.eq(metadataValue, value);
            case GT -> PyValues.compare(metadataValue, value, ">");
            case GTE -> PyValues.compare(metadataValue, value, ">=");
            case LT -> PyValues.compare(metadataValue, value, "<");
            case LTE -> PyValues.compare(metadataValue, value, "<=");
            case IN -> PyValues.in(metadataValue, value);
            case NIN -> !PyValues.in(metadataValue, value);
            case CONTAINS -> PyValues.in(value, metadataValue);
            case TEXT_MATCH -> textMatch(value, metadataValue);
            case ALL -> all(value, metadataValue);
            case ANY -> any(value, metadataValue);
            default -> throw new IllegalArgumentException("Invalid operator: " + op);
        };
    }

    /** {@code value.lower() in metadata_value.lower()}: AttributeError for a non-string (the filter value's first). */
    private static boolean textMatch(JsonValue value, JsonValue metadataValue) {
        String needle = lower(value);
        return lower(metadataValue).contains(needle);
    }

    private static String lower(JsonValue v) {
        if (v.resolve() instanceof JsonString s) return s.value().toLowerCase(Locale.ROOT);
        throw new IllegalArgumentException("AttributeError: '" + PyValues.typeName(v) + "' object has no attribute 'lower'");
    }

    private static boolean all(JsonValue values, JsonValue metadataValue) {
        for (JsonValue v : iterate(values)) if (!PyValues.in(v, metadataValue)) return false;
        return true;
    }

    private static boolean any(JsonValue values, JsonValue metadataValue) {
        for (JsonValue v : iterate(values)) if (PyValues.in(v, metadataValue)) return true;
        return false;
    }

    private static List<JsonValue> iterate(JsonValue v) {
        v = v.resolve();
        if (v instanceof JsonArray a) return a.values();
        if (v instanceof JsonString s) {
            List<JsonValue> chars = new ArrayList<>();
            s.value().codePoints().forEach(cp -> chars.add(JsonString.of(new String(Character.toChars(cp)))));
            return chars;
        }
        if (v instanceof JsonObject o) return o.keys().stream().map(k -> (JsonValue) JsonString.of(k)).toList();
        throw new IllegalArgumentException("TypeError: '" + PyValues.typeName(v) + "' object is not iterable");
    }
}
