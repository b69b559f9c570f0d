package dev.storescope.storage.docstore;

import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.StoreFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding of every node era (real corpus + constructed records) and era-preserving edits. */
class StoredNodeTest {

    static StoredNode parse(String json) {
        return StoredNode.fromEnvelope((JsonObject) JsonReader.parse(json, "node"));
    }

    @Test
    void legacyRealNode(@TempDir Path tmp) throws IOException {
        StoredNode n = Corpus.load(Corpus.R01, tmp).getDocument("ed1a37fe-0bbd-4166-a8b9-c31dc89a2b6b");
        assertEquals(NodeEra.LEGACY, n.era());
        assertEquals(NodeKind.TEXT_NODE, n.kind());
        assertEquals("1", n.typeCode());
        assertEquals("ed1a37fe-0bbd-4166-a8b9-c31dc89a2b6b", n.id());
        assertEquals(JsonObject.EMPTY, n.metadata());
        assertEquals("extra_info", n.metadataKey());
        assertEquals(0L, n.startCharIdx());
        assertEquals(227L, n.endCharIdx());
        assertEquals("8f0eb82b-5e1a-4c32-a5cb-747f43cb12b5", n.refDocId());
        assertTrue(n.sourceNode().isLegacy());
        assertEquals("8090cfb7033008399cbc1c273c34125d975304a3359f8fcb02b61ef478cb16d6", n.storedHash());
        assertTrue(n.text().startsWith("\u7b2c1\u7ae0"));
        assertNull(n.className());
        assertFalse(n.hasEmbedding());
    }

    @Test
    void pydanticEraDocumentWithoutClassNameWithStoredHash(@TempDir Path tmp) throws IOException {
        StoredNode n = Corpus.load(Corpus.R06, tmp).getDocument("74f7b783-fcec-4eb1-8fc9-78018f7bdd98");
        assertEquals(NodeEra.PYDANTIC, n.era());
        assertEquals(NodeKind.DOCUMENT, n.kind());
        assertNull(n.className());
        assertEquals("my cat is called Winnie", n.text());
        assertEquals("5ad3ee420d4bd51f9478f3d9715bf52b539d67420478cbbc3d25407a07b6ba56", n.storedHash());
        assertEquals("\n", n.metadataSeparator());
        assertNull(n.metadataSeparatorField());
        assertEquals("{key}: {value}", n.metadataTemplate());
        assertNull(n.startCharIdx());
        assertFalse(n.hasMediaLayout());
    }

    @Test
    void pydanticEraWithClassName(@TempDir Path tmp) throws IOException {
        StoredNode n = Corpus.load(Corpus.R07, tmp).getDocument("088e1216-00af-468a-85f3-a04230feaae6");
        assertEquals(NodeEra.PYDANTIC, n.era());
        assertEquals("TextNode", n.className());
        assertEquals("a", n.text());
        assertNull(n.storedHash());
        assertEquals(java.util.Map.of(), n.relationships());
    }

    @Test
    void currentEraTextNodes(@TempDir Path tmp) throws IOException {
        for (String dir : List.of(Corpus.R13, Corpus.R15, Corpus.R16, Corpus.R19, Corpus.HYBRID)) {
            SimpleDocumentStore ds = Corpus.load(dir, tmp);
            for (StoredNode n : ds.docs().values()) {
                assertEquals(NodeEra.CURRENT, n.era(), dir);
                assertEquals(NodeKind.TEXT_NODE, n.kind(), dir);
                assertEquals("\n", n.metadataSeparator(), dir);
                assertEquals("text/plain", n.mimetype());
                assertEquals("4", n.sourceNode().nodeType());
                assertEquals("RelatedNodeInfo", n.sourceNode().hasClassName() ? "RelatedNodeInfo" : null);
                assertTrue(ds.getRefDocInfo(n.refDocId()).nodeIds().contains(n.id()), dir);
            }
        }
        StoredNode n0 = Corpus.load(Corpus.HYBRID, tmp).getDocument("n-1");
        assertEquals("n-0", n0.prevNode().nodeId());
        assertNull(n0.nextNode());
        assertEquals(16L, n0.startCharIdx());
        assertEquals(38L, n0.endCharIdx());
        assertEquals(JsonObject.builder().put("file_name", "a.txt").put("page", 1).build(), n0.metadata());
    }

    static final String SPEC_DOCUMENT = "{\"__data__\": {\"id_\": \"doc-1\", \"embedding\": null, \"metadata\": {\"file_name\": \"a.txt\"}, "
            + "\"excluded_embed_metadata_keys\": [], \"excluded_llm_metadata_keys\": [], \"relationships\": {}, "
            + "\"metadata_template\": \"{key}: {value}\", \"metadata_separator\": \"\\n\", "
            + "\"text_resource\": {\"embeddings\": null, \"text\": \"Hello world. Second sentence.\", \"path\": null, \"url\": null, \"mimetype\": null}, "
            + "\"image_resource\": null, \"audio_resource\": null, \"video_resource\": null, "
            + "\"text_template\": \"{metadata_str}\\n\\n{content}\", \"class_name\": \"Document\", "
            + "\"text\": \"Hello world. Second sentence.\"}, \"__type__\": \"4\"}";

