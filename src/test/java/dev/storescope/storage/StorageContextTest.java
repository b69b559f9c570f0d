package dev.storescope.storage;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageContextTest {
    @TempDir
    Path tmp;

    @Test
    void classifiesEveryFileOfAPythonDir() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(TestCorpus.copy(TestCorpus.dir("14-"), tmp));
        List<PersistFile> files = ctx.files();
        assertEquals(List.of("default__vector_store.json", "docstore.json", "index_store.json"), files.stream().map(PersistFile::name).toList());
        assertEquals(FileKind.VECTOR_STORE, files.get(0).kind());
        assertEquals("default", files.get(0).namespace());
        assertTrue(ctx.kvStore("docstore.json").isPresent());
        assertEquals(List.of(), ctx.warnings());
    }

    @Test
    void recognisesATypeScriptDir() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(TestCorpus.copy(TestCorpus.dir("vector_basic"), tmp));
        assertEquals(FileKind.TS_DOC_STORE, ctx.file("doc_store.json").orElseThrow().info().kind());
        assertEquals(FileKind.TS_VECTOR_STORE, ctx.file("vector_store.json").orElseThrow().info().kind());
        assertTrue(ctx.kvStore("doc_store.json").orElseThrow().hasCollection("docstore/data"));
    }

    @Test
    void missingDocstoreIsAWarningWithLlamaIndexsError() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(TestCorpus.copy(TestCorpus.dir("02-"), tmp));
        assertEquals(1, ctx.warnings().size());
        assertTrue(ctx.warnings().get(0).contains("FileNotFoundError: [Errno 2] No such file or directory:"), ctx.warnings().get(0));
        assertTrue(ctx.warnings().get(0).contains("docstore.json"));
    }

    @Test
    void legacyOnlyVectorStoreIsFlagged() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(TestCorpus.copy(TestCorpus.dir("03-"), tmp));
        PersistFile v = ctx.file("vector_store.json").orElseThrow().info();
        assertTrue(v.legacy());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.contains("No existing llama_index.core.vector_stores.simple found at")));
    }

    @Test
    void binaryFaissIndexUnderAVectorStoreNamePassesThroughUntouched() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        byte[] faiss = new byte[4096];
        new java.util.Random(7).nextBytes(faiss);
        System.arraycopy("IxF2".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, faiss, 0, 4);
        Files.write(dir.resolve("default__vector_store.json"), faiss);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertEquals(FileKind.BINARY_VECTOR_INDEX, ctx.file("default__vector_store.json").orElseThrow().info().kind());
        assertTrue(ctx.problems().isEmpty());
        assertTrue(ctx.vectorStores().isEmpty());
        Path out = tmp.resolve("out");
        ctx.persist(out);
        assertArrayEquals(faiss, Files.readAllBytes(out.resolve("default__vector_store.json")));
    }

    @Test
    void persistNeverOverwritesAFileAnotherProgramChanged() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertEquals(List.of(), ctx.changedOnDisk());
        byte[] newer = Files.readAllBytes(dir.resolve("docstore.json"));
        Path other = dir.resolve("other.tmp");
        Files.write(other, newer);
        Files.move(other, dir.resolve("docstore.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING); // as an atomic writer would
        assertEquals(List.of(dir.resolve("docstore.json")), ctx.changedOnDisk());
        ctx.kvStore("docstore.json").orElseThrow().put("x", JsonObject.EMPTY, "docstore/metadata");
        FileChangedOnDiskException e = org.junit.jupiter.api.Assertions.assertThrows(FileChangedOnDiskException.class, ctx::persist);
        assertEquals(List.of(dir.resolve("docstore.json")), e.files());
        assertArrayEquals(newer, Files.readAllBytes(dir.resolve("docstore.json")), "the newer file is untouched");
        StorageContext reloaded = StorageContext.fromPersistDir(dir);
        reloaded.kvStore("docstore.json").orElseThrow().put("x", JsonObject.EMPTY, "docstore/metadata");
        assertEquals(1, reloaded.persist().written().size());
        assertEquals(List.of(), reloaded.changedOnDisk(), "our own save is not an outside change");
    }

    @Test
    void truncatedFileIsAProblemNamingFileOffsetAndPath() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("15-"), tmp);
        byte[] b = Files.readAllBytes(dir.resolve("docstore.json"));
        Files.write(dir.resolve("docstore.json"), java.util.Arrays.copyOf(b, 1000));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertEquals(1, ctx.problems().size());
        JsonSyntaxException e = assertInstanceOf(JsonSyntaxException.class, ctx.problems().get(0).error());
        assertEquals(1000, e.offset());
        assertTrue(e.file().endsWith("docstore.json"));
        assertTrue(e.path().startsWith("$[\"docstore/data\"]"), e.path());
        assertEquals(1, e.line());
        assertEquals(1001, e.column());
    }

    @Test
    void persistIntoOwnDirWritesOnlyTheChangedFileAndKeepsABackup() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        byte[] before = Files.readAllBytes(dir.resolve("docstore.json"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleKVStore doc = ctx.kvStore("docstore.json").orElseThrow();
        doc.put("extra", JsonObject.builder().put("doc_hash", "abc").build(), "docstore/metadata");
        assertTrue(ctx.isModified());
        PersistReport r = ctx.persist();
        assertEquals(List.of(dir.resolve("docstore.json")), r.written());
        assertEquals(2, r.skipped().size());
        assertEquals(1, r.backups().size());
        assertArrayEquals(before, Files.readAllBytes(r.backups().get(0)));
        assertTrue(r.backups().get(0).startsWith(dir.resolve(".storescope").resolve("backups")));
        assertFalse(ctx.isModified());
        String after = Files.readString(dir.resolve("docstore.json"));
        String added = ", \"extra\": {\"doc_hash\": \"abc\"}";
        assertTrue(after.contains(added + "}"), "appended at the end of docstore/metadata");
        assertEquals(before.length + added.length(), after.length(), "nothing else changed");
        assertEquals(List.of(), ctx.persist().written(), "a second persist has nothing to write");
    }

    @Test
    void anEditUndoneIsNotWrittenAgainNorBackedUp() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        Path file = dir.resolve("docstore.json");
        byte[] before = Files.readAllBytes(file);
        java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(file);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleKVStore doc = ctx.kvStore("docstore.json").orElseThrow();
        Object saved = doc.saveState();
        doc.put("extra", JsonObject.builder().put("doc_hash", "abc").build(), "docstore/metadata");
        doc.restoreState(saved); // undo
        assertTrue(ctx.isModified(), "the store still counts the edit");
        PersistReport r = ctx.persist();
        assertEquals(List.of(), r.written(), "the bytes are the same: nothing is rewritten");
        assertTrue(r.skipped().contains(file));
        assertEquals(List.of(), r.backups(), "and nothing is backed up");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(mtime, Files.getLastModifiedTime(file));
        assertFalse(ctx.isModified(), "saved: the store matches the file");
        try (var s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temp file left");
        }
    }
}
