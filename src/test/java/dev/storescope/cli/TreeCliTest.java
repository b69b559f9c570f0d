package dev.storescope.cli;

import dev.storescope.app.SampleStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree and search commands print what the inspector's model holds. */
class TreeCliTest {
    @Test
    void treePrintsEveryBranch() throws Exception {
        Path dir = SampleStore.copyToTemp();
        CliRun r = CliRun.of("tree", dir, "--depth", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\n  docstore.json (9)  [document store, "), r.out());
        assertTrue(r.out().contains("\n    Ref docs (3)  [docstore/ref_doc_info]"), r.out());
        assertTrue(r.out().contains("\n      veloria-tides.md · doc-veloria-tides (3)  [3 node(s)]"), r.out());
        CliRun paged = CliRun.of("tree", dir, "--max", "3");
        assertTrue(paged.out().contains("\n      … 1 more"), paged.out());
        assertTrue(paged.out().contains("\n  … 3 more"), paged.out());
        assertTrue(r.out().contains("\n    Keeper Ansel (2)  [subject]"), r.out());
        assertTrue(r.out().contains("\n    visitor-1 (4)  [session]"), r.out());
    }

    @Test
    void treeMarksMissingItems() {
        Path dir = dev.storescope.TestCorpus.dir("04-");
        CliRun r = CliRun.of("tree", dir);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("! 74847633-5c51-4b55-8490-c5904061700a  [missing]  — not in docstore/data"), r.out());
    }

    @Test
    void searchPrintsHitsAndFailsWhenNothingMatches() throws Exception {
        Path dir = SampleStore.copyToTemp();
        CliRun r = CliRun.of("search", dir, "metadata.file_name=marrow-glass.md");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("DocNode[nodeId=doc-marrow-glass-node-1]\tmetadata.file_name = \"marrow-glass.md\"\t"), r.out());
        CliRun limited = CliRun.of("search", dir, "doc-", "--limit", "2");
        assertTrue(limited.out().contains("stopped after 2 hits"), limited.out());
        CliRun none = CliRun.of("search", dir, "no such thing at all");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("nothing matches"), none.err());
    }
}
