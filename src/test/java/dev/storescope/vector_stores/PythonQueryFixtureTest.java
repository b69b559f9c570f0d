package dev.storescope.vector_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code python/vector_query_fixture.py} ran LlamaIndex's query algorithm (numpy cosine, heapq
 * top-k, sorted(reverse=True), MMR, build_metadata_filter_fn) on committed store files; every case
 * must give the same ids in the same order and the same scores (1e-9), or the same error
 * (ValueError: Python's message exactly; TypeError/AttributeError/KeyError: "Type: message" prefix).
 */
class PythonQueryFixtureTest {
    private static final Map<String, SimpleVectorStore> STORES = new HashMap<>();

    private static SimpleVectorStore store(String name) throws IOException {
        SimpleVectorStore s = STORES.get(name);
        if (s == null) {
            s = SimpleVectorStore.fromPersistPath(Fixtures.path("store_" + name + ".json"));
            STORES.put(name, s);
        }
        return s;
    }

    static List<JsonObject> cases() {
        return ((JsonArray) Fixtures.json("query_cases.json")).values().stream().map(v -> (JsonObject) v).toList();
    }

    static VectorStoreQuery query(JsonObject c) {
        JsonValue k = c.get("top_k");
        Integer topK = k instanceof JsonNumber n ? (int) n.longValue() : null;
        JsonValue t = c.get("mmr_threshold");
        Double threshold = t instanceof JsonNumber n ? n.doubleValue() : null;
        String mode = c.has("mode") ? c.getString("mode") : "default";
        return new VectorStoreQuery(Fixtures.doubles(c.get("query")), topK, Fixtures.strings(c.get("node_ids")),
                Fixtures.filters(c.get("filters")), VectorStoreQueryMode.of(mode), threshold);
    }

    @Test
    void fixtureCoversEveryOperatorConditionAndMode() {
        List<JsonObject> cases = cases();
        assertTrue(cases.size() > 100);
        String all = cases.toString();
        for (FilterOperator op : FilterOperator.values()) assertTrue(all.contains("\"operator\": \"" + op.value() + "\""), op.value());
        for (String cond : List.of("and", "or", "not")) assertTrue(all.contains("\"condition\": \"" + cond + "\""), cond);
        for (String mode : List.of("mmr", "sparse", "hybrid", "text_search", "semantic_hybrid")) assertTrue(all.contains("\"mode\": \"" + mode + "\""));
        assertTrue(cases.stream().filter(c -> c.getObject("expect").orElseThrow().has("error")).count() > 20);
    }

    @TestFactory
    Stream<DynamicTest> sameAnswerAsPython() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            SimpleVectorStore store = store(c.getString("store"));
            VectorStoreQuery q = query(c);
            JsonObject expect = c.getObject("expect").orElseThrow();
            if (expect.has("error")) {
                String type = expect.getString("error");
                String message = expect.getString("message");
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.query(q));
                if (type.equals("ValueError")) assertEquals(message, e.getMessage());
                else assertTrue(e.getMessage().startsWith(type + ": " + message), () -> "expected " + type + ": " + message + " got " + e.getMessage());
                return;
            }
            VectorStoreQueryResult r = store.query(q);
            assertEquals(Fixtures.strings(expect.get("ids")), r.ids());
            double[] sims = Fixtures.doubles(expect.get("similarities"));
            assertEquals(sims.length, r.similarities().size());
            for (int i = 0; i < sims.length; i++) {
                double got = r.similarities().get(i);
                if (Double.isNaN(sims[i])) {
                    if (!Double.isNaN(got)) fail("score " + i + ": expected NaN, got " + got);
                } else {
                    assertEquals(sims[i], got, 1e-9, "score " + i);
                }
            }
        }));
    }
}
