package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec §4.8 hash rules: the 7 test vectors, surrogatepass, and stored hashes of real corpus docstores. */
class NodeHasherTest {
    static final JsonObject MD = JsonObject.builder().put("file_name", "a.txt").build();
    static final String TR_HASH = "5790534ed6b97d090cb9d4e925cea5ebe8eb7d18187dbd7cff0d294658aff46a";

    static StoredNode doc1() {
        return NodeBuilder.create().id("doc-1").text("Hello world. Second sentence.").metadata(MD).buildDocument();
    }

    @Test
    void specVectorsTextNodes() {
        StoredNode n1 = NodeBuilder.create().id("node-1").text("Hello world.").metadata(MD).buildTextNode();
        StoredNode n2 = NodeBuilder.create().id("node-2").text("Second sentence.").metadata(MD).buildTextNode();
        assertEquals("Hello world.{'file_name': 'a.txt'}", NodeHasher.hashInput(n1, HashRule.TEXT_METADATA));
        assertEquals("13c9ddfee9a9ba891e037b74d0fe4020803e786ab6c28be08a232cbd9d37de49", n1.hash());
        assertEquals("19066683988df5b41d21951248de777f55d8aaad424abe788797fcc726b0f7ff", n2.hash());
        assertEquals("4efeb116c885d6f831cb7584340cd6cd2b66332f867dedffdd2dba0c41aee835",
                NodeHasher.sha256Hex("Hello world" + PythonRepr.str(MD)));
    }

    @Test
    void specVectorsDocument() {
        StoredNode d = doc1();
        assertEquals(TR_HASH, NodeHasher.mediaResourceHash(d.textResource().orElseThrow(), null));
        assertEquals("file_name: a.txt-" + TR_HASH, NodeHasher.hashInput(d, HashRule.METADATA_AND_MEDIA));
        assertEquals("07a849a5b7518c00ebb4d781f1bc931bcfaa39ce9bb1d8ec1a813165e801d156", d.hash());
        assertEquals("95244288e6652b81a22eb5c77b0d571c9bb65f019a018e4bc71ff3c3c59d0376", NodeHasher.hash(d, HashRule.MEDIA_RESOURCES));
        assertEquals("3596b615c25c1740a73268d50e10da11c1787a0df499b467db85ca523f4a574b", NodeHasher.hash(d, HashRule.TEXT_METADATA));
    }

    @Test
    void pydanticEraDocumentHashesItsTextAsTextResource() {
        JsonObject data = JsonObject.builder().put("id_", "doc-1").putNull("embedding").put("metadata", MD)
                .put("text", "Hello world. Second sentence.").build();
        StoredNode d = StoredNode.of("4", data);
        assertEquals(NodeEra.PYDANTIC, d.era());
        assertEquals("07a849a5b7518c00ebb4d781f1bc931bcfaa39ce9bb1d8ec1a813165e801d156", d.hash());
        assertEquals("3596b615c25c1740a73268d50e10da11c1787a0df499b467db85ca523f4a574b", NodeHasher.hash(d, HashRule.TEXT_METADATA));
    }

    @Test
    void imageNodeRuleAndEmptyResource() {
        JsonObject data = JsonObject.builder().put("id_", "i").put("metadata", JsonObject.EMPTY).put("text", "")
                .putNull("image").put("image_path", "/x.png").putNull("image_url").put("class_name", "ImageNode").build();
        StoredNode img = StoredNode.of("2", data);
        assertEquals("None-/x.png-None-None", NodeHasher.hashInput(img, HashRule.IMAGE_NODE));
        assertEquals(HashRule.IMAGE_NODE, NodeHasher.defaultRule(img));
        assertEquals("", NodeHasher.mediaResourceHash(NodeBuilder.emptyMediaResource(), null));
        assertEquals(NodeHasher.sha256Hex(NodeHasher.sha256Hex("p") + NodeHasher.sha256Hex("u")),
                NodeHasher.mediaResourceHash(JsonObject.builder().put("path", "p").put("url", "u").build(), null));
    }

    @Test
    void surrogatePassEncoding() {
        assertArrayEquals(new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, NodeHasher.utf8SurrogatePass("\ud800"));
        assertArrayEquals("h\u00e9\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8), NodeHasher.utf8SurrogatePass("h\u00e9\uD83D\uDE00"));
    }

    /** Python: sha256(("T\ud800x" + str(value)).encode("utf-8", "surrogatepass")) for every PythonRepr case. */
    @Test
    void hashesOfPythonCasesMatch() throws IOException {
        JsonArray cases;
        try (InputStream in = getClass().getResourceAsStream("/expected/docstore/python_repr_cases.json")) {
            cases = (JsonArray) JsonReader.parse(in.readAllBytes(), "cases");
        }
        for (JsonValue c : cases.values()) {
            JsonObject o = (JsonObject) c;
            JsonValue v = JsonReader.parse(o.getString("json"), "case");
            assertEquals(o.getString("hash"), NodeHasher.sha256Hex("T\ud800x" + PythonRepr.str(v)), o.getString("json"));
        }
    }

    /** Every node of real docstores: the era's rule reproduces the hash Python stored in docstore/metadata. */
    @Test
    void realCorpusStoredHashesRecompute(@TempDir Path tmp) throws IOException {
        int checked = 0;
        for (String dir : new String[]{Corpus.R01, Corpus.R03, Corpus.R06, Corpus.R07, Corpus.R13, Corpus.R14,
                Corpus.R15, Corpus.R16, Corpus.R19, Corpus.HYBRID}) {
            SimpleDocumentStore ds = Corpus.load(dir, tmp);
            for (Map.Entry<String, StoredNode> e : ds.docs().entrySet()) {
                StoredNode n = e.getValue();
                HashRule rule = NodeHasher.plausibleRules(n).get(0);
                String computed = NodeHasher.hash(n, rule);
                assertEquals(ds.getDocumentHash(e.getKey()), computed, dir + " " + e.getKey() + " " + rule);
                if (n.storedHash() != null) assertEquals(n.storedHash(), computed, dir + " stored hash " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 19, "nodes checked: " + checked);
    }

    /** The SOURCE hash in a node's relation equals its ref doc's hash record. */
    @Test
    void sourceRelationHashesMatchDocumentHashRecords(@TempDir Path tmp) throws IOException {
        for (String dir : new String[]{Corpus.R13, Corpus.R15, Corpus.R16}) {
            SimpleDocumentStore ds = Corpus.load(dir, tmp);
            for (StoredNode n : ds.docs().values()) {
                assertEquals(ds.getDocumentHash(n.refDocId()), n.sourceNode().hash(), dir);
            }
        }
    }
}
