package dev.storescope.inspect.edit;

import dev.storescope.app.SampleStore;
import dev.storescope.json.JsonObject;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SnapshotJobTest {
    @Test
    void aFailingActionLeavesNothingChanged() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        var kv = ctx.kvStore("docstore.json").orElseThrow();
        byte[] before = kv.toBytes();
        JobManager jobs = new JobManager();
        SnapshotJob job = new SnapshotJob("half-done", ctx, List.of("docstore.json"), () -> {
            kv.delete("doc-marrow-glass", "docstore/metadata");
            kv.put("x", JsonObject.EMPTY, "docstore/metadata");
            throw new IllegalStateException("boom");
        });
        assertEquals("boom", assertThrows(IllegalStateException.class, () -> jobs.push(job)).getMessage());
        assertArrayEquals(before, kv.toBytes());
        assertFalse(jobs.canUndo());
        assertThrows(IllegalStateException.class, job::undo, "never executed");
    }

    @Test
    void undoAndRedoSwapWholeStoreStates() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        var kv = ctx.kvStore("docstore.json").orElseThrow();
        var chat = ctx.chatStore().orElseThrow();
        byte[] kvBefore = kv.toBytes();
        byte[] chatBefore = chat.toBytes();
        SnapshotJob job = new SnapshotJob("two stores", ctx, List.of("docstore.json", "chat_store.json"), () -> {
            kv.delete("doc-marrow-glass", "docstore/metadata");
            chat.deleteMessages("visitor-1");
        });
        job.execute();
        byte[] kvAfter = kv.toBytes();
        byte[] chatAfter = chat.toBytes();
        job.undo();
        assertArrayEquals(kvBefore, kv.toBytes());
        assertArrayEquals(chatBefore, chat.toBytes());
        job.redo();
        assertArrayEquals(kvAfter, kv.toBytes());
        assertArrayEquals(chatAfter, chat.toBytes());
        assertEquals(List.of("docstore.json", "chat_store.json"), job.files());
        assertThrows(IllegalStateException.class, job::execute, "a job runs once");
    }
}
