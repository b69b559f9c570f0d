package dev.storescope.inspect.edit;

import dev.storescope.app.SampleStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonString;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.StoredNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeDetailsTest {
    @Test
    void textMetadataLinksEmbeddingAndHashes() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        ValueEditor ed = new ValueEditor(ctx);
        NodeDetails d = ed.details("doc-veloria-tides-node-2");
        assertEquals("TEXT_NODE", d.kind());
        assertEquals("doc-veloria-tides", d.refDocId());
        assertEquals("Each drum winds a spring that keeps the lamp turning for fourteen hours.", d.text());
        assertEquals(List.of("file_name", "title", "chapter"), List.copyOf(d.metadata().keySet()));
        assertEquals(JsonString.of("veloria-tides.md"), d.metadata().get("file_name"));
        assertEquals(List.of(new NodeDetails.Link("SOURCE", "doc-veloria-tides", new ValueRef.RefDoc("doc-veloria-tides"), true),
                new NodeDetails.Link("PREVIOUS", "doc-veloria-tides-node-1", new ValueRef.DocNode("doc-veloria-tides-node-1"), true),
                new NodeDetails.Link("NEXT", "doc-veloria-tides-node-3", new ValueRef.DocNode("doc-veloria-tides-node-3"), true)), d.relationships());
        assertEquals(1, d.vectors().size());
        NodeDetails.Embedding e = d.vectors().get(0);
        assertEquals("default", e.namespace());
        assertEquals(8, e.dimension());
        assertEquals(8, e.first().length);
        assertTrue(e.norm() > 0);
        assertTrue(d.ownEmbedding().isEmpty(), "embedding: null in the record");
        assertFalse(d.hashes().stale(), d.hashes().message());
        assertEquals(d.hashes().docHash(), d.hashes().recomputed());
        assertNull(d.hashes().storedHash());

        // a raw edit of the text (not through the document store) leaves doc_hash stale
        var kv = ctx.kvStore("docstore.json").get();
        StoredNode n = StoredNode.fromEnvelope(kv.get("doc-veloria-tides-node-2", "docstore/data")).withText("Other text.");
        kv.put("doc-veloria-tides-node-2", n.envelope(), "docstore/data");
        NodeDetails after = ed.details("doc-veloria-tides-node-2");
        assertTrue(after.hashes().stale(), after.hashes().message());
        assertTrue(after.hashes().message().contains("differs"));

        ctx.docstore().get().deleteDocument("doc-veloria-tides-node-3");
        NodeDetails.Link next = ed.details("doc-veloria-tides-node-2").relationships().get(2);
        assertFalse(next.exists());
        assertThrows(NotFoundException.class, () -> ed.details("nope"));
    }
}
