package dev.storescope.cli;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.storage.StorageContext;
import dev.storescope.vector_stores.SimpleVectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code similar} and {@code vec delete-ref} end to end on corpus dirs. */
class VectorCliTest {
    @TempDir
    Path tmp;

    @Test
    void similarFindsTheNodeItselfFirstThenItsNeighboursBestFirst() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("vector_basic"), tmp);
        SimpleVectorStore store = StorageContext.fromPersistDir(dir).vectorStore("default").orElseThrow();
        String id = store.ids().get(0);
        CliRun r = CliRun.of("similar", dir, id, "--top-k", 4, "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonArray rows = (JsonArray) JsonReader.parse(r.out(), "out");
        assertEquals(4, rows.size());
        assertEquals(id, ((JsonObject) rows.get(0)).getString("id"));
        double prev = 2;
        for (int i = 0; i < rows.size(); i++) {
            double s = ((JsonNumber) ((JsonObject) rows.get(i)).get("score")).doubleValue();
            assertTrue(s <= prev, "best first");
            prev = s;
        }
        CliRun noSelf = CliRun.of("similar", dir, id, "--top-k", 3, "--json", "--exclude-self");
        JsonArray rows2 = (JsonArray) JsonReader.parse(noSelf.out(), "out");
        assertEquals(3, rows2.size());
        assertEquals(((JsonObject) rows.get(1)).getString("id"), ((JsonObject) rows2.get(0)).getString("id"));
    }

    @Test
    void similarWithFiltersAndMmr() {
        Path dir = TestCorpus.copy(TestCorpus.dir("vector_basic"), tmp);
        String id = firstId(dir);
        CliRun mmr = CliRun.of("similar", dir, id, "--mode", "mmr", "--mmr-threshold", "0.5", "--top-k", 3);
        assertEquals(0, mmr.exitCode(), mmr.err());
        assertEquals(3, mmr.out().lines().count());
        CliRun filtered = CliRun.of("similar", dir, id, "--filter", "_node_type=TextNode", "--json");
        assertEquals(0, filtered.exitCode(), filtered.err());
        CliRun none = CliRun.of("similar", dir, id, "--filter", "_node_type=Nope", "--json");
        assertEquals("[]", none.out().strip());
        CliRun bad = CliRun.of("similar", dir, id, "--mode", "svm");
        assertEquals(2, bad.exitCode());
    }

    @Test
    void similarOfAnUnknownNodeExitsOne() {
        Path dir = TestCorpus.copy(TestCorpus.dir("vector_basic"), tmp);
        CliRun r = CliRun.of("similar", dir, "nope");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("KeyError: 'nope'"), r.err());
    }

    @Test
    void vecDeleteRefRemovesTheVectorsOfADocumentAndOnlyRewritesTheVectorFile() throws Exception {
        Path dir = TestCorpus.copy(TestCorpus.dir("14-"), tmp);
        SimpleVectorStore store = StorageContext.fromPersistDir(dir).vectorStore("default").orElseThrow();
        String ref = store.refDocId(store.ids().get(0));
        byte[] doc = Files.readAllBytes(dir.resolve("docstore.json"));
        CliRun r = CliRun.of("vec", "delete-ref", dir, ref);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote " + dir.resolve("default__vector_store.json")), r.out());
        assertEquals(List.of(), StorageContext.fromPersistDir(dir).vectorStore("default").orElseThrow().ids());
        assertTrue(java.util.Arrays.equals(doc, Files.readAllBytes(dir.resolve("docstore.json"))));
        CliRun again = CliRun.of("vec", "delete-ref", dir, ref);
        assertEquals(1, again.exitCode());
        assertFalse(again.err().isEmpty());
    }

    private static String firstId(Path dir) {
        try {
            return StorageContext.fromPersistDir(dir).vectorStore("default").orElseThrow().ids().get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
