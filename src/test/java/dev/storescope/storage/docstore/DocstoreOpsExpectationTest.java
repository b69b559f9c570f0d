package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.NotFoundException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * delete_document / delete_ref_doc on real docstores give byte for byte what Python gives
 * (expected files from src/test/resources/python/docstore_ops.py, listed in cases.json).
 */
class DocstoreOpsExpectationTest {
    @TempDir
    Path tmp;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DocstoreOpsExpectationTest.class.getResourceAsStream("/expected/docstore/" + name)) {
            return in.readAllBytes();
        }
    }

    @TestFactory
    List<DynamicTest> sameBytesAsPython() throws IOException {
        JsonArray cases = (JsonArray) JsonReader.parse(resource("cases.json"), "cases.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue v : cases.values()) {
            JsonObject c = (JsonObject) v;
            tests.add(DynamicTest.dynamicTest(c.getString("name"), () -> run(c)));
        }
        assertEquals(11, tests.size());
        return tests;
    }

    private void run(JsonObject c) throws IOException {
        Path file = Corpus.copy(c.getString("corpus"), tmp.resolve(c.getString("name")));
        SimpleDocumentStore ds = SimpleDocumentStore.fromPersistPath(file);
        String id = c.getString("id");
        Runnable op = switch (c.getString("op")) {
            case "delete_document" -> () -> ds.deleteDocument(id, true);
            case "delete_ref_doc" -> () -> ds.deleteRefDoc(id, true);
            default -> throw new IllegalArgumentException(c.getString("op"));
        };
        String error = c.getString("error");
        if (error == null) {
            op.run();
        } else {
            assertEquals(error, assertThrows(NotFoundException.class, op::run).getMessage());
        }
        ds.persist(file);
        assertArrayEquals(resource(c.getString("name") + ".json"), Files.readAllBytes(file));
    }
}
