package dev.storescope.storage;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.storescope.TestCorpus;
import dev.storescope.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** StorageContext works on any java.nio file system: in memory (jimfs) and inside a zip. */
class StorageContextFileSystemsTest {
    @TempDir
    Path tmp;

    @Test
    void inMemoryFileSystem() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            exercise(fs.getPath("/stores/storage"));
        }
    }

    @Test
    void zipFileSystem() throws Exception {
        Path zip = tmp.resolve("stores.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            exercise(fs.getPath("/storage"));
        }
        assertTrue(Files.size(zip) > 0);
    }

    private static void exercise(Path dir) throws Exception {
        Path src = TestCorpus.dir("15-");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) Files.write(dir.resolve(f.getFileName().toString()), Files.readAllBytes(f));
        }
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertTrue(ctx.problems().isEmpty());
        Path out = dir.resolveSibling("copy");
        ctx.persist(out);
        for (String n : new String[] {"docstore.json", "index_store.json", "default__vector_store.json"}) {
            assertArrayEquals(Files.readAllBytes(src.resolve(n)), Files.readAllBytes(out.resolve(n)), n);
        }
        ctx.kvStore("docstore.json").orElseThrow().delete(
                ctx.kvStore("docstore.json").orElseThrow().keys("docstore/metadata").get(0), "docstore/metadata");
        PersistReport r = ctx.persist();
        assertEquals(1, r.written().size());
        assertEquals(1, r.backups().size());
        assertArrayEquals(Files.readAllBytes(src.resolve("docstore.json")), Files.readAllBytes(r.backups().get(0)));
        assertTrue(Files.size(dir.resolve("docstore.json")) < Files.size(src.resolve("docstore.json")));
        JsonObject first = StorageContext.fromPersistDir(dir).kvStore("docstore.json").orElseThrow().get(
                ctx.kvStore("docstore.json").orElseThrow().keys("docstore/data").get(0), "docstore/data");
        assertTrue(first.has("__data__"));
    }
}
