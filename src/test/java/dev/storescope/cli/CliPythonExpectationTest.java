package dev.storescope.cli;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI's writes on files written by Python give exactly the bytes Python's {@code json.dump}
 * gives after the same operation. Expectations were generated once by the scripts under
 * {@code src/test/resources/python/} ({@code kv_ops.py}, {@code docstore_ops.py}).
 */
class CliPythonExpectationTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> kvPutAndDelete() throws IOException {
        JsonObject table = (JsonObject) JsonReader.parse(resource("/expected/kvstore/kv_ops.json"), "kv_ops.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue v : table.getArray("cases").orElseThrow().values()) {
            JsonObject c = (JsonObject) v;
            tests.add(DynamicTest.dynamicTest(c.getString("name"), () -> {
                Path src = TestCorpus.root().resolve(c.getString("source"));
                Path file = Files.createDirectories(tmp.resolve(c.getString("expected").replace(".json", ""))).resolve(src.getFileName());
                Files.copy(src, file);
                for (JsonValue o : c.getArray("ops").orElseThrow().values()) {
                    JsonObject op = (JsonObject) o;
                    CliRun r = op.getString("op").equals("put")
                            ? CliRun.of("kv", "put", file, op.getString("collection"), op.getString("key"), "--json", op.getString("value"))
                            : CliRun.of("kv", "delete", file, op.getString("collection"), op.getString("key"));
                    assertEquals(0, r.exitCode(), r.err());
                }
                assertArrayEquals(resource("/expected/kvstore/" + c.getString("expected")), Files.readAllBytes(file));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> docDeleteAndDeleteRef() throws IOException {
        JsonArray cases = (JsonArray) JsonReader.parse(resource("/expected/docstore/cases.json"), "cases.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue v : cases.values()) {
            JsonObject c = (JsonObject) v;
            tests.add(DynamicTest.dynamicTest(c.getString("name"), () -> {
                Path dir = TestCorpus.copy(TestCorpus.root().resolve(c.getString("corpus")), tmp.resolve(c.getString("name")));
                byte[] before = Files.readAllBytes(dir.resolve("docstore.json"));
                String cmd = c.getString("op").equals("delete_document") ? "delete" : "delete-ref";
                CliRun r = CliRun.of("doc", cmd, dir, c.getString("id"));
                if (c.getString("error") != null) {
                    assertEquals(1, r.exitCode(), r.err());
                    assertTrue(r.err().contains(c.getString("error")), r.err());
                    assertArrayEquals(before, Files.readAllBytes(dir.resolve("docstore.json")), "nothing written");
                } else {
                    assertEquals(0, r.exitCode(), r.err());
                    assertArrayEquals(resource("/expected/docstore/" + c.getString("name") + ".json"), Files.readAllBytes(dir.resolve("docstore.json")));
                    assertTrue(r.out().contains("previous version kept in"), r.out());
                }
            }));
        }
        return tests.stream();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CliPythonExpectationTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return in.readAllBytes();
        }
    }
}
