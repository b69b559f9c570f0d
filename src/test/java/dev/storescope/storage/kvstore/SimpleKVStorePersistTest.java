package dev.storescope.storage.kvstore;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SimpleKVStore#persist} / {@link SimpleKVStore#fromPersistPath} on several file systems, backups and failed saves. */
class SimpleKVStorePersistTest {
    private static final String CORPUS_DOCSTORE = "real/18-ted-jung__LlamaIndex__storage/docstore.json";

    private static JsonObject obj(String json) {
        return (JsonObject) JsonReader.parse(json, "test");
    }

    /** Load a corpus copy, persist unchanged, change it, persist, reload: the same on any file system. */
    private static void roundTripOn(Path dir) throws IOException {
        byte[] original = Files.readAllBytes(Corpus.file(CORPUS_DOCSTORE));
        Path file = dir.resolve("docstore.json");
        Files.createDirectories(dir);
        Files.write(file, original);

        SimpleKVStore s = SimpleKVStore.fromPersistPath(file);
        Path out = dir.resolve("out").resolve("docstore.json");
        s.persist(out);
        assertArrayEquals(original, Files.readAllBytes(out));

        s.put("new-node", obj("{\"text\": \"h\u00e9\", \"score\": 1e-7}"), "docstore/metadata");
        s.persist(file);
        SimpleKVStore back = SimpleKVStore.fromPersistPath(file);
        assertEquals(obj("{\"text\": \"h\u00e9\", \"score\": 1e-07}"), back.get("new-node", "docstore/metadata"));
        assertEquals(s.toDict(), back.toDict());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.endsWith("\"new-node\": {\"text\": \"h\\u00e9\", \"score\": 1e-07}}}"), written);
        assertArrayEquals(s.toBytes(), Files.readAllBytes(file));
    }

    @Test
    void defaultFileSystem(@TempDir Path tmp) throws IOException {
        roundTripOn(tmp.resolve("persist"));
    }

    @Test
    void inMemoryFileSystem() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            roundTripOn(fs.getPath("/work/persist"));
        }
    }

    @Test
    void zipFileSystem(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("storage.zip");
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            roundTripOn(fs.getPath("/persist"));
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            SimpleKVStore s = SimpleKVStore.fromPersistPath(fs.getPath("/persist/docstore.json"));
            assertNotNull(s.get("new-node", "docstore/metadata"));
            try (Stream<Path> files = Files.list(fs.getPath("/persist"))) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
            }
        }
    }

    @Test
    void missingFileFailsLikePythonOpen(@TempDir Path tmp) {
        Path p = tmp.resolve("docstore.json");
        FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> SimpleKVStore.fromPersistPath(p));
        assertEquals("[Errno 2] No such file or directory: '" + p + "'", e.getMessage());
    }

    @Test
    void replacedFileIsKeptInATimestampedBackupFolder(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(CORPUS_DOCSTORE, tmp);
        byte[] original = Files.readAllBytes(file);
        SimpleKVStore s = SimpleKVStore.fromPersistPath(file);
        s.put("k", obj("{}"), "extra");
        BackupSet backups = BackupSet.forDirectory(tmp);
        Path backup = s.persist(file, backups);
        assertNotNull(backup);
        assertEquals(tmp.toAbsolutePath().resolve(".storescope").resolve("backups"), backup.getParent().getParent());
        assertTrue(backup.getParent().getFileName().toString().matches("\\d{8}T\\d{6}\\.\\d{3}Z"), backup.toString());
        assertEquals("docstore.json", backup.getFileName().toString());
        assertArrayEquals(original, Files.readAllBytes(backup));
        assertEquals(List.of(backup), backups.kept());
        assertArrayEquals(s.toBytes(), Files.readAllBytes(file));
        // the default persist(Path) also keeps a backup under <dir>/.storescope/backups/
        s.put("k2", obj("{}"), "extra");
        byte[] beforeSecond = Files.readAllBytes(file);
        s.persist(file);
        try (Stream<Path> all = Files.walk(tmp.resolve(".storescope").resolve("backups"))) {
            assertTrue(all.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return java.util.Arrays.equals(beforeSecond, Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    @Test
    void newFileNeedsNoBackup(@TempDir Path tmp) throws IOException {
        SimpleKVStore s = new SimpleKVStore();
        s.put("k", obj("{\"a\": 1}"));
        BackupSet backups = BackupSet.forDirectory(tmp);
        assertNull(s.persist(tmp.resolve("new.json"), backups));
        assertFalse(Files.exists(tmp.resolve(".storescope")));
        assertEquals("{\"data\": {\"k\": {\"a\": 1}}}", Files.readString(tmp.resolve("new.json")));
    }

    @Test
    void contentFailingMidWayLeavesTheOriginalAndNoTempFile(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(CORPUS_DOCSTORE, tmp);
        byte[] original = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, ch -> {
            ch.write(ByteBuffer.wrap("{\"half\": ".getBytes(StandardCharsets.US_ASCII)));
            throw new IOException("disk full");
        }, BackupSet.forDirectory(tmp)));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertOnly(tmp, "docstore.json");
    }

    @Test
    void storeFailingMidWayLeavesTheOriginalAndNoTempFile(@TempDir Path tmp) throws IOException {
        Path file = Corpus.copy(CORPUS_DOCSTORE, tmp);
        byte[] original = Files.readAllBytes(file);
        SimpleKVStore s = SimpleKVStore.fromPersistPath(file);
        s.put("good", obj("{\"a\": 1}"), "docstore/metadata");
        // a malformed lexeme (API misuse) makes the writer fail after part of the file is written
        s.put("bad", JsonObject.builder().put("n", JsonNumber.ofLexeme("0x1f")).build(), "docstore/metadata");
        assertThrows(NumberFormatException.class, () -> s.persist(file));
        assertArrayEquals(original, Files.readAllBytes(file));
        assertOnly(tmp, "docstore.json");
    }

    /** A file over the mmap threshold is mapped; replacing it while mapped must still work and reload right. */
    @Test
    void largeMappedFileCanBeReplacedInPlace(@TempDir Path tmp) throws IOException {
        SimpleKVStore built = new SimpleKVStore();
        for (int i = 0; i < 3000; i++) built.put("key-" + i, obj("{\"text\": \"value number " + i + " \u00e9\", \"n\": " + i + ".5}"), "c");
        Path file = tmp.resolve("big.json");
        built.persist(file);
        assertTrue(Files.size(file) > (1 << 16));
        SimpleKVStore s = SimpleKVStore.fromPersistPath(file);
        s.put("key-7", obj("{\"changed\": true}"), "c");
        s.delete("key-8", "c");
        s.persist(file);
        built.put("key-7", obj("{\"changed\": true}"), "c");
        built.delete("key-8", "c");
        assertArrayEquals(built.toBytes(), Files.readAllBytes(file));
        assertEquals(2999, SimpleKVStore.fromPersistPath(file).size("c"));
    }

    private static void assertOnly(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(name), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
