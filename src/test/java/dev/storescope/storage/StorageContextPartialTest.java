package dev.storescope.storage;

import dev.storescope.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A viewer's open: the rest of the dir as a partial context while the vector store is still read. */
class StorageContextPartialTest {
    @TempDir
    Path tmp;

    private static boolean vector(PersistFile f) {
        return f.kind() == FileKind.VECTOR_STORE;
    }

    @Test
    void theRestComesFirstAsAPartialContextThatTheCompleteOneTakesOver() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp.resolve("in"));
        AtomicReference<StorageContext> partial = new AtomicReference<>();
        CountDownLatch gotPartial = new CountDownLatch(1);
        StorageContext full = StorageContext.fromPersistDir(dir, f -> {
            if (vector(f)) await(gotPartial); // the vector store is still "being read" until the partial context was handed out
        }, StorageContextPartialTest::vector, p -> {
            partial.set(p);
            gotPartial.countDown();
        });
        StorageContext p = partial.get();
        assertFalse(p.isComplete());
        assertEquals(List.of("default__vector_store.json"), p.pending().stream().map(PersistFile::name).toList());
        assertInstanceOf(PendingFile.class, p.file("default__vector_store.json").orElseThrow());
        assertEquals(full.files(), p.files(), "the partial context lists every file");
        assertTrue(p.vectorStores().isEmpty());
        assertTrue(p.kvStore("docstore.json").isPresent());

        assertTrue(full.isComplete());
        assertEquals(List.of(), full.pending());
        assertTrue(full.completes(p));
        assertFalse(p.completes(full));
        assertSame(p.kvStore("docstore.json").orElseThrow(), full.kvStore("docstore.json").orElseThrow(), "the stores are shared");
        assertSame(p.kvStore("index_store.json").orElseThrow(), full.kvStore("index_store.json").orElseThrow());
        assertEquals(1, full.vectorStores().size());
        assertEquals(full.warnings(), p.warnings());

        // either persisted elsewhere gives the dir back byte for byte (the pending file copied verbatim)
        p.persist(tmp.resolve("fromPartial"));
        full.persist(tmp.resolve("fromFull"));
        for (PersistFile f : full.files()) {
            byte[] want = Files.readAllBytes(dir.resolve(f.name()));
            assertArrayEquals(want, Files.readAllBytes(tmp.resolve("fromPartial").resolve(f.name())), f.name());
            assertArrayEquals(want, Files.readAllBytes(tmp.resolve("fromFull").resolve(f.name())), f.name());
        }
        assertTrue(p.changedOnDisk().isEmpty());
        assertTrue(full.changedOnDisk().isEmpty());
    }

    @Test
    void noPartialContextWhenNothingIsLeftToRead() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp.resolve("in"));
        AtomicReference<StorageContext> partial = new AtomicReference<>();
        StorageContext full = StorageContext.fromPersistDir(dir, f -> { }, f -> false, partial::set);
        assertNull(partial.get(), "nothing is read later: the complete context is all there is");
        assertTrue(full.isComplete());
        assertFalse(full.completes(null));
        assertEquals(StorageContext.fromPersistDir(dir).files(), full.files());
    }

    @Test
    void noPartialContextWhenTheLaterFileIsInFirst() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two loader threads");
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp.resolve("in"));
        CountDownLatch vectorsIn = new CountDownLatch(1);
        AtomicReference<StorageContext> partial = new AtomicReference<>();
        StorageContext full = StorageContext.fromPersistDir(dir, f -> {
            if (vector(f)) vectorsIn.countDown();
            else if (f.name().equals("docstore.json")) {
                await(vectorsIn);
                sleep(200); // the vector store's thread stores it right after telling (microseconds)
            }
        }, StorageContextPartialTest::vector, partial::set);
        assertNull(partial.get(), "the vector store was in before the rest: no partial context");
        assertTrue(full.isComplete());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
