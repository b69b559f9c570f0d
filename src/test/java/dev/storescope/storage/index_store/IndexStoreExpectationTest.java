package dev.storescope.storage.index_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.io.BackupSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edits of corpus index stores give exactly the bytes Python gives (expected files generated once by
 * src/test/resources/python/index_store_ops.py with json.loads/json.dumps; cases.json lists the operations).
 */
class IndexStoreExpectationTest {
    private static byte[] resource(String name) throws Exception {
        try (InputStream in = IndexStoreExpectationTest.class.getResourceAsStream("/expected/index_store/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return in.readAllBytes();
        }
    }

    static List<JsonObject> cases() throws Exception {
        JsonArray a = (JsonArray) JsonReader.parse(resource("cases.json"), "cases.json");
        return a.values().stream().map(v -> (JsonObject) v).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameBytesAsPython(JsonObject c, @TempDir Path tmp) throws Exception {
        Path file = Corpus.copy(c.getString("source"), tmp);
        SimpleIndexStore store = SimpleIndexStore.fromPersistPath(file);
        for (JsonValue opv : c.getArray("ops").orElseThrow().values()) {
            List<String> op = ((JsonArray) opv).strings();
            JsonArray raw = (JsonArray) opv;
            switch (op.get(0)) {
                case "delete_struct" -> store.deleteIndexStruct(op.get(1));
                case "remove_node" -> {
                    IndexStruct before = store.getIndexStruct(op.get(1));
                    IndexStruct after = before.withoutNodeId(op.get(2));
                    assertEquals(before.dataForm(), after.dataForm());
                    assertEquals(before.nodeCount() - 1, after.nodeCount());
                    store.addIndexStruct(after);
                }
                case "set_summary" -> store.addIndexStruct(store.getIndexStruct(op.get(1)).withSummary(op.get(2)));
                case "add_list_struct" -> store.addIndexStruct(IndexStruct.of(IndexStructType.LIST, JsonObject.builder()
                        .put("index_id", op.get(1)).putNull("summary").put("nodes", raw.get(2)).build()));
                default -> throw new IllegalArgumentException(op.get(0));
            }
        }
        BackupSet backups = BackupSet.forDirectory(tmp);
        store.persist(file, backups);
        byte[] expected = resource(c.getString("name") + ".json");
        byte[] actual = Files.readAllBytes(file);
        assertArrayEquals(expected, actual, () -> "expected:\n" + new String(expected, StandardCharsets.UTF_8) + "\nactual:\n"
                + new String(actual, StandardCharsets.UTF_8));
        assertEquals(1, backups.kept().size());
        assertArrayEquals(Files.readAllBytes(Corpus.file(c.getString("source"))), Files.readAllBytes(backups.kept().get(0)));
        assertTrue(SimpleIndexStore.fromPersistPath(file).indexStructs().size() > 0 || c.getString("name").startsWith("13_delete"));
    }
}