    @Test
    void currentDocumentAndItsTextEdit() {
        StoredNode d = parse(SPEC_DOCUMENT);
        assertEquals(NodeEra.CURRENT, d.era());
        assertEquals(NodeKind.DOCUMENT, d.kind());
        assertTrue(d.hasMediaLayout());
        assertEquals("Hello world. Second sentence.", d.text());
        StoredNode e = d.withText("New \u00e9");
        String expected = SPEC_DOCUMENT.replace("Hello world. Second sentence.", "New \\u00e9");
        assertEquals(expected, JsonWriter.toJson(e.envelope(), JsonStyle.PYTHON));
        assertEquals(SPEC_DOCUMENT, JsonWriter.toJson(d.envelope(), JsonStyle.PYTHON));
    }

    @Test
    void multimodalNodeImageNodeIndexNodeAndUnknownType() {
        StoredNode node5 = parse("{\"__data__\": {\"id_\": \"m\", \"metadata\": {}, \"relationships\": {}, "
                + "\"metadata_template\": \"{key}: {value}\", \"metadata_separator\": \"\\n\", \"text_resource\": null, "
                + "\"image_resource\": {\"embeddings\": null, \"text\": null, \"path\": \"a.png\", \"url\": null, \"mimetype\": \"image/png\"}, "
                + "\"audio_resource\": null, \"video_resource\": null, \"text_template\": \"{metadata_str}\\n\\n{content}\", \"class_name\": \"Node\"}, \"__type__\": \"5\"}");
        assertEquals(NodeKind.NODE, node5.kind());
        assertNull(node5.text());
        assertEquals("a.png", node5.resource("image_resource").orElseThrow().getString("path"));
        assertEquals(NodeHasher.sha256Hex(NodeHasher.sha256Hex(NodeHasher.sha256Hex("a.png"))), node5.hash());
        assertEquals("text-x", node5.withText("text-x").text());
        assertFalse(node5.withText("t").data().has("text"), "Node has no trailing text key");

        StoredNode img = parse("{\"__data__\": {\"id_\": \"i\", \"metadata\": {}, \"text\": \"cap\", \"image\": null, "
                + "\"image_path\": \"p.jpg\", \"image_url\": null, \"image_mimetype\": \"image/jpeg\", \"text_embedding\": null, "
                + "\"class_name\": \"ImageNode\"}, \"__type__\": \"2\"}");
        assertEquals(NodeKind.IMAGE_NODE, img.kind());
        assertEquals("p.jpg", img.imagePath());
        assertEquals("image/jpeg", img.imageMimetype());
        assertEquals(NodeHasher.sha256Hex("None-p.jpg-None-cap"), img.hash());

        String inner = "{\"__data__\": {\"id_\": \"t\", \"text\": \"x\"}, \"__type__\": \"1\"}";
        for (String obj : List.of("null", inner, "{\"a\": 1}", JsonWriter.toJson(JsonString.of("[1, 2]"), JsonStyle.PYTHON))) {
            StoredNode idx = parse("{\"__data__\": {\"id_\": \"x\", \"text\": \"\", \"index_id\": \"idx-7\", \"obj\": " + obj
                    + ", \"class_name\": \"IndexNode\"}, \"__type__\": \"3\"}");
            assertEquals(NodeKind.INDEX_NODE, idx.kind());
            assertEquals("idx-7", idx.indexId());
            StoredNode.ObjForm form = idx.objForm();
            switch (obj.charAt(0)) {
                case 'n' -> assertEquals(StoredNode.ObjForm.NULL, form);
                case '"' -> assertEquals(StoredNode.ObjForm.STRING, form);
                default -> assertEquals(obj.equals(inner) ? StoredNode.ObjForm.NODE_ENVELOPE : StoredNode.ObjForm.OBJECT, form);
            }
            if (obj.equals(inner)) assertEquals("t", idx.objNode().orElseThrow().id());
        }

        StoredNode unknown = parse("{\"__data__\": {\"id_\": \"u\"}, \"__type__\": \"simple_dict\"}");
        assertEquals(NodeKind.UNKNOWN, unknown.kind());
        assertEquals("simple_dict", unknown.typeCode());
        assertTrue(unknown.objectType().isEmpty());
    }

