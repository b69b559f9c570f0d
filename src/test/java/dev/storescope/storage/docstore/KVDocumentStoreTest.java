package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every §4.7 operation with Python's semantics and messages. */
class KVDocumentStoreTest {
    static final JsonObject MD = JsonObject.builder().put("file_name", "a.txt").build();
    static final String DOC_HASH = "07a849a5b7518c00ebb4d781f1bc931bcfaa39ce9bb1d8ec1a813165e801d156";

    /** The §4.4 scenario: doc-1 split into node-1 and node-2. */
    static List<StoredNode> specNodes() {
        StoredNode doc = NodeHasherTest.doc1();
        StoredNode n2plain = NodeBuilder.create().id("node-2").text("Second sentence.").metadata(MD).buildTextNode();
        StoredNode n1 = NodeBuilder.create().id("node-1").text("Hello world.").metadata(MD).charIdx(0L, 12L)
                .relationship(NodeRelationship.SOURCE, doc.asRelatedNodeInfo())
                .relationship(NodeRelationship.NEXT, n2plain.asRelatedNodeInfo()).buildTextNode();
        StoredNode n2 = NodeBuilder.create().id("node-2").text("Second sentence.").metadata(MD).charIdx(13L, 29L)
                .relationship(NodeRelationship.SOURCE, doc.asRelatedNodeInfo())
                .relationship(NodeRelationship.PREVIOUS, n1.asRelatedNodeInfo()).buildTextNode();
        return List.of(n1, n2);
    }

    @Test
    void fromDocumentsScenarioWritesSpecLayout() throws IOException {
        SimpleDocumentStore ds = new SimpleDocumentStore();
        ds.setDocumentHash("doc-1", NodeHasherTest.doc1().hash());
        ds.addDocuments(specNodes());
        String out = new String(ds.kvstore().toBytes(), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("{\"docstore/metadata\": {\"doc-1\": {\"doc_hash\": \"" + DOC_HASH + "\"}, "
                + "\"node-1\": {\"doc_hash\": \"13c9ddfee9a9ba891e037b74d0fe4020803e786ab6c28be08a232cbd9d37de49\", \"ref_doc_id\": \"doc-1\"}, "
                + "\"node-2\": {\"doc_hash\": \"19066683988df5b41d21951248de777f55d8aaad424abe788797fcc726b0f7ff\", \"ref_doc_id\": \"doc-1\"}}, "
                + "\"docstore/data\": {\"node-1\": {\"__data__\": {\"id_\": \"node-1\""), out);
        assertTrue(out.endsWith("\"docstore/ref_doc_info\": {\"doc-1\": {\"node_ids\": [\"node-1\", \"node-2\"], \"metadata\": {\"file_name\": \"a.txt\"}}}}"), out);
        assertEquals(List.of("docstore/metadata", "docstore/data", "docstore/ref_doc_info"), ds.kvstore().collectionNames());
        assertEquals(Map.of(DOC_HASH, "doc-1", "13c9ddfee9a9ba891e037b74d0fe4020803e786ab6c28be08a232cbd9d37de49", "node-1",
                "19066683988df5b41d21951248de777f55d8aaad424abe788797fcc726b0f7ff", "node-2"), ds.getAllDocumentHashes());
        assertEquals(List.of("node-1", "node-2"), List.copyOf(ds.docs().keySet()));
        assertEquals("Hello world.", ds.getDocument("node-1").text());
    }

    @Test
    void addDocumentsErrorsAndOptions() {
        SimpleDocumentStore ds = new SimpleDocumentStore();
        List<StoredNode> nodes = specNodes();
        ds.addDocuments(nodes.subList(0, 1));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ds.addDocuments(nodes, false, 0, true));
        assertEquals("node_id node-1 already exists. Set allow_update to True to overwrite.", ex.getMessage());
        assertFalse(ds.documentExists("node-2"), "nothing written for the batch");
        UnsupportedOperationException b = assertThrows(UnsupportedOperationException.class, () -> ds.addDocuments(nodes, true, 2, true));
        assertEquals("Batching not supported by this key-value store.", b.getMessage());

