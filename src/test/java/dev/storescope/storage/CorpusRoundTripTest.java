package dev.storescope.storage;

import dev.storescope.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus dir loads through StorageContext and persists to a new dir byte for byte. */
class CorpusRoundTripTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCorpusDirRoundTripsByteForByte() {
        return TestCorpus.allDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path src = TestCorpus.copy(dir, tmp);
            StorageContext ctx = StorageContext.fromPersistDir(src);
            assertTrue(ctx.problems().isEmpty(), () -> "problems: " + ctx.problems());
            assertFalse(ctx.isModified());
            Path out = tmp.resolve("out-" + dir.getFileName());
            PersistReport r = ctx.persist(out);
            assertTrue(r.backups().isEmpty());
            assertSameFiles(src, out);
        }));
    }

    @TestFactory
    Stream<DynamicTest> persistIntoTheOwnDirWritesNothingWhenNothingChanged() {
        return TestCorpus.allDirs().stream().limit(8).map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path src = TestCorpus.copy(dir, tmp);
            PersistReport r = StorageContext.fromPersistDir(src).persist();
            assertEquals(List.of(), r.written());
            assertFalse(Files.exists(src.resolve(".storescope")));
        }));
    }

    static void assertSameFiles(Path expectedDir, Path actualDir) throws IOException {
        List<String> expected = names(expectedDir);
        assertEquals(expected, names(actualDir), "same set of files");
        for (String n : expected) {
            assertArrayEquals(Files.readAllBytes(expectedDir.resolve(n)), Files.readAllBytes(actualDir.resolve(n)), n + " differs");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
