package dev.storescope.storage;

import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated dir edited through the API (one ref doc deleted from the docstore and the vector
 * store) persists with only the deleted entries' bytes gone: every other byte of every file is the
 * original's.
 */
class EditedGeneratedDirTest {
    @TempDir
    Path tmp;

    @Test
    void deletingARefDocChangesOnlyItsEntries() throws Exception {
        Path dir = copyFixture();
        Map<String, byte[]> before = readAll(dir);
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleDocumentStore doc = ctx.docstore().orElseThrow();
        SimpleVectorStore vec = ctx.vectorStore("default").orElseThrow();
        String ref = doc.getAllRefDocInfo().keySet().stream().skip(3).findFirst().orElseThrow();
        List<String> nodes = doc.getRefDocInfo(ref).nodeIds();
        assertEquals(3, nodes.size());

        doc.deleteRefDoc(ref);
        List<String> gone = vec.delete(ref);
        assertEquals(Set.copyOf(nodes), Set.copyOf(gone));
        PersistReport r = ctx.persist();
        assertEquals(Set.of(dir.resolve("docstore.json"), dir.resolve("default__vector_store.json")), Set.copyOf(r.written()));

        Map<String, byte[]> after = readAll(dir);
        for (String name : before.keySet()) {
            if (!name.equals("docstore.json") && !name.equals("default__vector_store.json")) {
                assertArrayEquals(before.get(name), after.get(name), name + " untouched");
            }
        }
        List<String> docKeys = new ArrayList<>(nodes);
        docKeys.add(ref);
        assertArrayEquals(cut(before.get("docstore.json"), Map.of(
                "docstore/data", nodes, "docstore/metadata", docKeys, "docstore/ref_doc_info", List.of(ref))), after.get("docstore.json"));
        assertArrayEquals(cut(before.get("default__vector_store.json"), Map.of(
                "embedding_dict", nodes, "text_id_to_ref_doc_id", nodes, "metadata_dict", nodes)), after.get("default__vector_store.json"));
        assertFalse(StorageContext.fromPersistDir(dir).docstore().orElseThrow().refDocExists(ref));
    }

    /**
     * The original bytes with the given keys removed from the given collections: each affected
     * collection is rebuilt from its kept members' original bytes joined by Python's ", ".
     */
    static byte[] cut(byte[] original, Map<String, List<String>> remove) throws Exception {
        JsonSource src = JsonSource.of(original, "original");
        JsonScanner scanner = new JsonScanner(src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        for (JsonScanner.Collection c : scanner.scanCollections(0)) {
            List<String> drop = remove.get(c.name());
            if (drop == null) continue;
            out.write(original, pos, c.start() - pos);
            out.write('{');
            boolean first = true;
            int removed = 0;
            for (JsonScanner.Member m : c.entries()) {
                if (drop.contains(m.key())) {
                    removed++;
                    continue;
                }
                byte[] key = (JsonWriter.toJson(JsonString.of(m.key()), JsonStyle.PYTHON) + ": ").getBytes(StandardCharsets.US_ASCII);
                int keyStart = m.valueStart() - key.length;
                assertEquals(new String(key, StandardCharsets.US_ASCII), new String(original, keyStart, key.length, StandardCharsets.US_ASCII));
                if (!first) out.write(", ".getBytes(StandardCharsets.US_ASCII));
                first = false;
                out.write(original, keyStart, m.valueEnd() - keyStart);
            }
            assertEquals(drop.size(), removed, "every key to remove exists in " + c.name() + " at " + JsonPath.ROOT);
            out.write('}');
            pos = c.end();
        }
        out.write(original, pos, original.length - pos);
        assertTrue(out.size() < original.length);
        return out.toByteArray();
    }

    private Path copyFixture() throws Exception {
        Path src = Path.of(getClass().getResource("/fixtures/generated-small").toURI());
        Path dir = Files.createDirectories(tmp.resolve("store"));
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        return dir;
    }

    private static Map<String, byte[]> readAll(Path dir) throws Exception {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) m.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return m;
    }
}
