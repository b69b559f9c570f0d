package dev.storescope.cli;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diff}: exit codes, text, --stat and --json output. */
class DiffCliTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws Exception {
        return Path.of(DiffCliTest.class.getResource("/fixtures/diff-pair/" + name).toURI());
    }

    @Test
    void equalDirsExitZero() throws Exception {
        CliRun r = CliRun.of("diff", fixture("base"), fixture("base"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("no differences"), r.out());
    }

    @Test
    void differentDirsExitOneWithGroupedText() throws Exception {
        CliRun r = CliRun.of("diff", fixture("base"), fixture("variant1"), "--limit", "2");
        assertEquals(1, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("docstore.json  (changed: ref docs, nodes)\n  ref docs\n    ~ "), out);
        assertTrue(out.contains("node_ids, metadata.last_modified_date, doc_hash  (re_chunked true, nodes_before 2, nodes_after 2"), out);
        assertTrue(out.contains("more added (--limit 0 lists all)"), out);
        assertTrue(out.contains("default__vector_store.json  (changed: vectors)\n  vectors\n"), out);
    }

    @Test
    void statPrintsOnlyCounts() throws Exception {
        CliRun r = CliRun.of("diff", fixture("base"), fixture("variant1"), "--stat");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("nodes "), r.out());
        assertTrue(!r.out().contains("docstore.json\n"), r.out());
    }

    @Test
    void jsonHasTheSummaryAndOneObjectPerChange() throws Exception {
        CliRun r = CliRun.of("diff", fixture("base"), fixture("variant1"), "--json");
        assertEquals(1, r.exitCode(), r.err());
        JsonObject root = (JsonObject) JsonReader.parse(r.out(), "out");
        JsonObject summary = root.getObject("summary").orElseThrow();
        for (String k : List.of("ref_docs", "nodes", "index_structs", "vectors", "triplets", "chat_sessions", "chat_messages", "files")) {
            assertTrue(summary.has(k), k + " in " + summary.keys());
        }
        JsonObject nodes = summary.getObject("nodes").orElseThrow();
        assertEquals(List.of("added", "removed", "changed", "re_id", "unchanged"), List.copyOf(nodes.keys()));
        assertEquals(List.of("added", "removed", "changed", "unchanged"), List.copyOf(summary.getObject("ref_docs").orElseThrow().keys()));
        JsonObject first = (JsonObject) root.getArray("changes").orElseThrow().get(0);
        assertEquals(List.of("store", "kind", "id", "status", "fields", "details"), List.copyOf(first.keys()));
        CliRun stat = CliRun.of("diff", fixture("base"), fixture("variant1"), "--json", "--stat");
        assertTrue(!((JsonObject) JsonReader.parse(stat.out(), "out")).has("changes"));
    }

    @Test
    void badInputExitsTwo() throws Exception {
        assertEquals(2, CliRun.of("diff", tmp.resolve("missing"), fixture("base")).exitCode());
        assertEquals(2, CliRun.of("diff", fixture("base")).exitCode());
        CliRun git = CliRun.of("diff", tmp, "--git", "HEAD");
        assertEquals(2, git.exitCode());
        assertTrue(git.err().contains("not inside a git repository"), git.err());
        CliRun backup = CliRun.of("diff", tmp, "--backup");
        assertEquals(2, backup.exitCode());
        assertTrue(backup.err().contains("has no StoreScope backups"), backup.err());
        Files.writeString(tmp.resolve("docstore.json"), "{\"docstore/data\": {\"a\": ");
        Path other = Files.createDirectory(tmp.resolve("o"));
        CliRun broken = CliRun.of("diff", tmp, other);
        assertEquals(1, broken.exitCode(), broken.err()); // an unreadable file differs; it is reported, not fatal
        assertTrue(broken.out().contains("problem_before"), broken.out());
    }

    @Test
    void backupAndGitSides() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        try (var s = Files.list(fixture("base"))) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve(p.getFileName().toString()));
        }
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
        }
        assertEquals(0, CliRun.of("diff", dir, "--git", "HEAD").exitCode());
        String ref = dev.storescope.storage.StorageContext.fromPersistDir(dir).docstore().orElseThrow().getAllRefDocInfo().keySet().iterator().next();
        assertEquals(0, CliRun.of("doc", "delete-ref", dir, ref).exitCode());
        CliRun list = CliRun.of("diff", dir, "--list-backups");
        assertTrue(list.out().strip().endsWith("docstore.json"), list.out());
        for (CliRun r : List.of(CliRun.of("diff", dir, "--backup"), CliRun.of("diff", dir, "--git", "HEAD"))) {
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.out().contains("    - " + ref + "  (nodes_before 2)"), r.out());
        }
        assertEquals(2, CliRun.of("diff", dir, "--git", "no-such-rev").exitCode());
    }
}
