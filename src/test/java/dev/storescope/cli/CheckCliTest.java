package dev.storescope.cli;

import dev.storescope.inspect.check.GeneratedDirAccess;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check}, {@code repair} and {@code salvage} end to end. */
class CheckCliTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDirAccess.generate(tmp);
    }

    /** A copy of the generated dir whose first ref doc lists a node id the docstore lacks (a warning). */
    static Path withDanglingId(String name) throws Exception {
        Path dir = GeneratedDirAccess.copy(base, tmp.resolve(name));
        StorageContext c = StorageContext.fromPersistDir(dir);
        SimpleDocumentStore d = c.docstore().orElseThrow();
        String ref = d.kvstore().keys("docstore/ref_doc_info").get(0);
        List<String> ids = new java.util.ArrayList<>(d.getRefDocInfo(ref).nodeIds());
        ids.add("ghost-node");
        d.kvstore().put(ref, d.getRefDocInfo(ref).withNodeIds(ids).toJson(), "docstore/ref_doc_info");
        c.persist();
        return dir;
    }

    @Test
    void cleanDirExitsZero() {
        CliRun r = CliRun.of("check", base);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("0 error(s), 0 warning(s), 0 info"), r.out());
    }

    @Test
    void jsonHasExactlyTheDocumentedShapeAndWarningsExitOne() throws Exception {
        Path dir = withDanglingId("json");
        CliRun r = CliRun.of("check", dir, "--json");
        assertEquals(1, r.exitCode(), r.err());
        JsonObject o = (JsonObject) JsonReader.parse(r.out(), "out");
        assertEquals(List.of("findings", "counts"), List.copyOf(o.keys()));
        JsonArray findings = o.getArray("findings").orElseThrow();
        assertEquals(1, findings.size());
        JsonObject f = (JsonObject) findings.get(0);
        assertEquals(List.of("check", "severity", "file", "collection", "key", "path", "message", "repair"), List.copyOf(f.keys()));
        assertEquals("doc.ref-doc-node-missing", f.getString("check"));
        assertEquals("warning", f.getString("severity"));
        assertEquals("docstore.json", f.getString("file"));
        assertEquals("docstore/ref_doc_info", f.getString("collection"));
        assertEquals("drop-dangling-ids", f.getString("repair"));
        JsonObject counts = o.getObject("counts").orElseThrow();
        assertEquals(List.of("error", "warning", "info"), List.copyOf(counts.keys()));
        assertEquals("1", counts.get("warning").toString());
    }

    @Test
    void errorsExitTwo() throws Exception {
        Path dir = GeneratedDirAccess.copy(base, tmp.resolve("errors"));
        Files.write(dir.resolve("docstore.json"), Arrays.copyOf(Files.readAllBytes(dir.resolve("docstore.json")), 500));
        CliRun r = CliRun.of("check", dir);
        assertEquals(2, r.exitCode());
        assertTrue(r.out().contains("ERROR  file.truncated"), r.out());
        assertTrue(r.out().contains("at byte 500"), r.out());
    }

    @Test
    void repairIsADryRunUnlessApplied() throws Exception {
        Path dir = withDanglingId("repair");
        byte[] before = Files.readAllBytes(dir.resolve("docstore.json"));
        CliRun dry = CliRun.of("repair", dir);
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("repair drop-dangling-ids"), dry.out());
        assertTrue(dry.out().contains("- $[\"node_ids\"][3]: \"ghost-node\"") || dry.out().contains("\"ghost-node\""), dry.out());
        assertTrue(dry.out().contains("dry run"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("docstore.json")), "a dry run writes nothing");

        CliRun applied = CliRun.of("repair", dir, "--apply", "--only", "doc.ref-doc-node-missing");
        assertEquals(0, applied.exitCode(), applied.err());
        assertTrue(applied.out().contains("wrote docstore.json"), applied.out());
        assertFalse(Arrays.equals(before, Files.readAllBytes(dir.resolve("docstore.json"))));
        assertTrue(Files.isDirectory(dir.resolve(".storescope").resolve("backups")), "previous file kept");
        assertEquals(0, CliRun.of("check", dir).exitCode());
    }

    @Test
    void repairRejectsUnknownCheckIds() {
        CliRun r = CliRun.of("repair", base, "--only", "no.such-check");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown check id no.such-check"), r.err());
    }

    @Test
    void salvageWritesTheRecoveredFile() throws Exception {
        Path dir = GeneratedDirAccess.copy(base, tmp.resolve("salvage"));
        Path doc = dir.resolve("docstore.json");
        byte[] all = Files.readAllBytes(doc);
        Files.write(doc, Arrays.copyOf(all, all.length * 2 / 3));
        Path out = tmp.resolve("salvaged.json");
        CliRun r = CliRun.of("salvage", doc, "--out", out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("damage at byte " + all.length * 2 / 3), r.out());
        assertTrue(r.out().contains("recovered:"), r.out());
        JsonValue v = JsonReader.parse(Files.readString(out), "out");
        assertTrue(v instanceof JsonObject);
        Path hopeless = tmp.resolve("hopeless.json");
        Files.writeString(hopeless, "{\"docstore/da");
        CliRun none = CliRun.of("salvage", hopeless, "--out", tmp.resolve("none.json"));
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("nothing could be recovered"), none.err());
        assertFalse(Files.exists(tmp.resolve("none.json")));
        CliRun intact = CliRun.of("salvage", base.resolve("docstore.json"), "--out", tmp.resolve("x.json"));
        assertTrue(intact.out().contains("is intact"), intact.out());
        assertFalse(Files.exists(tmp.resolve("x.json")));
    }
}
