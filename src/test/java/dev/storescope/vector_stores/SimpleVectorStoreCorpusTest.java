package dev.storescope.vector_stores;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonObject;
import dev.storescope.storage.NotFoundException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus vector store (real and TS): byte round trip, facts, operations and their byte effects. */
class SimpleVectorStoreCorpusTest {
    @TempDir
    Path tmp;

    static List<Path> vectorFiles() throws IOException {
        try (Stream<Path> s = Files.walk(TestCorpus.root())) {
            return s.filter(p -> p.getFileName().toString().endsWith("vector_store.json")).sorted().toList();
        }
    }

    private Path copy(Path f) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(f.getParent().getFileName().toString()));
        return Files.copy(f, dir.resolve(f.getFileName().toString()));
    }

    @Test
    void corpusHasPythonAndTypeScriptStores() throws IOException {
        assertEquals(18, vectorFiles().size());
    }

    @TestFactory
    Stream<DynamicTest> roundTripsByteForByteEvenAfterReadingEveryEmbedding() throws IOException {
        return vectorFiles().stream().map(f -> DynamicTest.dynamicTest(TestCorpus.root().relativize(f).toString(), () -> {
            Path file = copy(f);
            byte[] original = Files.readAllBytes(file);
            SimpleVectorStore store = SimpleVectorStore.fromPersistPath(file);
            assertArrayEquals(original, store.toBytes());
            for (String id : store.ids()) assertEquals(store.dimension(), store.getEmbedding(id).length);
            if (store.size() > 0) store.query(VectorStoreQuery.of(new double[store.dimension()], 3));
            store.persist(file);
            assertArrayEquals(original, Files.readAllBytes(file));
        }));
    }

    @Test
    void dimensionWithoutParsingAndStats() throws IOException {
        SimpleVectorStore s03 = SimpleVectorStore.fromPersistPath(copy(TestCorpus.dir("03-").resolve("vector_store.json")));
        assertEquals(1536, s03.dimension());
        assertFalse(s03.hasMetadataDict());
        assertFalse(s03.hasLegacyDocIdKey());
        SimpleVectorStore s14 = SimpleVectorStore.fromPersistPath(copy(TestCorpus.dir("14-").resolve("default__vector_store.json")));
        assertEquals(768, s14.dimension());
        String id = s14.ids().get(0);
        EmbeddingStats st = s14.stats(id);
        double sum = 0;
        for (double d : s14.getEmbedding(id)) sum += d * d;
        assertEquals(Math.sqrt(sum), st.norm(), 1e-12);
        assertTrue(st.isFinite());
        assertEquals("6ef23550-da7e-4458-9f1b-1bb0d2e19414", s14.refDocId(id));
        assertEquals("TextNode", s14.metadata(id).getString("_node_type"));
        assertEquals(-1, SimpleVectorStore.create().dimension());
    }

    @Test
    void statsCountNaNInfinityAndZero() {
        EmbeddingStats s = EmbeddingStats.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1});
        assertEquals(4, s.dimension());
        assertEquals(1, s.nanCount());
        assertEquals(2, s.infCount());
        assertFalse(s.isFinite());
        assertTrue(EmbeddingStats.of(new double[] {0, -0.0}).isZero());
    }

    @Test
    void typeScriptNullEmbeddingValuesReadAsNaN() throws IOException {
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(copy(TestCorpus.dir("edge_nan").resolve("vector_store.json")));
        assertTrue(s.isTypeScript());
        String id = s.ids().get(0);
        assertEquals(3, s.stats(id).nanCount());
        assertTrue(Double.isNaN(s.query(VectorStoreQuery.of(new double[8], 1)).similarities().get(0)));
        SimpleVectorStore edge = SimpleVectorStore.fromPersistPath(copy(TestCorpus.dir("edge_values").resolve("vector_store.json")));
        assertTrue(edge.ids().stream().anyMatch(i -> {
            double[] e = edge.getEmbedding(i);
            return e.length == 8 && e[5] == 1e21 && e[7] == 5e-324 && Double.doubleToRawLongBits(e[1]) == 0L;
        }), "edge_values embedding [0,-0,1,1e-7,-2.5e-300,1e21,...,5e-324] (TS writes -0 as 0)");
    }

    @Test
    void operationErrorsAsPython() throws IOException {
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(copy(TestCorpus.dir("15-").resolve("default__vector_store.json")));
        long revision = s.revision();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.add(List.of(new VectorEntry("x", null, "d", JsonObject.EMPTY))));
        assertEquals("embedding not set.", e.getMessage());
        assertEquals(1, s.size());
        NotFoundException nf = assertThrows(NotFoundException.class, () -> s.getEmbedding("missing"));
        assertEquals("KeyError: 'missing'", nf.getMessage());
        assertTrue(s.delete("no-such-doc").isEmpty());
        assertEquals(revision, s.revision(), "a failed add and an empty delete change nothing");
    }

    @Test
    void typeScriptDeleteChangesOnlyTheDeletedEntries() throws IOException {
        Path file = copy(TestCorpus.dir("vector_basic").resolve("vector_store.json"));
        String original = Files.readString(file, StandardCharsets.UTF_8);
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(file);
        String victim = s.ids().get(2);
        assertEquals(List.of(victim), s.deleteNodes(List.of(victim), null));
        s.persist(file);
        String expected = original;
        for (String section : List.of("embeddingDict", "textIdToRefDocId", "metadataDict")) expected = removeMember(expected, section, victim);
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(SimpleVectorStore.fromPersistPath(file).contains(victim));
    }

    @Test
    void pythonDeleteByRefDocChangesOnlyTheDeletedEntries() throws IOException {
        Path file = copy(TestCorpus.dir("hybrid_py").resolve("default__vector_store.json"));
        String original = Files.readString(file, StandardCharsets.UTF_8);
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(file);
        String victim = s.ids().get(1);
        List<String> gone = s.delete(s.refDocId(victim));
        assertTrue(gone.contains(victim));
        s.persist(file);
        String expected = original;
        for (String id : gone) {
            for (String section : List.of("embedding_dict", "text_id_to_ref_doc_id", "metadata_dict")) expected = removeMember(expected, section, id);
        }
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void legacyDocIdStoreIsIgnoredByDeleteAsInPython() throws IOException {
        Path file = Files.copy(Fixtures.path("legacy_doc_id_store.json"), tmp.resolve("vector_store.json"));
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(file);
        assertTrue(s.hasLegacyDocIdKey());
        assertEquals(4, s.dimension());
        assertEquals(2, s.size());
        assertTrue(s.delete("doc-1").isEmpty(), "Python ignores text_id_to_doc_id: delete by ref doc finds nothing");
        assertNullRef(s);
    }

    private static void assertNullRef(SimpleVectorStore s) {
        for (String id : s.ids()) assertEquals(null, s.refDocId(id));
    }

    /** {@code text} without the member {@code "id": value} of the object member {@code section} (and one separator). */
    static String removeMember(String text, String section, String id) {
        int sec = text.indexOf("\"" + section + "\"");
        int at = text.indexOf("\"" + id + "\"", sec);
        int valueStart = text.indexOf(':', at + id.length() + 2) + 1;
        int end = valueEnd(text, valueStart);
        int sepAfter = text.indexOf(',', end);
        int close = text.indexOf('}', end);
        if (sepAfter >= 0 && sepAfter < close && text.substring(end, sepAfter).isBlank()) {
            int next = sepAfter + 1;
            while (text.charAt(next) == ' ') next++;
            return text.substring(0, at) + text.substring(next);
        }
        int sepBefore = text.lastIndexOf(',', at);
        return text.substring(0, sepBefore) + text.substring(end);
    }

    private static int valueEnd(String t, int i) {
        while (t.charAt(i) == ' ') i++;
        int depth = 0;
        boolean str = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (str) {
                if (c == '\\') i++;
                else if (c == '"') {
                    str = false;
                    if (depth == 0) return i + 1;
                }
            } else if (c == '"') {
                str = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (--depth == 0) return i + 1;
                if (depth < 0) return i;
            } else if (depth == 0 && (c == ',')) {
                return i;
            }
        }
        return i;
    }
}
