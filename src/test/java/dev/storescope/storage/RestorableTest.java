package dev.storescope.storage;

import dev.storescope.TestCorpus;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Undo support: every store comes back byte for byte after an edit and a restore. */
class RestorableTest {
    @TempDir
    Path tmp;

    @Test
    void docstoreVectorAndGraphStoresRestore() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("15-"), tmp);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleKVStore kv = ctx.kvStore("docstore.json").orElseThrow();
        SimpleVectorStore vec = ctx.vectorStore("default").orElseThrow();
        byte[] docBefore = kv.toBytes();
        byte[] vecBefore = vec.toBytes();
        Object docState = kv.saveState();
        Object vecState = vec.saveState();
        SimpleDocumentStore doc = ctx.docstore().orElseThrow();
        String ref = doc.getAllRefDocInfo().keySet().iterator().next();
        doc.deleteRefDoc(ref);
        vec.delete(ref);
        assertFalse(java.util.Arrays.equals(docBefore, kv.toBytes()));
        kv.restoreState(docState);
        vec.restoreState(vecState);
        assertArrayEquals(docBefore, kv.toBytes());
        assertArrayEquals(vecBefore, vec.toBytes());
        assertEquals(1, doc.getAllRefDocInfo().size());
    }

    @Test
    void chatStoreRestores() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("26-"), tmp);
        SimpleChatStore chat = StorageContext.fromPersistDir(dir).chatStore().orElseThrow();
        byte[] before = chat.toBytes();
        Object state = chat.saveState();
        String key = chat.getKeys().get(0);
        chat.addMessage(key, ChatMessage.user("extra"));
        chat.deleteMessage(key, 0);
        chat.restoreState(state);
        assertArrayEquals(before, chat.toBytes());
    }
}