        SimpleDocumentStore noText = new SimpleDocumentStore();
        noText.addDocuments(nodes, true, 0, false);
        assertFalse(noText.kvstore().hasCollection("docstore/data"));
        assertEquals("doc-1", noText.kvstore().get("node-2", "docstore/metadata").getString("ref_doc_id"));
        assertEquals(List.of("node-1", "node-2"), noText.getRefDocInfo("doc-1").nodeIds());
    }

    @Test
    void refDocRecordsMergeAndKeepStoredMetadata() {
        SimpleDocumentStore ds = new SimpleDocumentStore();
        ds.kvstore().put("doc-1", JsonObject.builder().put("node_ids", JsonArray.ofStrings(List.of("old")))
                .put("metadata", JsonObject.builder().put("keep", 1).build()).build(), "docstore/ref_doc_info");
        ds.addDocuments(specNodes());
        RefDocInfo info = ds.getRefDocInfo("doc-1");
        assertEquals(List.of("old", "node-1", "node-2"), info.nodeIds());
        assertEquals(JsonObject.builder().put("keep", 1).build(), info.metadata());

        SimpleDocumentStore fresh = new SimpleDocumentStore();
        StoredNode a = NodeBuilder.create().id("a").metadata(JsonObject.builder().put("x", 1).put("y", 1).build())
                .relationship(NodeRelationship.SOURCE, RelatedNodeInfo.of("d", "4", JsonObject.EMPTY, null)).buildTextNode();
        StoredNode b = NodeBuilder.create().id("b").metadata(JsonObject.builder().put("y", 2).put("z", 3).build())
                .relationship(NodeRelationship.SOURCE, RelatedNodeInfo.of("d", "4", JsonObject.EMPTY, null)).buildTextNode();
        fresh.addDocuments(List.of(a, b, a));
        // pairs merge in order a, b, a: the repeated a sets y back to 1 (Python dict.update)
        assertEquals("{\"node_ids\": [\"a\", \"b\"], \"metadata\": {\"x\": 1, \"y\": 1, \"z\": 3}}",
                fresh.kvstore().get("d", "docstore/ref_doc_info").toString());
    }

    @Test
    void lookupsAndErrorMessages(@TempDir Path tmp) throws IOException {
        SimpleDocumentStore ds = Corpus.load(Corpus.R16, tmp);
        assertEquals("doc_id nope not found.", assertThrows(NotFoundException.class, () -> ds.getDocument("nope", true)).getMessage());
        assertNull(ds.getDocument("nope", false));
        assertEquals("doc_id nope not found.", assertThrows(NotFoundException.class, () -> ds.deleteDocument("nope")).getMessage());
        assertEquals("ref_doc_id nope not found.", assertThrows(NotFoundException.class, () -> ds.deleteRefDoc("nope")).getMessage());
        ds.deleteRefDoc("nope", false);
        String doc = "e3f22241-7870-4261-942f-91f2463c7ce5";
        assertFalse(ds.documentExists(doc), "a hash record alone is not a document");
        assertTrue(ds.refDocExists(doc));
        assertEquals("f03344e8f930d8ea739c52d5cebb8ed1410e1c3f6b8d151f74097098014669d1", ds.getDocumentHash(doc));
        assertNull(ds.getDocumentHash("nope"));
        assertEquals(2, ds.getNodes(List.of("487c9ff4-3864-4e55-8a30-4f85b05a998c", "nope", "a2ea0d3b-4d92-4299-940e-41491176fc5a"), false).size());
        assertThrows(NotFoundException.class, () -> ds.getNodes(List.of("nope"), true));
        assertEquals(List.of(doc), List.copyOf(ds.getAllRefDocInfo().keySet()));
        assertEquals(3, ds.getAllDocumentIds().size());
        assertTrue(ds.agetDocument("nope", false).join() == null);
        CompletionException ce = assertThrows(CompletionException.class, () -> ds.agetDocument("nope", true).join());
        assertInstanceOf(NotFoundException.class, ce.getCause());
    }

    @Test
    void deleteDocumentRemovesMetadataEvenWhenDataIsMissing() {
        SimpleDocumentStore ds = new SimpleDocumentStore();
        ds.setDocumentHash("h", "x");
        assertThrows(NotFoundException.class, () -> ds.deleteDocument("h"));
        assertNull(ds.getDocumentHash("h"));
    }

    @Test
    void setDocumentHashReplacesWholeValueAndHashesInvert(@TempDir Path tmp) throws IOException {
        SimpleDocumentStore ds = Corpus.load(Corpus.R03, tmp);
        // the document and its only node share one hash: the later id wins
        assertEquals(Map.of("ad5e8226b64fc110b13134363f508436f353ad512aa9ad8308380f7539ad3437", "da9c4c1f-c313-4264-9250-3b68d97b4a70"),
                ds.getAllDocumentHashes());
        ds.setDocumentHash("da9c4c1f-c313-4264-9250-3b68d97b4a70", "new");
        assertEquals("{\"doc_hash\": \"new\"}", ds.kvstore().get("da9c4c1f-c313-4264-9250-3b68d97b4a70", "docstore/metadata").toString());
        ds.setDocumentHashes(Map.of("z", ""));
        assertFalse(ds.getAllDocumentHashes().containsValue("z"), "empty hashes are skipped");
    }

    @Test
    void legacyRefDocInfoNormalisedOnReadNotRewritten(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(Corpus.R03, tmp);
        SimpleDocumentStore ds = SimpleDocumentStore.fromPersistPath(file);
        RefDocInfo info = ds.getRefDocInfo("873a49ba-d37c-4dc5-a8ae-44b711d16907");
        assertTrue(info.isLegacy());
        assertEquals(List.of("da9c4c1f-c313-4264-9250-3b68d97b4a70"), info.nodeIds());
        assertEquals(JsonObject.EMPTY, info.metadata());
        assertEquals("{\"node_ids\": [\"da9c4c1f-c313-4264-9250-3b68d97b4a70\"], \"metadata\": {}}", info.toJson().toString());
        byte[] before = Files.readAllBytes(file);
        ds.persist(file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void emptyRefDocRecordMeansNoInfo() {
        SimpleDocumentStore ds = new SimpleDocumentStore();
        ds.kvstore().put("d", JsonObject.EMPTY, "docstore/ref_doc_info");
        assertNull(ds.getRefDocInfo("d"));
        assertFalse(ds.refDocExists("d"));
        assertThrows(NotFoundException.class, () -> ds.deleteRefDoc("d"));
        assertTrue(ds.getAllRefDocInfo().get("d").isEmpty());
    }

    /** Python's async delete leaves zombie ids in ref_doc_info; ours updates it like the sync path. */
    @Test
    void asyncDeleteUpdatesRefDocInfo(@TempDir Path tmp) throws IOException {
        SimpleDocumentStore ds = Corpus.load(Corpus.R16, tmp);
        ds.adeleteDocument("487c9ff4-3864-4e55-8a30-4f85b05a998c", true).join();
        assertEquals(List.of("a2ea0d3b-4d92-4299-940e-41491176fc5a"), ds.getRefDocInfo("e3f22241-7870-4261-942f-91f2463c7ce5").nodeIds());
        ds.adeleteRefDoc("e3f22241-7870-4261-942f-91f2463c7ce5", true).join();
        assertTrue(ds.docs().isEmpty());
        assertTrue(ds.getAllRefDocInfo().isEmpty());
        assertTrue(ds.getAllDocumentHashes().isEmpty());
        CompletionException ce = assertThrows(CompletionException.class, () -> ds.adeleteRefDoc("x", true).join());
        assertEquals("ref_doc_id x not found.", ce.getCause().getMessage());
    }

    @Test
    void customNamespaceAndSuffixes() {
        SimpleKVStore kv = new SimpleKVStore();
        KVDocumentStore ds = new KVDocumentStore(kv, "ns/x", 1, "/nodes", "/refs", "/meta");
        ds.addDocuments(specNodes());
        assertEquals(List.of("ns/x/nodes", "ns/x/meta", "ns/x/refs"), kv.collectionNames());
        assertEquals(new KVDocumentStore(kv).nodeCollection(), "docstore/data");
        ds.deleteRefDoc("doc-1");
        assertEquals(0, kv.size("ns/x/nodes"));
    }

    @Test
    void unchangedCorpusStoresPersistIdentically(@TempDir Path tmp) throws IOException {
        for (String dir : List.of(Corpus.R01, Corpus.R03, Corpus.R06, Corpus.R07, Corpus.R13, Corpus.R15, Corpus.R16, Corpus.R20, Corpus.HYBRID)) {
            Path file = Corpus.copy(dir, tmp);
            byte[] before = Files.readAllBytes(file);
            SimpleDocumentStore ds = SimpleDocumentStore.fromPersistDir(file.getParent());
            ds.docs();
            ds.getAllRefDocInfo();
            ds.getAllDocumentHashes();
            ds.persist(file);
            assertArrayEquals(before, Files.readAllBytes(file), dir);
        }
    }

    @Test
    void missingFile(@TempDir Path tmp) {
        FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> SimpleDocumentStore.fromPersistDir(tmp));
        assertTrue(e.getMessage().contains("docstore.json"));
    }

    @Test
    void indentedFileKeepsItsStyleAfterDelete(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(Corpus.R07, tmp);
        SimpleDocumentStore ds = SimpleDocumentStore.fromPersistPath(file);
        ds.deleteDocument("293c4b06-35bc-4dbf-99cf-5c158ca29706");
        ds.persist(file);
        String s = Files.readString(file);
        assertTrue(s.startsWith("{\n  \"docstore/data\": {\n"), s);
        assertFalse(s.contains("293c4b06"));
        assertEquals(2, SimpleDocumentStore.fromPersistPath(file).docs().size());
        assertEquals(JsonString.of("a"), SimpleDocumentStore.fromPersistPath(file).getDocument("088e1216-00af-468a-85f3-a04230feaae6").data().get("text"));
    }
}
