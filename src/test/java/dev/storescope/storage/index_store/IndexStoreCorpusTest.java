package dev.storescope.storage.index_store;

import dev.storescope.storage.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus index_store.json loads, every struct decodes and views, and persists byte for byte. */
class IndexStoreCorpusTest {
    static List<Path> files() {
        return Corpus.all("index_store.json");
    }

    @ParameterizedTest
    @MethodSource("files")
    void loadsViewsAndRoundTrips(Path file, @TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("index_store.json");
        Files.copy(file, copy);
        SimpleIndexStore store = SimpleIndexStore.fromPersistDir(tmp);
        List<IndexStruct> structs = store.indexStructs();
        List<TsIndexStruct> ts = store.tsIndexStructs();
        assertFalse(structs.isEmpty() && ts.isEmpty(), "no struct found in " + file);
        for (IndexStruct s : structs) {
            assertTrue(s.isLoadableByCore(), s.type());
            assertTrue(s.isKnownType());
            TypedIndexStruct v = s.view();
            assertFalse(v instanceof GenericIndexStruct);
            assertEquals(s.indexId(), v.indexId());
            assertEquals(v.nodeIds().size(), s.nodeCount());
            assertEquals(s, store.getIndexStruct(s.indexId()));
        }
        for (TsIndexStruct t : ts) {
            assertEquals(t.key(), t.indexId());
            assertTrue(Set.of("simple_dict", "list", "keyword_table").contains(t.type()), t.type());
            assertTrue(t.nodeCount() > 0, t.toString());
        }
        byte[] original = Files.readAllBytes(file);
        assertArrayEquals(original, store.toBytes());
        store.persist(copy);
        assertArrayEquals(original, Files.readAllBytes(copy));
    }

    private static SimpleIndexStore load(String dir) throws Exception {
        return SimpleIndexStore.fromPersistDir(Corpus.file(dir));
    }

    @Test
    void treeOf02() throws Exception {
        IndexStruct s = load("real/02-IntrovertHedgehog__openai-embbed-py__tree").getIndexStruct();
        assertEquals(IndexStruct.DataForm.OBJECT, s.dataForm());
        IndexGraph g = assertInstanceOf(IndexGraph.class, s.view());
        assertEquals(30, g.allNodes().size());
        assertEquals(3, g.rootNodes().size());
        assertEquals(30, g.nodeIdToChildrenIds().size());
        assertEquals(30, s.nodeCount());
        for (Integer k : g.rootNodes().keySet()) assertEquals(g.allNodes().get(k), g.rootNodes().get(k));
    }

    @Test
    void keywordTableOf04() throws Exception {
        IndexStruct s = load("real/04-ved-01__josaa-bot__table").getIndexStruct();
        assertEquals(IndexStruct.DataForm.STRING, s.dataForm());
        KeywordTable kt = assertInstanceOf(KeywordTable.class, s.view());
        assertEquals(10, kt.keywords().size());
        assertEquals(List.of("74847633-5c51-4b55-8490-c5904061700a"), kt.nodeIds());
    }

    @Test
    void listsOf05And11And16() throws Exception {
        assertEquals(5, assertInstanceOf(IndexList.class, load("real/05-cocosan1__chatgpt__storage_context").getIndexStruct().view()).nodes().size());
        assertEquals(64, load("real/11-AksPro-07__Space-Chatbot__storage_summary_index").getIndexStruct().nodeCount());
        SimpleIndexStore s16 = load("real/16-nitzannossery__mid-project325694537__storage_summary");
        assertEquals(2, s16.getIndexStruct("summary_index").nodeCount());
    }

    @Test
    void documentSummaryOf12() throws Exception {
        IndexDocumentSummary ds = assertInstanceOf(IndexDocumentSummary.class,
                load("real/12-biphan380__doc_summary_index__index").getIndexStruct().view());
        assertEquals(5, ds.summaryIds().size());
        assertEquals(5, ds.docIdToSummaryId().size());
        assertEquals(99, ds.nodeIdToSummaryId().size());
        assertEquals(99, ds.summaryIdToNodeIds().values().stream().mapToInt(List::size).sum());
        assertEquals(104, ds.nodeCount(), "99 chunk nodes + 5 summary nodes");
    }

