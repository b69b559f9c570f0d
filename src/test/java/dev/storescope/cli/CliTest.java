package dev.storescope.cli;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path tmp;

    @Test
    void infoShowsFilesCollectionsAndEra() {
        Path dir = TestCorpus.copy(TestCorpus.dir("01-"), tmp);
        CliRun r = CliRun.of("info", dir);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("docstore.json"), r.out());
        assertTrue(r.out().contains("0.6.0 - 0.6.33 (legacy dataclass nodes)"), r.out());
        assertTrue(r.out().matches("(?s).*docstore/data\\s+7\\n.*"), r.out());
    }

    @Test
    void infoJsonIsMachineReadable() {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        CliRun r = CliRun.of("info", dir, "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = (JsonObject) JsonReader.parse(r.out(), "out");
        JsonArray files = o.getArray("files").orElseThrow();
        assertEquals(3, files.size());
        JsonObject doc = (JsonObject) files.get(1);
        assertEquals("docstore.json", doc.getString("name"));
        assertEquals("Python json.dump", doc.getString("writer"));
        assertEquals(2250, ((dev.storescope.json.JsonNumber) doc.get("size")).longValue());
    }

    @Test
    void kvKeysGetAndRaw() throws Exception {
        Path file = TestCorpus.copy(TestCorpus.dir("14-"), tmp).resolve("docstore.json");
        CliRun cols = CliRun.of("kv", "keys", file);
        assertTrue(cols.out().contains("docstore/data\t1"), cols.out());
        String key = CliRun.of("kv", "keys", file, "docstore/metadata").out().lines().findFirst().orElseThrow();
        CliRun raw = CliRun.of("kv", "get", file, "docstore/metadata", key, "--raw");
        assertEquals(0, raw.exitCode());
        assertTrue(Files.readString(file).contains(raw.out().strip()), "raw output is a slice of the file");
        CliRun pretty = CliRun.of("kv", "get", file, "docstore/metadata", key);
        assertTrue(pretty.out().startsWith("{\n  \"doc_hash\": "), pretty.out());
    }

    @Test
    void kvNotFoundExitsOne() {
        Path file = TestCorpus.copy(TestCorpus.dir("14-"), tmp).resolve("docstore.json");
        CliRun r = CliRun.of("kv", "get", file, "docstore/data", "nope");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("key nope not found in collection docstore/data"), r.err());
        assertEquals(1, CliRun.of("kv", "delete", file, "docstore/data", "nope").exitCode());
    }

    @Test
    void kvPutAndDeleteRewriteAtomicallyWithABackup() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        Path file = dir.resolve("docstore.json");
        byte[] before = Files.readAllBytes(file);
        CliRun put = CliRun.of("kv", "put", file, "docstore/metadata", "new-doc", "--json", "{\"doc_hash\": \"h\u00e9\", \"x\": 1e-7}");
        assertEquals(0, put.exitCode(), put.err());
        assertTrue(put.out().contains("previous version kept at"), put.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\"new-doc\": {\"doc_hash\": \"h\\u00e9\", \"x\": 1e-07}"), "Python json.dump form");
        CliRun del = CliRun.of("kv", "delete", file, "docstore/metadata", "new-doc");
        assertEquals(0, del.exitCode(), del.err());
        assertArrayEquals(before, Files.readAllBytes(file), "put then delete gives the original bytes back");
    }

    @Test
    void kvPutRejectsANonObject() {
        Path file = TestCorpus.copy(TestCorpus.dir("14-"), tmp).resolve("docstore.json");
        CliRun r = CliRun.of("kv", "put", file, "c", "k", "--json", "[1]");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--json must be a JSON object"), r.err());
        CliRun bad = CliRun.of("kv", "put", file, "c", "k", "--json", "{\"a\": tru}");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--json: invalid JSON at byte"), bad.err());
    }

    @Test
    void persistOutRoundTrips() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("19-"), tmp);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("persist", dir, "--out", out);
        assertEquals(0, r.exitCode(), r.err());
        for (String n : new String[] {"docstore.json", "index_store.json", "property_graph_store.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(n)), Files.readAllBytes(out.resolve(n)), n);
        }
    }

    @Test
    void malformedFileFailsWithLocationAndWritesNothing() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("06-"), tmp);
        byte[] b = Files.readAllBytes(dir.resolve("docstore.json"));
        byte[] cut = Arrays.copyOf(b, 3000);
        Files.write(dir.resolve("docstore.json"), cut);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("persist", dir, "--out", out);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("docstore.json: invalid JSON at byte 3000 (line 1, column 3001), path $[\"docstore/data\"]"), r.err());
        assertTrue(r.err().contains("near: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
        CliRun info = CliRun.of("info", dir);
        assertEquals(2, info.exitCode());
        assertTrue(info.out().contains("files that cannot be read"), info.out());
    }

    @Test
    void infoListsIndexStructsAndWarnsAboutSeveral() {
        Path dir = TestCorpus.copy(TestCorpus.dir("13-"), tmp);
        CliRun r = CliRun.of("info", dir);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("97849cef-7e0f-434f-9ecf-fbabce91baf6  vector_store  0 nodes"), r.out());
        assertTrue(r.out().contains("94b5479b-0bed-4b17-b067-36b86063c954  kg  1 nodes"), r.out());
        assertTrue(r.out().contains("Expected to load a single index, but got 2 instead. Please specify index_id."), r.out());
    }

    @Test
    void infoShowsChatSessionsAndTypeScriptStructs() {
        CliRun chat = CliRun.of("info", TestCorpus.copy(TestCorpus.dir("27-"), tmp));
        assertTrue(chat.out().contains("chat store, 1 session(s); Python json.dump; 0.9.26 - 0.11.3 (double-encoded JSON string)"), chat.out());
        assertTrue(chat.out().matches("(?s).*user1\\s+20\\n.*"), chat.out());
        assertFalse(chat.out().contains("docstore.json is missing"), "a chat store dir is not a storage-context dir");
        CliRun ts = CliRun.of("info", TestCorpus.copy(TestCorpus.dir("multi_index"), tmp));
        assertTrue(ts.out().contains("simple_dict (LlamaIndex.TS)  5 nodes"), ts.out());
        assertTrue(ts.out().contains("list (LlamaIndex.TS)  5 nodes"), ts.out());
    }

    @Test
    void docDeleteOfAMissingNodeExitsOneAndWritesNothing() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("16-"), tmp);
        byte[] before = Files.readAllBytes(dir.resolve("docstore.json"));
        CliRun r = CliRun.of("doc", "delete", dir, "no-such-node");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("doc_id no-such-node not found."), r.err());
        CliRun ref = CliRun.of("doc", "delete-ref", dir, "no-such-doc");
        assertEquals(1, ref.exitCode());
        assertTrue(ref.err().contains("ref_doc_id no-such-doc not found."), ref.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("docstore.json")));
        assertFalse(Files.exists(dir.resolve(".storescope")));
    }

    @Test
    void docOnADirWithoutDocstoreIsBadInputWithLlamaIndexsError() {
        CliRun r = CliRun.of("doc", "delete", TestCorpus.copy(TestCorpus.dir("02-"), tmp), "x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("FileNotFoundError: [Errno 2] No such file or directory"), r.err());
    }

    @Test
    void graphTripletsOfBothGraphStores() {
        CliRun simple = CliRun.of("graph", "triplets", TestCorpus.copy(TestCorpus.dir("13-"), tmp));
        assertEquals(0, simple.exitCode(), simple.err());
        assertTrue(simple.out().contains("File\tIs for\tTesting purposes"), simple.out());
        CliRun one = CliRun.of("graph", "triplets", TestCorpus.copy(TestCorpus.dir("13-"), tmp.resolve("b")), "File");
        assertEquals(1, one.out().lines().count(), one.out());
        CliRun property = CliRun.of("graph", "triplets", TestCorpus.copy(TestCorpus.dir("19-"), tmp.resolve("c")));
        assertEquals(11, property.out().lines().count(), property.out());
        CliRun info = CliRun.of("info", TestCorpus.copy(TestCorpus.dir("19-"), tmp.resolve("d")));
        assertTrue(info.out().contains("16 entity node(s), 1 chunk node(s), 11 relation(s), 11 triplet(s)"), info.out());
        CliRun none = CliRun.of("graph", "triplets", TestCorpus.copy(TestCorpus.dir("14-"), tmp.resolve("e")));
        assertEquals(1, none.exitCode());
    }

    @Test
    void missingDirIsBadInput() {
        CliRun r = CliRun.of("info", tmp.resolve("nope"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("No such file or directory"), r.err());
    }
}
