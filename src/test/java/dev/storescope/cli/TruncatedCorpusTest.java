package dev.storescope.cli;

import dev.storescope.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interrupted persist leaves a truncated file: for every key-value file of the corpus, cut in
 * half, {@code persist} must fail with exit 2 and a located message, never a stack trace, and
 * write nothing.
 */
class TruncatedCorpusTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> truncatedFilesFailCleanly() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : TestCorpus.allDirs()) {
            for (String name : List.of("docstore.json", "index_store.json", "doc_store.json")) {
                if (!Files.exists(dir.resolve(name))) continue;
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + "/" + name, () -> {
                    Path copy = TestCorpus.copy(dir, tmp.resolve(name));
                    byte[] b = Files.readAllBytes(copy.resolve(name));
                    int cut = b.length / 2;
                    Files.write(copy.resolve(name), Arrays.copyOf(b, cut));
                    Path out = tmp.resolve("out-" + dir.getFileName() + "-" + name);
                    CliRun r = CliRun.of("persist", copy, "--out", out);
                    assertEquals(2, r.exitCode(), r.err());
                    assertTrue(r.err().contains(name + ": invalid JSON at byte " + cut + " (line "), r.err());
                    assertTrue(r.err().contains(", path $"), r.err());
                    assertFalse(r.err().contains("Exception"), r.err());
                    assertFalse(Files.exists(out), "nothing written");
                }));
            }
        }
        return tests.stream();
    }
}