    @Test
    void legacyDocumentWithChildListAndRelationshipShapeErrors() {
        StoredNode d = parse("{\"__data__\": {\"text\": \"t\", \"doc_id\": \"d\", \"embedding\": null, \"doc_hash\": \"h\", "
                + "\"extra_info\": {\"k\": 1}, \"relationships\": {\"5\": [\"a\", \"b\"], \"1\": [\"bad\"]}}, \"__type__\": \"Document\"}");
        assertEquals(NodeEra.LEGACY, d.era());
        assertEquals(NodeKind.DOCUMENT, d.kind());
        assertEquals(java.util.Optional.of(ObjectType.LEGACY_DOCUMENT), d.objectType());
        assertEquals(List.of("a", "b"), d.childNodes().stream().map(RelatedNodeInfo::nodeId).toList());
        StoreFormatException ex = assertThrows(StoreFormatException.class, d::sourceNode);
        assertEquals("Source object must be a single RelatedNodeInfo object", ex.getMessage());
        assertEquals("4", d.asRelatedNodeInfo().nodeType());
        StoredNode bad = parse("{\"__data__\": {\"id_\": \"x\", \"relationships\": {\"5\": {\"node_id\": \"c\"}}}, \"__type__\": \"1\"}");
        assertEquals("Child objects must be a list of RelatedNodeInfo objects.",
                assertThrows(StoreFormatException.class, bad::childNodes).getMessage());
    }

    @Test
    void legacyEditsKeepLegacyLayout(@TempDir Path tmp) throws IOException {
        StoredNode n = Corpus.load(Corpus.R01, tmp).getDocument("ed1a37fe-0bbd-4166-a8b9-c31dc89a2b6b");
        StoredNode e = n.withText("new").withMetadata(JsonObject.builder().put("k", "v").build())
                .withRelationship(NodeRelationship.NEXT, RelatedNodeInfo.of("nx", "1", JsonObject.EMPTY, null));
        assertEquals(List.copyOf(n.data().keys()), List.copyOf(e.data().keys()));
        assertEquals("new", e.text());
        assertEquals(JsonObject.builder().put("k", "v").build(), e.data().get("extra_info"));
        assertFalse(e.data().has("metadata"));
        assertEquals(JsonString.of("nx"), e.data().getObject("relationships").orElseThrow().get("3"));
        assertEquals(NodeHasher.sha256Hex("new{'k': 'v'}"), e.storedHash(), "legacy doc_hash recomputed with the legacy rule");
        assertEquals(n.data().get("node_info"), e.data().get("node_info"));
        StoredNode removed = e.withoutRelationship(NodeRelationship.NEXT);
        assertEquals(n.data().get("relationships"), removed.data().get("relationships"));
    }

    @Test
    void pydanticRelationWithoutClassNameWhenRecordHasNone(@TempDir Path tmp) throws IOException {
        StoredNode n = Corpus.load(Corpus.R06, tmp).getDocument("74f7b783-fcec-4eb1-8fc9-78018f7bdd98");
        StoredNode e = n.withRelationship(NodeRelationship.SOURCE, RelatedNodeInfo.of("s", "4", JsonObject.EMPTY, "h"));
        JsonObject rel = e.data().getObject("relationships").orElseThrow().getObject("1").orElseThrow();
        assertEquals(List.of("node_id", "node_type", "metadata", "hash"), List.copyOf(rel.keys()));
        StoredNode t = n.withText("other");
        assertEquals(NodeHasher.sha256Hex("other{}"), t.storedHash(), "pydantic-era stored hash follows the text");
    }

    /** Edit one node of a real current-era docstore, persist, and only that text changes in the bytes. */
    @Test
    void editedNodeRoundTripsThroughTheFile(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(Corpus.R16, tmp);
        byte[] before = Files.readAllBytes(file);
        SimpleDocumentStore ds = SimpleDocumentStore.fromPersistPath(file);
        String id = "a2ea0d3b-4d92-4299-940e-41491176fc5a";
        StoredNode n = ds.getDocument(id);
        String oldText = n.text();
        StoredNode e = n.withText("Edited \u2013 text");
        ds.kvstore().put(id, e.envelope(), ds.nodeCollection());
        ds.persist(file);
        String oldJson = JsonWriter.toJson(JsonString.of(oldText), JsonStyle.PYTHON);
        String expected = new String(before, StandardCharsets.UTF_8).replace(oldJson, "\"Edited \\u2013 text\"");
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        StoredNode reread = SimpleDocumentStore.fromPersistPath(file).getDocument(id);
        assertEquals("Edited \u2013 text", reread.text());
        assertEquals(NodeEra.CURRENT, reread.era());
    }

    @Test
    void nullAndMissingValuesAreTolerated() {
        StoredNode n = parse("{\"__data__\": {\"id_\": \"x\", \"metadata\": null, \"relationships\": null, \"embedding\": [0.1]}, \"__type__\": \"1\"}");
        assertEquals(JsonObject.EMPTY, n.metadata());
        assertEquals(java.util.Map.of(), n.relationships());
        assertNull(n.text());
        assertTrue(n.hasEmbedding());
        assertNull(n.refDocId());
        StoredNode noData = StoredNode.fromEnvelope(JsonObject.builder().put("__type__", "1").put("__data__", JsonNull.INSTANCE).build());
        assertThrows(StoreFormatException.class, noData::id);
    }
}
