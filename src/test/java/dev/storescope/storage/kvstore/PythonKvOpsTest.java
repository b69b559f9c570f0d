package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonStyle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KV edits against Python: {@code python/kv_ops.py} loaded corpus files with {@code json.load},
 * put a new key (floats like {@code 1e-7}, non-ASCII, big ints, NaN), overwrote a key, deleted
 * keys, moved a key last by delete + put, added a collection, and dumped with {@code json.dump}
 * defaults. The same ops through {@link SimpleKVStore} must give the same bytes.
 * <p>
 * For the prettier-formatted indent-2 files (07-run-llama) Python would rewrite everything on one
 * line; the store keeps the file's style instead, so there the expected bytes are Python's
 * {@code json.dumps(indent=2) + "\n"}, which the script checked reproduces the untouched file.
 */
class PythonKvOpsTest {
    @TempDir
    Path tmp;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PythonKvOpsTest.class.getResourceAsStream("/expected/kvstore/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    static List<JsonObject> cases() throws IOException {
        JsonObject manifest = (JsonObject) JsonReader.parse(resource("kv_ops.json"), "kv_ops.json");
        return manifest.getArray("cases").orElseThrow().values().stream().map(v -> (JsonObject) v).toList();
    }

    @Test
    void manifestIsComplete() throws IOException {
        List<JsonObject> cases = cases();
        assertEquals(8, cases.size());
        assertTrue(cases.stream().anyMatch(c -> "indent2".equals(c.getString("style"))));
    }

    @TestFactory
    Stream<DynamicTest> sameOpsSameBytesAsPython() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            Path dir = Files.createDirectories(tmp.resolve(c.getString("expected")));
            Path file = Corpus.copy(c.getString("source"), dir);
            SimpleKVStore store = SimpleKVStore.fromPersistPath(file);
            assertEquals("python".equals(c.getString("style")) ? JsonStyle.PYTHON : JsonStyle.indented(2, true), store.style());
            JsonArray ops = c.getArray("ops").orElseThrow();
            for (int i = 0; i < ops.size(); i++) {
                JsonObject op = (JsonObject) ops.get(i);
                String coll = op.getString("collection");
                String key = op.getString("key");
                if ("put".equals(op.getString("op"))) {
                    store.put(key, (JsonObject) JsonReader.parse(op.getString("value"), "op value"), coll);
                } else {
                    assertTrue(store.delete(key, coll), "delete " + key);
                }
            }
            store.persist(file);
            String expected = new String(resource(c.getString("expected")), StandardCharsets.UTF_8);
            assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        }));
    }
}
