package dev.storescope.graph_stores;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.NotFoundException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cases of {@code python/graph_ops.py}: that script re-implements LlamaIndex's graph store
 * algorithms on plain dicts, applied the same operations to corpus files and fixtures, and wrote
 * the bytes Python's serializer gives ({@code json.dumps} defaults; for the pydantic compact corpus
 * file {@code json.dumps(separators=(',', ':'), ensure_ascii=False)} with float lexemes kept) and the
 * results of {@code get_rel_map}, {@code get_triplets} and {@code get}. The stores must agree byte
 * for byte and result for result.
 */
class GraphPythonExpectationTest {
    @TempDir
    Path tmp;

    @Test
    void manifestCoversEveryCorpusGraphFileAndAllKindsOfCase() {
        List<JsonObject> cases = GraphFiles.cases();
        for (String f : List.of(GraphFiles.C07, GraphFiles.C13, GraphFiles.CTS, GraphFiles.C19)) {
            assertTrue(cases.stream().anyMatch(c -> ("corpus:" + f).equals(c.getString("input")) && c.has("expected")), f);
        }
        assertTrue(cases.stream().filter(c -> c.has("query") && "simple".equals(c.getString("store"))).count() >= 15);
        assertTrue(cases.stream().filter(c -> c.has("query") && "property".equals(c.getString("store"))).count() >= 25);
        assertTrue(cases.stream().anyMatch(c -> "RecursionError".equals(c.getString("error"))));
        assertTrue(cases.stream().anyMatch(c -> c.getString("error") != null && c.getString("error").startsWith("KeyError")));
        // the serializer reproduced every untouched input except the prettier-formatted 07 file
        for (JsonObject c : cases) {
            if (!c.has("serializer_reproduces_input")) continue;
            boolean exact = c.get("serializer_reproduces_input") == dev.storescope.json.JsonBool.TRUE;
            assertEquals(!c.getString("input").contains("07-run-llama"), exact, c.getString("name"));
        }
    }

