package dev.storescope.graph_stores;

import dev.storescope.json.JsonStyle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every graph file of the corpus loads and persists byte for byte, also after every value in it
 * was read (subjects, pairs, rel maps; nodes with their embeddings and properties, relations,
 * resolved triplets).
 */
class GraphCorpusRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void corpusHasTheExpectedGraphFiles() {
        List<Path> g = GraphFiles.all(SimpleGraphStore.DEFAULT_PERSIST_FNAME);
        List<Path> p = GraphFiles.all(SimplePropertyGraphStore.DEFAULT_PERSIST_FNAME);
        assertTrue(g.contains(GraphFiles.corpus(GraphFiles.C07)) && g.contains(GraphFiles.corpus(GraphFiles.C13))
                && g.contains(GraphFiles.corpus(GraphFiles.CTS)), g.toString());
        assertTrue(p.contains(GraphFiles.corpus(GraphFiles.C19)), p.toString());
    }

    @TestFactory
    Stream<DynamicTest> simpleGraphStoreFilesRoundTrip() {
        return GraphFiles.all(SimpleGraphStore.DEFAULT_PERSIST_FNAME).stream().map(src -> DynamicTest.dynamicTest(src.getParent().getFileName().toString(), () -> {
            Path file = GraphFiles.copy(src, tmp.resolve(src.getParent().getFileName().toString()));
            byte[] original = Files.readAllBytes(file);
            SimpleGraphStore s = SimpleGraphStore.fromPersistPath(file);
            assertArrayEquals(original, s.toBytes());
            int pairs = 0;
            for (String subj : s.getAllSubjects()) pairs += s.get(subj).size();
            assertEquals(pairs, s.getTriplets().size());
            assertEquals(pairs, s.tripletCount());
            s.getRelMap();
            s.getRelMap(null, 5, 1000);
            s.toDict();
            assertEquals(0, s.revision());
            assertTrue(s.unchangedSinceLoad());
            s.persist(file);
            assertArrayEquals(original, Files.readAllBytes(file));
        }));
    }

    @TestFactory
    Stream<DynamicTest> propertyGraphStoreFilesRoundTrip() {
        return GraphFiles.all(SimplePropertyGraphStore.DEFAULT_PERSIST_FNAME).stream().map(src -> DynamicTest.dynamicTest(src.getParent().getFileName().toString(), () -> {
            Path file = GraphFiles.copy(src, tmp.resolve(src.getParent().getFileName().toString()));
            byte[] original = Files.readAllBytes(file);
            SimplePropertyGraphStore s = SimplePropertyGraphStore.fromPersistPath(file);
            assertArrayEquals(original, s.toBytes());
            for (LabelledNode n : s.getAllNodes()) {
                n.label();
                n.embedding();
                n.properties();
                n.toJson().resolve();
                assertNotNull(n.reprKey());
            }
            for (Relation r : s.getAllRelations()) {
                r.properties();
                assertEquals(r.key(), Relation.key(r.sourceId(), r.label(), r.targetId()));
            }
            assertEquals(s.tripletCount(), s.allTriplets().size());
            s.getRelMap(s.getAllNodes(), 3, 1000, null);
            s.get(null, null);
            s.toDict();
            assertEquals(0, s.revision());
            assertTrue(s.unchangedSinceLoad());
            s.persist(file);
            assertArrayEquals(original, Files.readAllBytes(file));
        }));
    }

    @Test
    void corpus19IsPydanticCompactWithTheManifestCounts() throws Exception {
        SimplePropertyGraphStore s = SimplePropertyGraphStore.fromPersistPath(GraphFiles.corpus(GraphFiles.C19));
        assertEquals(JsonStyle.COMPACT, s.style());
        assertEquals(17, s.nodeCount());
        assertEquals(16, s.entityNodeCount());
        assertEquals(1, s.chunkNodeCount());
        assertEquals(11, s.relationCount());
        assertEquals(11, s.tripletCount());
        ChunkNode chunk = (ChunkNode) s.node("e9f9bc8c-928d-4eda-bec1-fb01b7a856ac");
        assertEquals(3072, chunk.embedding().length);
        assertEquals(0.0059639304, chunk.embedding()[0]);
        assertEquals("text_chunk", chunk.label());
        assertEquals(chunk.idField(), chunk.id());
        assertTrue(chunk.text().startsWith("# Task: Extract portfolio data"));
        assertEquals(List.of("Anupam patil", "Certified", "Docker"), s.tripletIds().get(0));
    }

    @Test
    void corpusGraphStoresHaveTheirKnownContent() throws Exception {
        SimpleGraphStore s13 = SimpleGraphStore.fromPersistPath(GraphFiles.corpus(GraphFiles.C13));
        assertEquals(List.of("File_path", "File"), s13.getAllSubjects());
        assertEquals(List.of(List.of("Is", "D:\\gen ai project\\rag battle\\rag-battle\\data\\dummy_txt.txt")), s13.get("File_path"));
        assertEquals(JsonStyle.PYTHON, s13.style());
        SimpleGraphStore s07 = SimpleGraphStore.fromPersistPath(GraphFiles.corpus(GraphFiles.C07));
        assertEquals(0, s07.size());
        assertEquals(List.of(), s07.getTriplets());
    }
}
