package dev.storescope.inspect.check;

import dev.storescope.TestCorpus;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.NodeHasher;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.docstore.StoredNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The fast path of {@link FastCheck} against the full checker: on every fixture of {@link Defects}
 * (one per check), on every corpus dir and on variants of a healthy dir, it either gives up (null)
 * or gives exactly the full checker's report; on a healthy generated dir it decides.
 */
class FastCheckTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDir.generate(tmp);
    }

    static void sameAsFull(Path dir) throws Exception {
        CheckReport fast = FastCheck.tryRun(dir);
        if (fast == null) return;
        CheckReport full = CheckFixturesTest.check(dir);
        assertEquals(full.findings(), fast.findings(), dir + ": the fast path disagrees with the full checker");
    }

    @Test
    void decidesAHealthyGeneratedDir() throws Exception {
        CheckReport fast = FastCheck.tryRun(base);
        assertNotNull(fast, "the fast path gave up on a healthy generated dir");
        assertEquals(List.of(), fast.findings());
        assertEquals(List.of(), Checker.run(base).findings());
    }

    @TestFactory
    Stream<DynamicTest> givesUpOrAgreesOnEveryFixture() {
        return Defects.all().stream().map(d -> DynamicTest.dynamicTest(d.check().id(), () -> {
            Path dir = GeneratedDir.copy(base, tmp.resolve("fast-" + d.check().id()));
            d.injection().inject(dir);
            CheckReport full = CheckFixturesTest.check(dir);
            CheckReport fast = FastCheck.tryRun(dir);
            if (fast != null) assertEquals(full.findings(), fast.findings(), d.check().id());
            assertEquals(full.findings(), Checker.run(dir).findings(), d.check().id() + " through Checker.run(Path)");
        }));
    }

    @TestFactory
    Stream<DynamicTest> givesUpOrAgreesOnTheCorpus() throws Exception {
        return TestCorpus.allDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getParent().getFileName() + "/" + dir.getFileName(),
                () -> sameAsFull(dir)));
    }

    /** Byte-level variants of a healthy dir: each is decided like the full checker, or given up. */
    @TestFactory
    Stream<DynamicTest> givesUpOrAgreesOnVariants() {
        List<String[]> edits = List.of(
                new String[] {"docstore.json", "\"__type__\": \"1\"", "\"__type__\": \"2\""},
                new String[] {"docstore.json", "\"metadata_separator\": \"\\n\"", "\"metadata_separator\": \" \""},
                new String[] {"docstore.json", "\"text\": \"", "\"text\": \"x"},
                new String[] {"docstore.json", ", \"3\": {", ", \"3\": [{"},
                new String[] {"docstore.json", "\"doc_hash\": \"", "\"doc_hash\": \"0"},
                new String[] {"docstore.json", "{\"docstore/metadata\"", "\uFEFF{\"docstore/metadata\""},
                new String[] {"docstore.json", "\"text\": \"", "\"text\": \"\u00e9"},
                new String[] {"docstore.json", "\"text\": \"", "\"text\": \"\\ud83d\\ude00 \\ud83d \\\\ \\\" \\/ \\t"},
                new String[] {"docstore.json", "\"file_size\": ", "\"file_size\": 1.5, \"n\": "},
                new String[] {"docstore.json", "\"file_size\": ", "\"x\": [1, {\"a\": null}], \"file_size\": "},
                new String[] {"default__vector_store.json", "[", "[NaN, "},
                new String[] {"default__vector_store.json", ", ", ","},
                new String[] {"default__vector_store.json", ", ", " , "},
                new String[] {"default__vector_store.json", "]", ", 0.5]"},
                new String[] {"default__vector_store.json", "\"_node_type\": \"TextNode\"", "\"_node_type\": \"Document\""},
                new String[] {"default__vector_store.json", "\"text_id_to_ref_doc_id\": {\"", "\"text_id_to_ref_doc_id\": {\"x\": \"y\", \""},
                new String[] {"index_store.json", "\\\"nodes_dict\\\": {", "\\\"nodes_dict\\\": {\\\"ghost\\\": \\\"ghost\\\", "},
                new String[] {"index_store.json", "}}", "}, \"other\": {\"__type__\": \"vector_store\", \"__data__\": \"{}\"}}"});
        return edits.stream().map(e -> DynamicTest.dynamicTest(e[0] + ": " + e[1] + " -> " + e[2], () -> {
            Path dir = GeneratedDir.copy(base, tmp.resolve("variant-" + Math.abs((e[0] + e[1] + e[2]).hashCode())));
            Path f = dir.resolve(e[0]);
            String s = Files.readString(f, StandardCharsets.UTF_8);
            assertNotNull(s.contains(e[1]) ? s : null, e[0] + " has no " + e[1]);
            Files.writeString(f, s.replaceFirst(java.util.regex.Pattern.quote(e[1]), java.util.regex.Matcher.quoteReplacement(e[2])), StandardCharsets.UTF_8);
            sameAsFull(dir);
        }));
    }

    /**
     * Healthy dirs the fast path has to decide itself (and get the hashes right): the generated dir
     * as it is (in another folder), and with nodes whose metadata or text take the slower ways
     * (floats, nested values, quotes, booleans, lone surrogates), their doc_hash recomputed by
     * {@link NodeHasher} so that the full checker finds nothing either.
     */
    @TestFactory
    Stream<DynamicTest> decidesHealthyDirsWithEveryKindOfContent() {
        List<String[]> edits = List.of(
                new String[] {"as generated"},
                new String[] {"\"file_size\": ", "\"file_size\": 1000.25, \"pages\": "},
                new String[] {"\"file_size\": ", "\"nested\": [\"a\", {\"b\": null, \"c\": [true, false]}], \"file_size\": "},
                new String[] {"\"file_size\": ", "\"quote\": \"it's\", \"both\": \"it's \\\"x\\\"\", \"file_size\": "},
                new String[] {"\"file_size\": ", "\"neg\": -5, \"zero\": -0, \"ok\": true, \"no\": false, \"none\": null, \"e\": \"caf\\u00e9\", \"file_size\": "},
                new String[] {"\"text\": \"", "\"text\": \"\\ud800 \\udc00\\ud83d\\ude00 \\t\\\\ \\\" \\/ \\u0000 "});
        return edits.stream().map(e -> DynamicTest.dynamicTest(e.length == 1 ? e[0] : e[0] + " -> " + e[1], () -> {
            Path dir = tmp.resolve("healthy-" + Math.abs(String.join("|", e).hashCode()));
            if (e.length == 1) {
                GeneratedDir.copy(GeneratedDir.generate(tmp.resolve("seed2")), dir);
            } else {
                GeneratedDir.copy(base, dir);
                Path f = dir.resolve("docstore.json");
                String s = Files.readString(f, StandardCharsets.UTF_8);
                assertNotNull(s.contains(e[0]) ? s : null, "docstore.json has no " + e[0]);
                Files.writeString(f, s.replace(e[0], e[1]), StandardCharsets.UTF_8);
                rehash(dir);
            }
            CheckReport full = CheckFixturesTest.check(dir);
            assertEquals(List.of(), full.findings(), "the edit should leave a healthy dir");
            CheckReport fast = FastCheck.tryRun(dir);
            assertNotNull(fast, "the fast path gave up on a healthy dir (see -Dstorescope.fastcheck.debug=true)");
            assertEquals(full.findings(), fast.findings());
        }));
    }

    /** Rewrites every node's docstore/metadata doc_hash as the hash of its current text and metadata. */
    static void rehash(Path dir) throws Exception {
        Path f = dir.resolve("docstore.json");
        String s = Files.readString(f, StandardCharsets.UTF_8);
        SimpleDocumentStore docs = StorageContext.fromPersistDir(dir).docstore().orElseThrow();
        for (String key : docs.kvstore().keys(docs.nodeCollection())) {
            String now = NodeHasher.hash(StoredNode.fromEnvelope(docs.kvstore().get(key, docs.nodeCollection())));
            String was = docs.getDocumentHash(key);
            s = s.replace("\"" + key + "\": {\"doc_hash\": \"" + was + "\"", "\"" + key + "\": {\"doc_hash\": \"" + now + "\"");
        }
        Files.writeString(f, s, StandardCharsets.UTF_8);
    }

    /** A context as loaded takes the fast path; one changed in memory or on disk gets the full checker. */
    @Test
    void aContextTakesTheFastPathOnlyWhileItHoldsWhatItsFilesHold() throws Exception {
        Path dir = GeneratedDir.copy(base, tmp.resolve("as-on-disk"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CheckReport fast = Checker.asOnDisk(ctx, 1);
        assertNotNull(fast, "an unmodified healthy context should take the fast path");
        assertEquals(List.of(), fast.findings());
        assertEquals(List.of(), Checker.run(ctx, 1).findings());

        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        String node = docs.kvstore().keys(docs.nodeCollection()).iterator().next();
        docs.deleteDocument(node);
        assertNull(Checker.asOnDisk(ctx, 1), "a context changed in memory must not be checked from its files");
        List<Finding> afterDelete = Checker.run(ctx, 1).findings();
        assertEquals(false, afterDelete.isEmpty(), "deleting a node a ref doc lists should be found");

        StorageContext other = StorageContext.fromPersistDir(dir);
        Path f = dir.resolve("docstore.json");
        Files.write(f, Files.readAllBytes(f));
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertNull(Checker.asOnDisk(other, 1), "a context whose file changed on disk must not be checked from the file");
    }

    /** The window's background check: the fast path in a child JVM decides a healthy dir, gives up on a defect. */
    @Test
    void aChildJvmRunsTheFastPathForTheWindow() throws Exception {
        assertEquals(java.util.Optional.of(true), IsolatedCheck.healthy(base));
        Path dir = GeneratedDir.copy(base, tmp.resolve("isolated-defect"));
        Defects.all().get(0).injection().inject(dir);
        assertEquals(java.util.Optional.of(false), IsolatedCheck.healthy(dir));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertEquals(CheckFixturesTest.check(dir).findings(), Checker.runInBackground(ctx, 1, 0).findings());
        assertEquals(List.of(), Checker.runInBackground(StorageContext.fromPersistDir(base), 1, 0).findings());
    }

    /** The child runs at low priority where Linux offers it, on this JVM's java and class path, with one core's worth of threads. */
    @Test
    void theChildJvmRunsAtLowPriorityOnThisJvmsClassPath() {
        List<String> cmd = IsolatedCheck.command(base);
        List<String> low = IsolatedCheck.lowPriority();
        assertEquals(low, cmd.subList(0, low.size()));
        if (Files.isExecutable(Path.of("/usr/bin/chrt"))) assertEquals(List.of("/usr/bin/chrt", "--idle", "0"), low);
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), cmd.get(low.size()));
        assertEquals(true, cmd.contains("-XX:ActiveProcessorCount=1"));
        assertEquals(List.of(IsolatedCheck.class.getName(), base.toAbsolutePath().toString()), cmd.subList(cmd.size() - 2, cmd.size()));
        assertEquals(true, cmd.get(cmd.size() - 3).contains(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]));
    }

    @Test
    void givesUpOnAMissingDir() {
        assertNull(FastCheck.tryRun(tmp.resolve("no-such-dir")));
    }
}