    @TestFactory
    Stream<DynamicTest> operationsGiveThePythonBytes() {
        return GraphFiles.cases().stream().filter(c -> c.has("expected")).map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            Path file = GraphFiles.input(c.getString("input"), tmp.resolve(c.getString("name")));
            byte[] before = Files.readAllBytes(file);
            byte[] expected = GraphFiles.resource(c.getString("expected"));
            List<JsonValue> ops = ((JsonArray) c.get("ops")).values();
            long revision;
            if ("simple".equals(c.getString("store"))) {
                SimpleGraphStore s = SimpleGraphStore.fromPersistPath(file);
                for (JsonValue op : ops) applySimple(s, (JsonArray) op);
                s.persist(file);
                revision = s.revision();
            } else {
                SimplePropertyGraphStore s = SimplePropertyGraphStore.fromPersistPath(file);
                for (JsonValue op : ops) applyProperty(s, (JsonArray) op);
                s.persist(file);
                revision = s.revision();
            }
            if (java.util.Arrays.equals(before, expected)) assertEquals(0, revision, "a no-op must not count as a change");
            assertArrayEquals(expected, Files.readAllBytes(file), () -> "bytes differ for " + c.getString("name"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> queriesGiveThePythonResults() {
        return GraphFiles.cases().stream().filter(c -> c.has("query")).map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            Path file = GraphFiles.input(c.getString("input"), tmp.resolve(Integer.toHexString(c.getString("name").hashCode())));
            JsonObject q = (JsonObject) c.get("query");
            String error = c.getString("error");
            if ("simple".equals(c.getString("store"))) {
                SimpleGraphStore s = SimpleGraphStore.fromPersistPath(file);
                List<String> subjs = q.has("subjs") ? strings(q.get("subjs")) : null;
                int depth = intOr(q, "depth", 2);
                int limit = intOr(q, "limit", 30);
                if (error != null) {
                    IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.getRelMap(subjs, depth, limit));
                    assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
                    return;
                }
                Map<String, List<List<String>>> want = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) c.get("result")).rawMembers().entrySet()) want.put(e.getKey(), lists(e.getValue()));
                Map<String, List<List<String>>> got = s.getRelMap(subjs, depth, limit);
                assertEquals(want, got);
                assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "subject order");
                assertTrue(s.unchangedSinceLoad());
            } else {
                SimplePropertyGraphStore s = SimplePropertyGraphStore.fromPersistPath(file);
                if (error != null) {
                    NotFoundException e = assertThrows(NotFoundException.class, () -> runProperty(s, q));
                    assertEquals(error, e.getMessage());
                    return;
                }
                assertEquals(c.get("result") instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonString ? strings(c.get("result")) : lists(c.get("result")),
                        runProperty(s, q));
                assertTrue(s.unchangedSinceLoad());
            }
        }));
    }

    private static Object runProperty(SimplePropertyGraphStore s, JsonObject q) {
        return switch (q.getString("op")) {
            case "get_rel_map" -> {
                List<LabelledNode> nodes = new ArrayList<>();
                for (String id : strings(q.get("nodes"))) nodes.add(s.node(id));
                yield ids(s.getRelMap(nodes, intOr(q, "depth", 2), intOr(q, "limit", 30), optStrings(q, "ignore_rels")));
            }
            case "get_triplets" -> ids(s.getTriplets(optStrings(q, "entity_names"), optStrings(q, "relation_names"), optObject(q, "properties"), optStrings(q, "ids")));
            case "get" -> s.get(optObject(q, "properties"), optStrings(q, "ids")).stream().map(LabelledNode::id).toList();
            default -> throw new IllegalArgumentException(q.getString("op"));
        };
    }

    static void applySimple(SimpleGraphStore s, JsonArray op) {
        List<String> a = strings(op);
        switch (a.get(0)) {
            case "upsert" -> s.upsertTriplet(a.get(1), a.get(2), a.get(3));
            case "delete" -> s.delete(a.get(1), a.get(2), a.get(3));
            default -> throw new IllegalArgumentException(a.get(0));
        }
    }

    static void applyProperty(SimplePropertyGraphStore s, JsonArray op) {
        String kind = ((JsonString) op.get(0)).value();
        switch (kind) {
            case "upsert_nodes" -> {
                List<LabelledNode> nodes = new ArrayList<>();
                for (JsonValue v : ((JsonArray) op.get(1)).values()) nodes.add(node((JsonObject) v));
                s.upsertNodes(nodes);
            }
            case "upsert_relations" -> {
                List<Relation> rels = new ArrayList<>();
                for (JsonValue v : ((JsonArray) op.get(1)).values()) {
                    JsonObject r = (JsonObject) v;
                    rels.add(Relation.of(r.getString("label"), r.getString("source_id"), r.getString("target_id"), optObject(r, "properties")));
                }
                s.upsertRelations(rels);
            }
            case "delete" -> {
                JsonObject a = (JsonObject) op.get(1);
                s.delete(optStrings(a, "entity_names"), optStrings(a, "relation_names"), optObject(a, "properties"), optStrings(a, "ids"));
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static LabelledNode node(JsonObject spec) {
        JsonObject props = optObject(spec, "properties");
        if ("entity".equals(spec.getString("kind"))) {
            return EntityNode.of(spec.getString("name"), spec.has("label") ? spec.getString("label") : EntityNode.DEFAULT_LABEL, props);
        }
        double[] emb = null;
        if (spec.get("embedding") instanceof JsonArray a) {
            emb = new double[a.size()];
            for (int i = 0; i < emb.length; i++) emb[i] = ((JsonNumber) a.get(i)).doubleValue();
        }
        return ChunkNode.of(spec.getString("text"), spec.getString("id_"), spec.has("label") ? spec.getString("label") : ChunkNode.DEFAULT_LABEL, props, emb);
    }

    private static List<List<String>> ids(List<Triplet> ts) {
        return ts.stream().map(Triplet::ids).toList();
    }

    private static int intOr(JsonObject o, String key, int dflt) {
        return o.get(key) instanceof JsonNumber n ? (int) n.longValue() : dflt;
    }

    private static List<String> optStrings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v instanceof JsonNull ? null : strings(v);
    }

    private static JsonObject optObject(JsonObject o, String key) {
        return o.get(key) instanceof JsonObject x ? x : null;
    }

    private static List<String> strings(JsonValue v) {
        return ((JsonArray) v.resolve()).strings();
    }

    private static List<List<String>> lists(JsonValue v) {
        List<List<String>> out = new ArrayList<>();
        for (JsonValue e : ((JsonArray) v.resolve()).values()) out.add(strings(e));
        return out;
    }
}
