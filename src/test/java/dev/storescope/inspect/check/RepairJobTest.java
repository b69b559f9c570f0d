package dev.storescope.inspect.check;

import dev.storescope.inspect.repair.RepairJob;
import dev.storescope.inspect.repair.Repairs;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs as an undoable job: undo puts the stores (and renamed files) back, redo re-applies; nothing is written before persist. */
class RepairJobTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDir.generate(tmp);
    }

    private static Defects.Defect defect(CheckId c) {
        return Defects.all().stream().filter(d -> d.check() == c).findFirst().orElseThrow();
    }

    @Test
    void renameUndoRedoAndPersist() throws Exception {
        Path dir = GeneratedDir.copy(base, tmp.resolve("rename"));
        defect(CheckId.FILE_LEGACY_VECTOR_STORE).injection().inject(dir);
        byte[] legacy = Files.readAllBytes(dir.resolve("vector_store.json"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        RepairJob job = new RepairJob(ctx, Repairs.plan(Checker.run(ctx).of(CheckId.FILE_LEGACY_VECTOR_STORE)));
        job.execute();
        assertTrue(ctx.file("default__vector_store.json").isPresent());
        assertEquals(List.of(), Checker.run(ctx).of(CheckId.FILE_LEGACY_VECTOR_STORE));
        assertTrue(Files.exists(dir.resolve("vector_store.json")), "nothing moves on disk before persist");
        job.undo();
        assertTrue(ctx.file("vector_store.json").isPresent());
        ctx.persist(tmp.resolve("rename-undone"));
        assertArrayEquals(legacy, Files.readAllBytes(tmp.resolve("rename-undone").resolve("vector_store.json")), "undone: the old name, the same bytes");
        assertFalse(Files.exists(tmp.resolve("rename-undone").resolve("default__vector_store.json")));
        assertEquals(1, Checker.run(ctx).of(CheckId.FILE_LEGACY_VECTOR_STORE).size());
        job.redo();
        ctx.persist();
        assertFalse(Files.exists(dir.resolve("vector_store.json")));
        assertArrayEquals(legacy, Files.readAllBytes(dir.resolve("default__vector_store.json")), "the content is kept byte for byte");
        assertEquals(List.of(), Checker.run(StorageContext.fromPersistDir(dir)).findings());
    }

    @Test
    void entryRepairUndoRestoresTheBytes() throws Exception {
        Path dir = GeneratedDir.copy(base, tmp.resolve("entries"));
        defect(CheckId.DOC_DANGLING_REF_NODE).injection().inject(dir);
        byte[] before = Files.readAllBytes(dir.resolve("docstore.json"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        RepairJob job = new RepairJob(ctx, Repairs.plan(Checker.run(ctx).findings()));
        job.execute();
        assertEquals(List.of(), Checker.run(ctx).findings());
        assertEquals(1, job.results().get(0).changes().size());
        job.undo();
        assertEquals(1, Checker.run(ctx).findings().size());
        ctx.persist(tmp.resolve("entries-out"));
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve("entries-out").resolve("docstore.json")));
    }
}
