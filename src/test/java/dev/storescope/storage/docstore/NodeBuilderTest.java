package dev.storescope.storage.docstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonWriter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** New nodes have the exact current (§4.3/§4.4) layout. */
class NodeBuilderTest {
    static final JsonObject MD = JsonObject.builder().put("file_name", "a.txt").build();

    @Test
    void documentEqualsSpecExample() {
        StoredNode d = NodeBuilder.create().id("doc-1").text("Hello world. Second sentence.").metadata(MD).buildDocument();
        assertEquals(StoredNodeTest.SPEC_DOCUMENT, JsonWriter.toJson(d.envelope(), JsonStyle.PYTHON));
    }

    @Test
    void textNodeEqualsSpecExampleNode1() {
        StoredNode doc = NodeHasherTest.doc1();
        StoredNode n2 = NodeBuilder.create().id("node-2").text("Second sentence.").metadata(MD).buildTextNode();
        StoredNode n1 = NodeBuilder.create().id("node-1").text("Hello world.").metadata(MD).charIdx(0L, 12L)
                .relationship(NodeRelationship.SOURCE, doc.asRelatedNodeInfo())
                .relationship(NodeRelationship.NEXT, n2.asRelatedNodeInfo())
                .buildTextNode();
        String expected = "{\"__data__\": {\"id_\": \"node-1\", \"embedding\": null, \"metadata\": {\"file_name\": \"a.txt\"}, "
                + "\"excluded_embed_metadata_keys\": [], \"excluded_llm_metadata_keys\": [], \"relationships\": {"
                + "\"1\": {\"node_id\": \"doc-1\", \"node_type\": \"4\", \"metadata\": {\"file_name\": \"a.txt\"}, "
                + "\"hash\": \"07a849a5b7518c00ebb4d781f1bc931bcfaa39ce9bb1d8ec1a813165e801d156\", \"class_name\": \"RelatedNodeInfo\"}, "
                + "\"3\": {\"node_id\": \"node-2\", \"node_type\": \"1\", \"metadata\": {\"file_name\": \"a.txt\"}, "
                + "\"hash\": \"19066683988df5b41d21951248de777f55d8aaad424abe788797fcc726b0f7ff\", \"class_name\": \"RelatedNodeInfo\"}}, "
                + "\"metadata_template\": \"{key}: {value}\", \"metadata_separator\": \"\\n\", "
                + "\"text\": \"Hello world.\", \"mimetype\": \"text/plain\", \"start_char_idx\": 0, \"end_char_idx\": 12, "
                + "\"metadata_seperator\": \"\\n\", \"text_template\": \"{metadata_str}\\n\\n{content}\", \"class_name\": \"TextNode\"}, "
                + "\"__type__\": \"1\"}";
        assertEquals(expected, JsonWriter.toJson(n1.envelope(), JsonStyle.PYTHON));
        assertEquals(NodeEra.CURRENT, n1.era());
        assertEquals("doc-1", n1.refDocId());
    }

    @Test
    void indexNodeKeyOrderAndRandomIds() {
        StoredNode idx = NodeBuilder.create().id("i").buildIndexNode("idx-7", null);
        List<String> keys = List.copyOf(idx.data().keys());
        assertEquals(List.of("text_template", "index_id", "obj", "class_name"), keys.subList(keys.size() - 4, keys.size()));
        assertEquals(NodeKind.INDEX_NODE, idx.kind());
        assertEquals(36, NodeBuilder.create().buildTextNode().id().length());
        assertNotEquals(NodeBuilder.create().buildTextNode().id(), NodeBuilder.create().buildTextNode().id());
    }

    @Test
    void contentRendering() {
        StoredNode n = NodeBuilder.create().text("body").metadata(JsonObject.builder().put("a", "x").put("b", 2).build())
                .excludedLlmMetadataKeys(List.of("b")).buildTextNode();
        assertEquals("a: x\nb: 2", NodeContent.metadataStr(n, MetadataMode.ALL));
        assertEquals("a: x\n\nbody", NodeContent.content(n, MetadataMode.LLM));
        assertEquals("a: x\nb: 2\n\nbody", NodeContent.content(n, MetadataMode.EMBED));
        assertEquals("body", NodeContent.content(n, MetadataMode.NONE));
    }
}
