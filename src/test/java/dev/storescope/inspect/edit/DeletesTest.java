package dev.storescope.inspect.edit;

import dev.storescope.app.SampleStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of delete on the sample: the preview lists exactly the keys the job changes (checked
 * against the persisted files byte by byte), and after undo the files come back byte for byte.
 */
class DeletesTest {
    @TempDir
    Path tmp;

    static Stream<ValueRef> refs() {
        return Stream.of(
                new ValueRef.DocNode("doc-veloria-tides-node-2"),
                new ValueRef.DocNode("doc-marrow-glass-node-1"),
                new ValueRef.RefDoc("doc-keepers-logbook"),
                new ValueRef.IndexStruct("PLACEHOLDER"),
                new ValueRef.KvEntry("docstore.json", "docstore/metadata", "doc-marrow-glass"),
                new ValueRef.Vector("default", "doc-keepers-logbook-node-3"),
                new ValueRef.ChatSession("keeper-ansel"),
                new ValueRef.ChatMessage("visitor-1", 1),
                new ValueRef.GraphSubject("Keeper Ansel"),
                new ValueRef.Triplet("Keeper Ansel", "keeps", "North Light"),
                new ValueRef.Triplet("lens", "is ground from", "dune glass"));
    }

    @ParameterizedTest
    @MethodSource("refs")
    void previewIsExactlyWhatTheDeleteChanges(ValueRef ref) throws Exception {
        Path dir = SampleStore.copyToTemp();
        Path original = tmp.resolve("original");
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        ctx.persist(original);
        if (ref instanceof ValueRef.IndexStruct) ref = new ValueRef.IndexStruct(ctx.kvStore("index_store.json").get().keys("index_store/data").get(0));
        Deletes deletes = new Deletes(ctx);
        DeletePlan plan = deletes.preview(ref);
        assertFalse(plan.changes().isEmpty(), plan.summary());
        Path afterPreview = tmp.resolve("after-preview");
        ctx.persist(afterPreview);
        FileDiff.assertSameBytes(original, afterPreview);

        JobManager jobs = new JobManager();
        jobs.push(deletes.delete(ref));
        assertTrue(jobs.isDirty());
        Path deleted = tmp.resolve("deleted");
        ctx.persist(deleted);
        assertEquals(FileDiff.of(plan), FileDiff.changes(original, deleted), plan.summary());

        jobs.undo();
        assertFalse(jobs.isDirty());
        Path undone = tmp.resolve("undone");
        ctx.persist(undone);
        FileDiff.assertSameBytes(original, undone);

        jobs.redo();
        Path redone = tmp.resolve("redone");
        ctx.persist(redone);
        FileDiff.assertSameBytes(deleted, redone);
    }

    @org.junit.jupiter.api.Test
    void nodeDeleteCascadesToIndexStructsAndVectors() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        DeletePlan plan = new Deletes(ctx).preview(new ValueRef.DocNode("doc-veloria-tides-node-2"));
        List<String> files = List.copyOf(plan.byFile().keySet());
        assertTrue(files.containsAll(List.of("docstore.json", "index_store.json", "default__vector_store.json")), files.toString());
        assertEquals(2, plan.byFile().get("index_store.json").size(), "both structs list the node");
        assertEquals(3, plan.byFile().get("default__vector_store.json").size(), "embedding, ref doc id, metadata");
    }

    @org.junit.jupiter.api.Test
    void refDocDeleteTakesEveryNode() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        new JobManager().push(new Deletes(ctx).delete(new ValueRef.RefDoc("doc-marrow-glass")));
        assertEquals(6, ctx.docstore().get().docs().size());
        assertEquals(6, ctx.vectorStore("default").get().size());
        for (var s : ctx.indexStore().get().indexStructs()) assertEquals(6, s.nodeCount());
        assertFalse(ctx.docstore().get().refDocExists("doc-marrow-glass"));
    }
}
