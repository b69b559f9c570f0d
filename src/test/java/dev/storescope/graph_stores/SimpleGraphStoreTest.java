package dev.storescope.graph_stores;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.StoreFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleGraphStoreTest {
    @TempDir
    Path tmp;

    private static SimpleGraphStore of(String json) {
        return SimpleGraphStore.fromSource(JsonSource.of(json, "graph_store.json"));
    }

    private static String text(SimpleGraphStore s) throws Exception {
        return new String(s.toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void newStoreIsWrittenAsPythonWritesIt() throws Exception {
        SimpleGraphStore s = new SimpleGraphStore();
        assertEquals("{\"graph_dict\": {}}", text(s));
        s.upsertTriplet("Alice", "knows", "Bob");
        s.upsertTriplet("Alice", "works at", "Acme");
        s.upsertTriplet("Bob", "lives in", "Paris");
        assertEquals("{\"graph_dict\": {\"Alice\": [[\"knows\", \"Bob\"], [\"works at\", \"Acme\"]], \"Bob\": [[\"lives in\", \"Paris\"]]}}", text(s));
        assertFalse(s.loadWarning().isPresent());
    }

    @Test
    void missingFileStartsEmptyWithPythonsWarning() throws Exception {
        Path p = tmp.resolve("storage").resolve("graph_store.json");
        SimpleGraphStore s = SimpleGraphStore.fromPersistPath(p);
        assertEquals("No existing llama_index.core.graph_stores.simple found at " + p + ". Initializing a new graph_store from scratch. ",
                s.loadWarning().orElseThrow());
        assertEquals(0, s.size());
        s.persist(p); // creates the folder, as Python's persist does
        assertEquals("{\"graph_dict\": {}}", Files.readString(p));
        Path elsewhere = tmp.resolve("nowhere");
        assertTrue(SimpleGraphStore.fromPersistDir(elsewhere).loadWarning().orElseThrow().contains(elsewhere.resolve("graph_store.json") + ". Initializing"));
    }

    @Test
    void upsertIgnoresDuplicatesAndKeepsOrder() throws Exception {
        SimpleGraphStore s = of("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]]}}");
        assertFalse(s.upsertTriplet("A", "r", "B"));
        assertEquals(0, s.revision());
        assertTrue(s.upsertTriplet("A", "r", "C"));
        assertTrue(s.upsertTriplet("Z", "r", "A"));
        assertTrue(s.upsertTriplet("A", "q", "B"));
        assertEquals(List.of("A", "Z"), s.getAllSubjects());
        assertEquals(List.of(List.of("r", "B"), List.of("r", "C"), List.of("q", "B")), s.get("A"));
        assertEquals(List.of(List.of("A", "r", "B"), List.of("A", "r", "C"), List.of("A", "q", "B"), List.of("Z", "r", "A")), s.getTriplets());
        assertEquals(4, s.tripletCount());
        assertEquals(List.of(), s.get("nobody"));
    }

    @Test
    void deleteRemovesOnePairAndEmptySubjectsAndIgnoresAbsentOnes() throws Exception {
        SimpleGraphStore s = of("{\"graph_dict\": {\"A\": [[\"r\", \"B\"], [\"r\", \"C\"]], \"B\": [[\"s\", \"C\"]]}}");
        assertFalse(s.delete("A", "r", "X"));
        assertFalse(s.delete("X", "r", "B"));
        assertEquals(0, s.revision());
        assertTrue(s.delete("B", "s", "C"));
        assertFalse(s.hasSubject("B"));
        assertTrue(s.delete("A", "r", "B"));
        assertEquals("{\"graph_dict\": {\"A\": [[\"r\", \"C\"]]}}", text(s));
        assertTrue(s.delete("A", "r", "C"));
        assertEquals("{\"graph_dict\": {}}", text(s));
    }

    @Test
    void untouchedSubjectsAreCopiedVerbatimEvenInOddSpellings() throws Exception {
        // \u0041 and the escaped slash are not how Python writes them: only the changed subject is rewritten
        SimpleGraphStore s = of("{\"graph_dict\": {\"A\": [[\"r\", \"\\u0041\\/x\"]], \"B\": [[\"s\",   \"C\"]]}}");
        s.upsertTriplet("B", "t", "D");
        assertEquals("{\"graph_dict\": {\"A\": [[\"r\", \"\\u0041\\/x\"]], \"B\": [[\"s\",   \"C\"], [\"t\", \"D\"]]}}", text(s));
        assertEquals(List.of(List.of("r", "A/x")), s.get("A"));
    }

    @Test
    void indentedFileIsRewrittenInItsOwnStyle() throws Exception {
        String indented = "{\n  \"graph_dict\": {\n    \"A\": [\n      [\n        \"r\",\n        \"B\"\n      ]\n    ]\n  }\n}\n";
        SimpleGraphStore s = of(indented);
        assertEquals(indented, text(s));
        s.upsertTriplet("C", "r", "D");
        assertEquals("{\n  \"graph_dict\": {\n    \"A\": [\n      [\n        \"r\",\n        \"B\"\n      ]\n    ],\n    \"C\": [\n      [\n        \"r\",\n        \"D\"\n      ]\n    ]\n  }\n}\n", text(s));
    }

    @Test
    void foreignSchemaUnderTheNameIsRejectedClearly() {
        String networkx = "{\"directed\": true, \"multigraph\": false, \"graph\": {}, \"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\"}]}";
        StoreFormatException e = assertThrows(StoreFormatException.class, () -> of(networkx));
        assertEquals("graph_store.json: not a LlamaIndex SimpleGraphStore file: no \"graph_dict\" (top-level keys [directed, multigraph, graph, nodes, links])."
                + " LlamaIndex would load it as an empty graph and overwrite it on persist; leave this file as it is.", e.getMessage());
        StoreFormatException list = assertThrows(StoreFormatException.class, () -> of("[{\"name\": \"codebase_graph\"}]"));
        assertTrue(list.getMessage().contains("expected an object") && list.getMessage().contains("SimpleGraphStore"), list.getMessage());
        StoreFormatException notObject = assertThrows(StoreFormatException.class, () -> of("{\"graph_dict\": []}"));
        assertTrue(notObject.getMessage().contains("graph_dict") && notObject.getMessage().contains("expected an object"), notObject.getMessage());
        assertThrows(JsonSyntaxException.class, () -> of("{\"graph_dict\": {"));
    }

    @Test
    void malformedPairsFailWhenReadWithTheirPath() {
        SimpleGraphStore s = of("{\"graph_dict\": {\"A\": [[\"r\", \"B\", \"extra\"]], \"B\": 5}}");
        StoreFormatException e = assertThrows(StoreFormatException.class, () -> s.get("A"));
        assertEquals("graph_store.json: $[\"graph_dict\"][\"A\"][0]: expected a [relation, object] pair of strings, found [\"r\", \"B\", \"extra\"]", e.getMessage());
        StoreFormatException e2 = assertThrows(StoreFormatException.class, () -> s.get("B"));
        assertTrue(e2.getMessage().contains("$[\"graph_dict\"][\"B\"]") && e2.getMessage().contains("expected a list"), e2.getMessage());
    }

    @Test
    void emptyObjectAndUnknownMembersAreKept() throws Exception {
        SimpleGraphStore empty = of("{}");
        assertEquals("{}", text(empty));
        empty.upsertTriplet("A", "r", "B");
        assertEquals("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]]}}", text(empty));
        SimpleGraphStore extra = of("{\"graph_dict\": {}, \"index_struct\": {\"x\": 1}}");
        extra.upsertTriplet("A", "r", "B");
        assertEquals("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]]}, \"index_struct\": {\"x\": 1}}", text(extra));
    }

    @Test
    void relMapDefaultsAndRecursionLimit() {
        SimpleGraphStore s = of("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]], \"B\": [[\"r\", \"A\"]]}}");
        assertEquals(Map.of("A", List.of(List.of("A", "r", "B"), List.of("B", "r", "A")), "B", List.of(List.of("B", "r", "A"), List.of("A", "r", "B"))), s.getRelMap());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.getRelMap(List.of("A"), -1, 30));
        assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> s.getRelMap().put("x", List.of()));
    }

    @Test
    void dictConversions() throws Exception {
        JsonObject d = (JsonObject) JsonReader.parse("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]]}}", "d");
        SimpleGraphStore s = SimpleGraphStore.fromDict(d);
        assertEquals("{\"graph_dict\": {\"A\": [[\"r\", \"B\"]]}}", text(s));
        assertEquals(d, s.toDict());
        assertThrows(StoreFormatException.class, () -> SimpleGraphStore.fromDict((JsonObject) JsonReader.parse("{\"graph_dict\": {\"A\": [1]}}", "d")));
    }

    @Test
    void schemaAndQueryAreNotSupportedAsInPython() {
        SimpleGraphStore s = new SimpleGraphStore();
        assertEquals("SimpleGraphStore does not support get_schema", assertThrows(UnsupportedOperationException.class, s::getSchema).getMessage());
        assertEquals("SimpleGraphStore does not support query", assertThrows(UnsupportedOperationException.class, () -> s.query("MATCH")).getMessage());
    }
}