    @Test
    void vectorAndKgOf13() throws Exception {
        SimpleIndexStore store = load("real/13-Sathiya-Moorthi__RAG_Sathiya__storage");
        List<IndexStruct> structs = store.indexStructs();
        assertEquals(List.of("vector_store", "kg"), structs.stream().map(IndexStruct::type).toList());
        assertEquals(0, structs.get(0).nodeCount());
        KG kg = assertInstanceOf(KG.class, structs.get(1).view());
        assertEquals(4, kg.table().size());
        assertEquals(0, kg.relMap().size());
        assertEquals(2, kg.embeddingDict().size());
        assertTrue(kg.table().keySet().stream().anyMatch(k -> k.startsWith("D:\\gen ai project\\")), "quadruple-escaped path decodes to single backslashes");
        AmbiguousIndexException e = assertThrows(AmbiguousIndexException.class, store::getIndexStruct);
        assertEquals("Expected to load a single index, but got 2 instead. Please specify index_id. Index ids: "
                + "97849cef-7e0f-434f-9ecf-fbabce91baf6, 94b5479b-0bed-4b17-b067-36b86063c954", e.getMessage());
        assertEquals(2, e.indexIds().size());
    }

    @Test
    void lpgOf19AndMultimodalOf20() throws Exception {
        IndexStruct lpg = load("real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage").getIndexStruct();
        assertInstanceOf(IndexLPG.class, lpg.view());
        assertEquals(0, lpg.nodeCount());
        IndexDict mm = assertInstanceOf(IndexDict.class, load("real/20-AlgoDM-Fall2023-Team2__MultiModal-Image-Retrieval__storage").getIndexStruct().view());
        assertTrue(mm.isMultimodal());
        assertEquals(0, mm.nodeCount());
    }

    @Test
    void nestedObjectDataOf01() throws Exception {
        IndexStruct s = load("real/01-ktny__study-llamaindex__storage").getIndexStruct();
        assertEquals(IndexStruct.DataForm.OBJECT, s.dataForm());
        assertNull(s.dataStyle());
        IndexDict d = assertInstanceOf(IndexDict.class, s.view());
        assertEquals(7, d.nodesDict().size());
        assertEquals(7, d.docIdDict().size());
        assertEquals(7, s.nodeCount());
        assertFalse(d.isMultimodal());
    }

    @Test
    void vectorOf10And17() throws Exception {
        IndexDict d = assertInstanceOf(IndexDict.class, load("real/10-ken20c__corolla__root").getIndexStruct().view());
        assertEquals(68, d.nodeCount());
        d.nodesDict().forEach((k, v) -> assertEquals(k, v));
        assertEquals(30, load("real/17-nitzannossery__mid-project325694537__storage_hierarchical").getIndexStruct("hierarchical_index").nodeCount());
    }

    @Test
    void tsStructs() throws Exception {
        SimpleIndexStore s21 = load("real/21-Ojansen__chatbot-rag-skeleton__storage");
        assertTrue(s21.indexStructs().isEmpty(), "TS structs are not Python structs");
        assertThrows(NotFoundException.class, s21::getIndexStruct);
        TsIndexStruct t = s21.tsIndexStructs().get(0);
        assertEquals("simple_dict", t.type());
        assertEquals(IndexStructType.VECTOR_STORE, t.pythonType());
        assertEquals("482f26bb-a334-439a-b708-16043375172f", t.indexId());
        assertEquals(List.of("141d0ad9-726d-4f6c-8053-52435ec86e2b"), t.nodeIds());
        TsIndexStruct l = load("real/22-GautamSharda__courser__storage").tsIndexStructs().get(0);
        assertEquals("list", l.type());
        assertEquals(1, l.nodeCount());
        List<TsIndexStruct> multi = load("ts/multi_index").tsIndexStructs();
        assertEquals(List.of("simple_dict", "list"), multi.stream().map(TsIndexStruct::type).toList());
        assertEquals(List.of(5, 5), multi.stream().map(TsIndexStruct::nodeCount).toList());
        TsIndexStruct kw = load("ts/keyword_table").tsIndexStructs().get(0);
        assertEquals(IndexStructType.KEYWORD_TABLE, kw.pythonType());
        assertEquals(6, kw.toJson().getObject("table").orElseThrow().size());
    }

    @Test
    void hybridFileHasBothLayouts() throws Exception {
        SimpleIndexStore s = load("ts/hybrid_py_layout_then_ts");
        IndexStruct py = s.getIndexStruct();
        assertEquals("py-vector-index", py.indexId());
        assertEquals(3, py.nodeCount());
        assertEquals(1, s.tsIndexStructs().size());
    }
}
