package dev.storescope.vector_stores;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code python/vector_ops.py} applied delete / delete_nodes / add to Python-written vector store
 * files (4 real corpus stores, the hand-written Python-layout hybrid dir, a legacy
 * {@code text_id_to_doc_id} store, the 300-vector fixture) and dumped them with {@code json.dump};
 * the same operations through {@link SimpleVectorStore} must give the same bytes. One deliberate
 * difference: the legacy {@code text_id_to_doc_id} member, which Python drops, is kept.
 */
class PythonVectorOpsTest {
    private static final String LEGACY_MEMBER = ", \"text_id_to_doc_id\": {\"n-1\": \"doc-1\", \"n-2\": \"doc-1\"}";

    /** Python's delete found nothing (the legacy store has no text_id_to_ref_doc_id). */
    private static final List<String> NOTHING_CHANGED = List.of("legacy delete_ref");

    @TempDir
    Path tmp;

    static List<JsonObject> cases() {
        return ((JsonArray) Fixtures.json("ops/ops.json")).values().stream().map(v -> (JsonObject) v).toList();
    }

    private Path copySource(String source, String caseName) throws IOException {
        String[] parts = source.split(":", 2);
        Path from = parts[0].equals("corpus") ? TestCorpus.root().resolve(parts[1]) : Fixtures.path(parts[1]);
        Path dir = Files.createDirectories(tmp.resolve(caseName.replaceAll("[^A-Za-z0-9_]", "_")));
        return Files.copy(from, dir.resolve(from.getFileName().toString()));
    }

    static void apply(SimpleVectorStore store, JsonObject op) {
        switch (op.getString("op")) {
            case "delete" -> store.delete(op.getString("ref_doc_id"));
            case "delete_nodes" -> store.deleteNodes(Fixtures.strings(op.get("node_ids")), Fixtures.filters(op.get("filters")));
            case "add" -> {
                JsonValue ref = op.get("ref_doc_id");
                store.add(List.of(new VectorEntry(op.getString("id"), Fixtures.doubles(op.get("embedding")),
                        ref instanceof JsonString s ? s.value() : null, (JsonObject) op.get("metadata"))));
            }
            default -> throw new IllegalArgumentException(op.toString());
        }
    }

    @Test
    void manifestCoversEveryOperationOnEverySource() {
        List<JsonObject> cases = cases();
        assertEquals(42, cases.size());
        assertEquals(8, cases.stream().map(c -> c.getString("source")).distinct().count());
        assertTrue(cases.stream().anyMatch(c -> c.has("error")));
    }

    @TestFactory
    Stream<DynamicTest> sameOpsSameBytesAsPython() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            Path file = copySource(c.getString("source"), c.getString("name"));
            byte[] before = Files.readAllBytes(file);
            SimpleVectorStore store = SimpleVectorStore.fromPersistPath(file);
            List<JsonValue> ops = c.getArray("ops").orElseThrow().values();
            if (c.has("error")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ops.forEach(op -> apply(store, (JsonObject) op)));
                assertTrue(e.getMessage().startsWith(c.getString("error")), e.getMessage());
                store.persist(file);
                assertArrayEquals(before, Files.readAllBytes(file), "a failed delete removes nothing");
                return;
            }
            long revision = store.revision();
            ops.forEach(op -> apply(store, (JsonObject) op));
            store.persist(file);
            if (NOTHING_CHANGED.contains(c.getString("name"))) {
                // Python rewrites the file in its own layout even when delete found nothing; an unchanged store stays as it was
                assertEquals(revision, store.revision());
                assertArrayEquals(before, Files.readAllBytes(file));
                return;
            }
            String got = Files.readString(file, StandardCharsets.UTF_8);
            if (c.getString("source").contains("legacy")) {
                assertTrue(got.contains(LEGACY_MEMBER), got);
                got = got.replace(LEGACY_MEMBER, "");
            }
            assertEquals(new String(Fixtures.bytes("ops/" + c.getString("expected")), StandardCharsets.UTF_8), got);
        }));
    }

    @Test
    void nullRefDocIdIsWrittenAsNoneString() {
        JsonObject op = (JsonObject) cases().stream().filter(c -> c.getString("name").equals("14 add_no_ref")).findFirst().orElseThrow()
                .getArray("ops").orElseThrow().get(0);
        assertTrue(op.get("ref_doc_id") instanceof JsonNull);
    }
}
