package dev.storescope.storage;

import dev.storescope.TestCorpus;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.SimpleIndexStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed stores of a StorageContext: edits through them are what persist writes. */
class StorageContextStoresTest {
    @TempDir
    Path tmp;

    @Test
    void docstoreAndIndexStoreShareTheContextsFiles() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("16-"), tmp);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleDocumentStore doc = ctx.docstore().orElseThrow();
        SimpleIndexStore idx = ctx.indexStore().orElseThrow();
        assertEquals(2, doc.docs().size());
        assertEquals(1, idx.indexStructs().size());
        String node = doc.docs().keySet().iterator().next();
        doc.deleteDocument(node);
        assertTrue(ctx.isModified());
        PersistReport r = ctx.persist();
        assertEquals(List.of(dir.resolve("docstore.json")), r.written());
        assertFalse(StorageContext.fromPersistDir(dir).docstore().orElseThrow().documentExists(node));
    }

    @Test
    void chatStoreIsHeldAndWrittenBackInItsOwnEncoding() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("27-"), tmp);
        byte[] before = Files.readAllBytes(dir.resolve("chat_store.json"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleChatStore chat = ctx.chatStore().orElseThrow();
        assertEquals(List.of("user1"), chat.getKeys());
        assertEquals(List.of(), ctx.persist().written());
        chat.addMessage("user1", ChatMessage.user("one more"));
        PersistReport r = ctx.persist();
        assertEquals(1, r.written().size());
        assertArrayEquals(before, Files.readAllBytes(r.backups().get(0)));
        String text = Files.readString(dir.resolve("chat_store.json"));
        assertTrue(text.startsWith("\"{\\\"store\\\": "), "still double-encoded");
        assertEquals(List.of(), ctx.persist().written(), "saved: nothing more to write");
    }

    @Test
    void graphStoresAreHeldAndForeignGraphFilesKeptUntouched() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("13-"), tmp);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertTrue(ctx.graphStore().orElseThrow().tripletCount() > 0);
        ctx.graphStore().orElseThrow().upsertTriplet("StoreScope", "reads", "graph_store.json");
        assertEquals(List.of(dir.resolve("graph_store.json")), ctx.persist().written());
        String networkx = "{\"directed\": false, \"multigraph\": false, \"graph\": {}, \"nodes\": [], \"links\": []}";
        Files.writeString(dir.resolve("graph_store.json"), networkx);
        StorageContext foreign = StorageContext.fromPersistDir(dir);
        assertTrue(foreign.graphStore().isEmpty());
        assertTrue(foreign.warnings().stream().anyMatch(w -> w.contains("graph_store.json is not a LlamaIndex SimpleGraphStore (kept untouched)")));
        Path out = tmp.resolve("out");
        foreign.persist(out);
        assertEquals(networkx, Files.readString(out.resolve("graph_store.json")));
    }

    @Test
    void foreignChatFileIsKeptUntouchedWithAWarning() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("28-"), tmp);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertTrue(ctx.chatStore().isEmpty());
        assertTrue(ctx.problems().isEmpty());
        assertTrue(ctx.warnings().get(0).contains("is not a LlamaIndex SimpleChatStore (kept untouched)"), ctx.warnings().toString());
        Path out = tmp.resolve("out");
        ctx.persist(out);
        assertArrayEquals(Files.readAllBytes(dir.resolve("chat_store.json")), Files.readAllBytes(out.resolve("chat_store.json")));
    }
}
