package dev.storescope.graph_stores;

import dev.storescope.TestCorpus;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Undo of graph edits: the reads after a restore show the restored state (no stale parsed caches). */
class GraphRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void simpleGraphStoreReadsTheRestoredPairs() throws Exception {
        SimpleGraphStore g = SimpleGraphStore.fromPersistPath(Path.of("src/test/resources/fixtures/generated-small/graph_store.json"));
        byte[] before = g.toBytes();
        String subj = g.getAllSubjects().get(0);
        List<List<String>> pairs = g.get(subj);
        Object state = g.saveState();
        g.delete(subj, pairs.get(0).get(0), pairs.get(0).get(1));
        g.upsertTriplet(subj, "new", "object");
        g.restoreState(state);
        assertEquals(pairs, g.get(subj));
        assertEquals(pairs.size(), g.get(subj).size());
        assertArrayEquals(before, g.toBytes());
    }

    @Test
    void propertyGraphStoreReadsTheRestoredNodesAndRelations() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("19-"), tmp);
        SimplePropertyGraphStore g = StorageContext.fromPersistDir(dir).propertyGraphStore().orElseThrow();
        byte[] before = g.toBytes();
        int nodes = g.nodeCount();
        int relations = g.relationCount();
        int triplets = g.tripletCount();
        Object state = g.saveState();
        g.delete(null, null, null, List.of(g.allTriplets().get(0).subject().id()));
        g.upsertNodes(List.of(EntityNode.of("brand new")));
        g.restoreState(state);
        assertEquals(nodes, g.nodeCount());
        assertEquals(relations, g.relationCount());
        assertEquals(triplets, g.tripletCount());
        assertEquals(null, g.node("brand new"));
        assertArrayEquals(before, g.toBytes());
    }
}
