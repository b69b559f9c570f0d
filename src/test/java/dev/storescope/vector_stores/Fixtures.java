package dev.storescope.vector_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test resources of the vector store tests (expected/vector_stores) and JSON → query helpers. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/expected/vector_stores/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/expected/vector_stores/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonValue json(String name) {
        return JsonReader.parse(bytes(name), name);
    }

    static double[] doubles(JsonValue v) {
        List<JsonValue> a = ((JsonArray) v.resolve()).values();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((JsonNumber) a.get(i)).doubleValue();
        return out;
    }

    /** LlamaIndex's MetadataFilters JSON ({@code {"filters": [...], "condition": "and"}}). */
    static MetadataFilters filters(JsonValue v) {
        if (v == null || v instanceof JsonNull) return null;
        JsonObject o = (JsonObject) v.resolve();
        List<FilterItem> items = new ArrayList<>();
        for (JsonValue e : o.getArray("filters").orElseThrow().values()) {
            JsonObject item = (JsonObject) e;
            if (item.has("filters")) {
                items.add(filters(item));
            } else {
                items.add(new MetadataFilter(item.getString("key"), item.get("value"), FilterOperator.of(item.getString("operator"))));
            }
        }
        return new MetadataFilters(items, FilterCondition.of(o.getString("condition")));
    }

    static List<String> strings(JsonValue v) {
        if (v == null || v instanceof JsonNull) return null;
        List<String> out = new ArrayList<>();
        for (JsonValue e : ((JsonArray) v).values()) out.add(((JsonString) e).value());
        return out;
    }
}
