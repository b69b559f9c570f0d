package dev.storescope.app;

import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sample store is what the generator makes today, and it opens cleanly. */
class SampleStoreTest {
    @TempDir
    Path tmp;

    @Test
    void shippedSampleIsCurrent() throws Exception {
        SampleStoreGenerator.generate(tmp);
        Path shipped = SampleStore.copyToTemp();
        for (String name : SampleStore.files()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(name)), Files.readAllBytes(shipped.resolve(name)),
                    name + " differs: regenerate with SampleStoreGenerator.main");
        }
        try (var s = Files.list(tmp)) {
            assertEquals(SampleStore.files().size(), s.count(), "sample.files lists every generated file");
        }
    }

    @Test
    void sampleHasEveryKindOfStore() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        assertTrue(ctx.problems().isEmpty());
        assertEquals(9, ctx.docstore().orElseThrow().docs().size());
        assertEquals(2, ctx.indexStore().orElseThrow().indexStructs().size());
        assertEquals(9, ctx.vectorStore("default").orElseThrow().size());
        assertEquals(7, ctx.graphStore().orElseThrow().tripletCount());
        assertEquals(2, ctx.chatStore().orElseThrow().getKeys().size());
    }
}
