package dev.storescope.graph_stores;

import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.RawJson;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StoreFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplePropertyGraphStoreTest {
    @TempDir
    Path tmp;

    private static SimplePropertyGraphStore of(String json) {
        return SimplePropertyGraphStore.fromSource(JsonSource.of(json, "property_graph_store.json"));
    }

    private static String text(SimplePropertyGraphStore s) throws Exception {
        return new String(s.toBytes(), StandardCharsets.UTF_8);
    }

    private static JsonObject obj(String json) {
        return (JsonObject) JsonReader.parse(json, "test");
    }

    @Test
    void newStoresInBothStyles() throws Exception {
        SimplePropertyGraphStore s = SimplePropertyGraphStore.create();
        assertEquals("{\"nodes\":{},\"relations\":{},\"triplets\":[]}", text(s));
        s.upsertRelations(List.of(Relation.of("KNOWS", "Alice", "Bob", obj("{\"triplet_source_id\": \"n1\"}"))));
        assertEquals("{\"nodes\":{\"Alice\":{\"label\":\"entity\",\"embedding\":null,\"properties\":{},\"name\":\"Alice\"},"
                + "\"Bob\":{\"label\":\"entity\",\"embedding\":null,\"properties\":{},\"name\":\"Bob\"}},"
                + "\"relations\":{\"Alice_KNOWS_Bob\":{\"label\":\"KNOWS\",\"source_id\":\"Alice\",\"target_id\":\"Bob\",\"properties\":{\"triplet_source_id\":\"n1\"}}},"
                + "\"triplets\":[[\"Alice\",\"KNOWS\",\"Bob\"]]}", text(s));
        SimplePropertyGraphStore old = SimplePropertyGraphStore.create(JsonStyle.PYTHON);
        old.upsertNodes(List.of(ChunkNode.of("caf\u00e9", "c1", "text_chunk", JsonObject.EMPTY, new double[] {1e-5, 2})));
        assertEquals("{\"nodes\": {\"c1\": {\"label\": \"text_chunk\", \"embedding\": [1e-05, 2.0], \"properties\": {}, \"text\": \"caf\\u00e9\", \"id_\": \"c1\"}}, \"relations\": {}, \"triplets\": []}", text(old));
        assertEquals(JsonStyle.PYTHON, of(text(old)).style());
    }

    @Test
    void modelClassesFollowPython() {
        EntityNode e = EntityNode.of("Say \"hi\"");
        assertEquals("Say  hi ", e.id());
        assertEquals("entity", e.label());
        assertNull(e.embedding());
        assertEquals(JsonObject.EMPTY, e.properties());
        assertEquals(List.of("label", "embedding", "properties", "name"), List.copyOf(e.toJson().keys()));
        ChunkNode c = ChunkNode.of("text", null);
        assertNull(c.id());
        assertEquals("text_chunk", c.label());
        assertEquals(List.of("label", "embedding", "properties", "text", "id_"), List.copyOf(c.toJson().keys()));
        Relation r = Relation.of("KNOWS", "a", "b");
        assertEquals("KNOWS", r.id());
        assertEquals("a_KNOWS_b", r.key());
        assertEquals(List.of("label", "source_id", "target_id", "properties"), List.copyOf(r.toJson().keys()));
        // defaults when the file omits the label; unknown keys and order survive edits
        LabelledNode loaded = LabelledNode.fromJson(obj("{\"name\": \"X\", \"extra\": 1}"));
        assertEquals("entity", loaded.label());
        EntityNode relabelled = ((EntityNode) loaded).withLabel("PERSON");
        assertEquals(List.of("name", "extra", "label"), List.copyOf(relabelled.toJson().keys()));
        assertInstanceOf(ChunkNode.class, LabelledNode.fromJson(obj("{\"text\": \"t\"}")));
        assertInstanceOf(EntityNode.class, LabelledNode.fromJson(obj("{\"text\": \"t\", \"name\": \"n\"}")));
    }

    @Test
    void loaderRuleRejectsNodesThatAreNeither() {
        StoreFormatException e = assertThrows(StoreFormatException.class,
                () -> of("{\"nodes\":{\"x\":{\"label\":\"thing\",\"properties\":{\"a\":true}}},\"relations\":{},\"triplets\":[]}"));
        assertEquals("property_graph_store.json: $[\"nodes\"][\"x\"]: Could not infer node type for data: {'label': 'thing', 'properties': {'a': True}}", e.getMessage());
        StoreFormatException badName = assertThrows(StoreFormatException.class, () -> of("{\"nodes\":{\"x\":{\"name\":5}}}"));
        assertEquals("property_graph_store.json: $[\"nodes\"][\"x\"]: EntityNode.name is a JSON number, expected a string", badName.getMessage());
        StoreFormatException badRel = assertThrows(StoreFormatException.class, () -> of("{\"nodes\":{},\"relations\":{\"k\":{\"label\":\"L\"}}}"));
        assertEquals("property_graph_store.json: $[\"relations\"][\"k\"]: Relation.source_id is missing, expected a string", badRel.getMessage());
    }

    @Test
    void foreignFilesAreRejected() {
        StoreFormatException e = assertThrows(StoreFormatException.class, () -> of("{\"graph_dict\": {}}"));
        assertEquals("property_graph_store.json: not a LlamaIndex SimplePropertyGraphStore file: no \"nodes\" (top-level keys [graph_dict])", e.getMessage());
        assertThrows(StoreFormatException.class, () -> of("[1, 2]"));
        assertThrows(StoreFormatException.class, () -> of("{\"nodes\": []}"));
        assertThrows(StoreFormatException.class, () -> of("{\"nodes\": {}, \"triplets\": {}}"));
        SimplePropertyGraphStore badTriplet = of("{\"nodes\": {}, \"triplets\": [[\"a\", \"b\"]]}");
        StoreFormatException t = assertThrows(StoreFormatException.class, badTriplet::tripletCount);
        assertEquals("property_graph_store.json: $[\"triplets\"][0]: expected a [subject id, relation label, object id] triplet of strings, found [\"a\", \"b\"]", t.getMessage());
        assertThrows(NoSuchFileException.class, () -> SimplePropertyGraphStore.fromPersistDir(tmp));
    }

    @Test
    void tripletsStayRawUntilChangedAndDuplicatesCollapse() throws Exception {
        String json = "{\"nodes\":{\"a\":{\"name\":\"a\"},\"b\":{\"name\":\"b\"}},\"relations\":{\"a_r_b\":{\"label\":\"r\",\"source_id\":\"a\",\"target_id\":\"b\"}},"
                + "\"triplets\":[[\"a\",\"r\",\"b\"], [\"a\",\"r\",\"b\"]]}";
        SimplePropertyGraphStore s = of(json);
        assertEquals(1, s.tripletCount());
        assertEquals(1, s.allTriplets().size());
        assertInstanceOf(RawJson.class, s.toDict().getRaw("triplets"));
        assertEquals(json, text(s));
        s.upsertRelations(List.of(Relation.of("q", "b", "a")));
        assertEquals("{\"nodes\":{\"a\":{\"name\":\"a\"},\"b\":{\"name\":\"b\"}},\"relations\":{\"a_r_b\":{\"label\":\"r\",\"source_id\":\"a\",\"target_id\":\"b\"},"
                + "\"b_q_a\":{\"label\":\"q\",\"source_id\":\"b\",\"target_id\":\"a\",\"properties\":{}}},\"triplets\":[[\"a\",\"r\",\"b\"],[\"b\",\"q\",\"a\"]]}", text(s));
    }

    @Test
    void missingKeysRaisePythonsKeyError() {
        SimplePropertyGraphStore s = of("{\"nodes\":{\"a\":{\"name\":\"a\"}},\"relations\":{},\"triplets\":[[\"a\",\"r\",\"it's\"]]}");
        assertEquals("KeyError: \"a_r_it's\"",
                assertThrows(NotFoundException.class, s::allTriplets).getMessage());
        assertEquals(List.of(), s.getTriplets(null, null, null, List.of()));
        assertEquals(1, s.get(null, null).size());
    }

    @Test
    void upsertNodesReplacesInPlaceAndRejectsChunksWithoutId() throws Exception {
        SimplePropertyGraphStore s = of("{\"nodes\":{\"a\":{\"name\":\"a\"},\"b\":{\"name\":\"b\"}},\"relations\":{},\"triplets\":[]}");
        s.upsertNodes(List.of(EntityNode.of("a", "PERSON", obj("{\"k\": [1, 2.5]}"))));
        assertEquals("{\"nodes\":{\"a\":{\"label\":\"PERSON\",\"embedding\":null,\"properties\":{\"k\":[1,2.5]},\"name\":\"a\"},\"b\":{\"name\":\"b\"}},\"relations\":{},\"triplets\":[]}", text(s));
        long rev = s.revision();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.upsertNodes(List.of(ChunkNode.of("t", null))));
        assertTrue(e.getMessage().startsWith("ChunkNode without id_"));
        assertEquals(rev, s.revision());
        s.upsertNodes(List.of(s.node("b")));
        assertEquals(rev, s.revision(), "re-upserting the stored node object is no change");
    }

    @Test
    void propertyFiltersUsePythonEquality() {
        SimplePropertyGraphStore s = of("{\"nodes\":{"
                + "\"i\":{\"name\":\"i\",\"properties\":{\"v\":1}},"
                + "\"f\":{\"name\":\"f\",\"properties\":{\"v\":1.0}},"
                + "\"b\":{\"name\":\"b\",\"properties\":{\"v\":true}},"
                + "\"s\":{\"name\":\"s\",\"properties\":{\"v\":\"1\"}},"
                + "\"n\":{\"name\":\"n\",\"properties\":{\"v\":NaN}},"
                + "\"l\":{\"name\":\"l\",\"properties\":{\"v\":[1,{\"x\":0}]}},"
                + "\"none\":{\"name\":\"none\"}}}");
        assertEquals(List.of("i", "f", "b"), ids(s.get(obj("{\"v\": 1}"), null)));
        assertEquals(List.of("s"), ids(s.get(obj("{\"v\": \"1\"}"), null)));
        assertEquals(List.of(), ids(s.get(obj("{\"v\": NaN}"), null)));
        assertEquals(List.of("l"), ids(s.get(obj("{\"v\": [1.0, {\"x\": false}]}"), null)));
        assertEquals(List.of("none"), ids(s.get(obj("{\"v\": null}"), null)));
        assertEquals(List.of("i", "f", "b", "none"), ids(s.get(obj("{\"v\": 1, \"w\": null}"), List.of("i", "f", "b", "none", "zzz"))).subList(0, 4));
        assertEquals(7, s.get(JsonObject.EMPTY, List.of()).size());
    }

    @Test
    void deleteWithoutPropertiesOrIdsDeletesEveryNodeAsPythonDoes() throws Exception {
        SimplePropertyGraphStore s = SimplePropertyGraphStore.create();
        s.upsertRelations(List.of(Relation.of("r", "a", "b"), Relation.of("r", "c", "d")));
        s.delete(List.of("a"), null, null, null);
        assertEquals(0, s.nodeCount());
        assertEquals(List.of(List.of("c", "r", "d")), s.tripletIds());
        assertEquals(List.of("c_r_d"), s.relationKeys());
        assertThrows(NotFoundException.class, s::allTriplets); // the graph is now inconsistent, as in Python
    }

    @Test
    void upsertRelationForAnExistingTripletKeepsTheOldRelation() throws Exception {
        SimplePropertyGraphStore s = SimplePropertyGraphStore.create();
        s.upsertRelations(List.of(Relation.of("r", "a", "b", obj("{\"v\": 1}"))));
        byte[] before = s.toBytes();
        long rev = s.revision();
        s.upsertRelations(List.of(Relation.of("r", "a", "b", obj("{\"v\": 2}"))));
        assertEquals(rev, s.revision());
        assertArrayEquals(before, s.toBytes());
        assertEquals(JsonNumber.of(1), s.relation("a_r_b").properties().get("v"));
    }

    @Test
    void relMapFollowsPythonLevelsAndSlicing() {
        SimplePropertyGraphStore s = SimplePropertyGraphStore.create();
        s.upsertRelations(List.of(Relation.of("r", "a", "b"), Relation.of("r", "b", "c"), Relation.of("x", "c", "a")));
        List<List<String>> all = s.getRelMap(List.of(s.node("a"))).stream().map(Triplet::ids).toList();
        assertEquals(List.of(List.of("a", "r", "b"), List.of("c", "x", "a"), List.of("a", "r", "b"), List.of("b", "r", "c"),
                List.of("c", "x", "a")), all);
        assertEquals(all.subList(0, 3), s.getRelMap(List.of(s.node("a")), 2, -2, null).stream().map(Triplet::ids).toList());
        assertEquals(List.of(), s.getRelMap(List.of(ChunkNode.of("t", null))));
        SimplePropertyGraphStore chunks = of("{\"nodes\":{\"h1\":{\"text\":\"t\",\"id_\":null},\"e\":{\"name\":\"e\"}},"
                + "\"relations\":{\"h1_r_e\":{\"label\":\"r\",\"source_id\":\"h1\",\"target_id\":\"e\"}},\"triplets\":[[\"h1\",\"r\",\"e\"]]}");
        assertEquals(List.of(), chunks.getRelMap(List.of(chunks.node("h1"))), "an id_-less chunk (Python: hash(text)) matches no id");
        assertEquals(List.of("e"), chunks.getRelMap(List.of(chunks.node("e"))).get(0).ids().subList(2, 3));
    }

    @Test
    void dictConversionsAndUnsupportedCalls() throws Exception {
        JsonObject d = obj("{\"nodes\": {\"a\": {\"name\": \"\u00e4\"}}, \"relations\": {}, \"triplets\": []}");
        SimplePropertyGraphStore s = SimplePropertyGraphStore.fromDict(d);
        assertEquals("{\"nodes\":{\"a\":{\"name\":\"\u00e4\"}},\"relations\":{},\"triplets\":[]}", text(s));
        assertEquals(d, s.toDict());
        assertEquals("\u00e4", ((EntityNode) s.node("a")).name());
        assertEquals("Schema not implemented for SimplePropertyGraphStore.", assertThrows(UnsupportedOperationException.class, s::getSchema).getMessage());
        assertThrows(UnsupportedOperationException.class, () -> s.structuredQuery("MATCH (n) RETURN n"));
    }

    private static List<String> ids(List<LabelledNode> nodes) {
        return nodes.stream().map(LabelledNode::id).toList();
    }
}
