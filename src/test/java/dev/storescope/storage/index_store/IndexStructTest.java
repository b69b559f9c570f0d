package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StoreFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexStructTest {
    private static IndexStruct struct(String envelopeJson) {
        return IndexStruct.fromJson((JsonObject) JsonReader.parse(envelopeJson, "t"), "t");
    }

    private static String py(JsonObject o) {
        return JsonWriter.toJson(o, JsonStyle.PYTHON);
    }

    private static IndexStruct withInner(String type, String innerJson) {
        return IndexStruct.of(type, (JsonObject) JsonReader.parse(innerJson, "inner"));
    }

    @Test
    void stringDataIsDecodedLazilyAndEditedInItsForm() {
        IndexStruct s = struct("{\"__type__\": \"list\", \"extra\": 1, \"__data__\": \"{\\\"index_id\\\": \\\"i\\\", \\\"summary\\\": null, \\\"nodes\\\": [\\\"a\\\", \\\"b\\\", \\\"a\\\"]}\"}");
        assertEquals("list", s.type());
        assertFalse(s.isDecoded());
        assertEquals(IndexStruct.DataForm.STRING, s.dataForm());
        assertEquals("i", s.indexId());
        assertTrue(s.isDecoded());
        assertEquals(List.of("a", "b"), s.nodeIds());
        IndexStruct e = s.withoutNodeId("a");
        assertEquals("{\"__type__\": \"list\", \"extra\": 1, \"__data__\": \"{\\\"index_id\\\": \\\"i\\\", \\\"summary\\\": null, \\\"nodes\\\": [\\\"b\\\"]}\"}", py(e.toJson()));
        assertEquals(List.of("a", "b", "a"), ((IndexList) s.view()).nodes(), "the original is unchanged");
        assertSame(s, s.withoutNodeId("zzz").view().struct(), "no reference: same struct");
    }

    @Test
    void compactInnerTextKeepsItsStyle() {
        IndexStruct s = struct("{\"__type__\": \"list\", \"__data__\": \"{\\\"index_id\\\":\\\"i\\\",\\\"summary\\\":null,\\\"nodes\\\":[\\\"a\\\"]}\"}");
        assertEquals(JsonStyle.COMPACT, s.dataStyle());
        assertEquals("{\"index_id\":\"i\",\"summary\":\"s\",\"nodes\":[\"a\"]}", s.withSummary("s").toJson().getString("__data__"));
    }

    @Test
    void objectDataStaysAnObject() {
        IndexStruct s = struct("{\"__type__\": \"vector_store\", \"__data__\": {\"index_id\": \"i\", \"summary\": null, \"nodes_dict\": {\"v1\": \"n1\", \"v2\": \"n2\"}, \"doc_id_dict\": {}, \"embeddings_dict\": {}}}");
        assertEquals(IndexStruct.DataForm.OBJECT, s.dataForm());
        IndexStruct e = s.withoutNodeId("n1");
        assertEquals("{\"__type__\": \"vector_store\", \"__data__\": {\"index_id\": \"i\", \"summary\": null, \"nodes_dict\": {\"v2\": \"n2\"}, \"doc_id_dict\": {}, \"embeddings_dict\": {}}}", py(e.toJson()));
    }

    @Test
    void newStructsUseTheStringForm() {
        IndexStruct s = withInner("vector_store", "{\"index_id\": \"x\", \"summary\": null, \"nodes_dict\": {}, \"doc_id_dict\": {}, \"embeddings_dict\": {}}");
        IndexDict d = ((IndexDict) s.view()).withNode("n\u00e9", null).withNode("n2", "0");
        assertEquals("{\"__type__\": \"vector_store\", \"__data__\": \"{\\\"index_id\\\": \\\"x\\\", \\\"summary\\\": null, \\\"nodes_dict\\\": "
                + "{\\\"n\\\\u00e9\\\": \\\"n\\\\u00e9\\\", \\\"0\\\": \\\"n2\\\"}, \\\"doc_id_dict\\\": {}, \\\"embeddings_dict\\\": {}}\"}", py(d.struct().toJson()));
        assertEquals(Map.of("n\u00e9", "n\u00e9", "0", "n2"), d.nodesDict());
        NotFoundException e = assertThrows(NotFoundException.class, () -> d.delete("nope"));
        assertEquals("'nope'", e.getMessage());
        assertEquals(List.of("n2"), d.delete("n\u00e9").nodeIds());
    }

    @Test
    void typesAndLoadability() {
        IndexStruct dict = struct("{\"__type__\": \"simple_dict\", \"__data__\": {\"index_id\": \"o\", \"nodes_dict\": {\"a\": \"n1\"}, \"nodes\": [\"n2\"], \"table\": {\"k\": [\"n3\", \"n1\"]}}}");
        assertTrue(dict.isKnownType());
        assertFalse(dict.isLoadableByCore());
        GenericIndexStruct g = assertInstanceOf(GenericIndexStruct.class, dict.view());
        assertFalse(g.isLoadableByCore());
        assertEquals(List.of("n1", "n2", "n3"), g.nodeIds());
        assertSame(g, g.withoutNodeId("n1"), "unknown structs are never edited");
        IndexStruct weird = struct("{\"__type__\": \"my_custom\", \"__data__\": \"{}\"}");
        assertFalse(weird.isKnownType());
        assertFalse(weird.isLoadableByCore());
        assertEquals(List.of(), weird.nodeIds());
        for (IndexStructType t : IndexStructType.values()) assertSame(t, IndexStructType.fromValue(t.value()));
        assertEquals(11, java.util.Arrays.stream(IndexStructType.values()).filter(IndexStructType::isLoadableByCore).count());
    }

    @Test
    void malformedRecordsFailClearly() {
        StoreFormatException a = assertThrows(StoreFormatException.class, () -> struct("{\"indexId\": \"x\", \"type\": \"list\"}"));
        assertTrue(a.getMessage().contains("no \"__type__\""), a.getMessage());
        assertThrows(StoreFormatException.class, () -> struct("{\"__type__\": \"list\", \"__data__\": 3}"));
        IndexStruct arr = struct("{\"__type__\": \"list\", \"__data__\": \"[1]\"}");
        StoreFormatException b = assertThrows(StoreFormatException.class, arr::indexId);
        assertTrue(b.getMessage().contains("must hold a JSON object"), b.getMessage());
        IndexStruct badTree = withInner("tree", "{\"index_id\": \"t\", \"all_nodes\": {\"x\": \"n\"}}");
        assertThrows(StoreFormatException.class, () -> ((IndexGraph) badTree.view()).allNodes());
    }

    @Test
    void keywordTableDropsKeywordsLeftEmpty() {
        IndexStruct s = withInner("keyword_table", "{\"index_id\": \"k\", \"summary\": null, \"table\": {\"a\": [\"n1\", \"n2\"], \"b\": [\"n1\"], \"c\": []}}");
        KeywordTable kt = ((KeywordTable) s.view()).withoutNodeId("n1");
        assertEquals(Map.of("a", List.of("n2"), "c", List.of()), kt.table());
        assertEquals(List.of("a", "c"), List.copyOf(kt.keywords()));
        KG kg = (KG) withInner("kg", "{\"index_id\": \"g\", \"summary\": null, \"table\": {\"x\": [\"n1\"]}, \"rel_map\": {}, \"embedding_dict\": {\"('a', 'b', 'c')\": [0.1, -0.2]}}").view();
        assertEquals(0, kg.withoutNodeId("n1").nodeCount());
        assertEquals(1, kg.embeddingDict().size());
    }

    @Test
    void treeRemovalCleansAllMaps() {
        IndexGraph g = (IndexGraph) withInner("tree", "{\"index_id\": \"t\", \"summary\": null, \"all_nodes\": {\"0\": \"a\", \"1\": \"b\", \"2\": \"s\"}, "
                + "\"root_nodes\": {\"2\": \"s\"}, \"node_id_to_children_ids\": {\"a\": [], \"b\": [], \"s\": [\"a\", \"b\"]}}").view();
        assertEquals(Map.of(0, "a", 1, "b", 2, "s"), g.allNodes());
        assertEquals(Map.of(2, "s"), g.rootNodes());
        IndexGraph e = g.withoutNodeId("a");
        assertEquals("{\"index_id\": \"t\", \"summary\": null, \"all_nodes\": {\"1\": \"b\", \"2\": \"s\"}, \"root_nodes\": {\"2\": \"s\"}, "
                + "\"node_id_to_children_ids\": {\"b\": [], \"s\": [\"b\"]}}", py(e.data()));
    }

    @Test
    void documentSummaryEdits() {
        IndexDocumentSummary d = (IndexDocumentSummary) withInner("document_summary", "{\"index_id\": \"d\", \"summary\": null, "
                + "\"summary_id_to_node_ids\": {\"s1\": [\"n1\", \"n2\"], \"s2\": [\"n3\"]}, \"node_id_to_summary_id\": {\"n1\": \"s1\", \"n2\": \"s1\", \"n3\": \"s2\"}, "
                + "\"doc_id_to_summary_id\": {\"d1\": \"s1\", \"d2\": \"s2\"}}").view();
        assertEquals(List.of("s1", "n1", "n2", "s2", "n3"), d.nodeIds());
        assertEquals("{\"s1\": [\"n2\"], \"s2\": [\"n3\"]}", py(d.withoutNodeId("n1").data().getObject("summary_id_to_node_ids").orElseThrow()));
        IndexDocumentSummary noS1 = d.withoutNodeId("s1");
        assertEquals(List.of("s2", "n3"), noS1.nodeIds());
        assertEquals(Map.of("d2", "s2"), noS1.docIdToSummaryId());
        IndexDocumentSummary noD2 = d.deleteDoc("d2");
        assertEquals(List.of("s1", "n1", "n2"), noD2.nodeIds());
        assertEquals("'d9'", assertThrows(NotFoundException.class, () -> d.deleteDoc("d9")).getMessage());
    }

    @Test
    void structsWithoutNodes() {
        SQLStructTable sql = (SQLStructTable) withInner("sql", "{\"index_id\": \"q\", \"summary\": null, \"context_dict\": {\"t\": \"ctx\"}}").view();
        assertEquals(Map.of("t", "ctx"), sql.contextDict());
        assertEquals(0, sql.nodeCount());
        assertInstanceOf(PandasStructTable.class, withInner("pandas", "{\"index_id\": \"p\", \"summary\": null}").view());
        assertInstanceOf(IndexLPG.class, withInner("simple_lpg", "{\"index_id\": \"l\", \"summary\": null}").view());
        EmptyIndexStruct old = (EmptyIndexStruct) withInner("empty", "{\"index_id\": \"e\", \"summary\": null, \"nodes_dict\": {\"a\": \"a\"}}").view();
        assertEquals(List.of("a"), old.nodeIds());
        IndexList l = ((IndexList) withInner("list", "{\"index_id\": \"x\", \"summary\": \"s\", \"nodes\": []}").view()).withNode("n");
        assertEquals("s", l.summary());
        assertEquals(List.of("n"), l.nodes());
    }
}
