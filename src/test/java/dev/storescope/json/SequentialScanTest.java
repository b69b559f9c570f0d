package dev.storescope.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@link JsonScanner#sequential} scanner (plain reads through a 1 MB window) finds exactly what a
 * scanner of the mapped bytes finds, across window boundaries that fall inside keys, strings and
 * embeddings; errors name the same offset; a file replaced after it was mapped is read from the mapping.
 */
class SequentialScanTest {
    @TempDir
    Path tmp;

    /** A file of a few MB: two collections of entries with keys, strings (escapes too) and embeddings of varied lengths. */
    private static String bigJson(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("{");
        for (String col : List.of("embedding_dict", "metadata_dict")) {
            if (sb.length() > 1) sb.append(", ");
            sb.append('"').append(col).append("\": {");
            for (int i = 0; i < 2500; i++) {
                if (i > 0) sb.append(", ");
                sb.append('"').append("key-").append(i).append("-".repeat(r.nextInt(300))).append("\": ");
                if (col.startsWith("embedding")) {
                    sb.append('[');
                    for (int d = 0, n = 20 + r.nextInt(120); d < n; d++) sb.append(d == 0 ? "" : ", ").append(r.nextGaussian() / 10);
                    sb.append(']');
                } else {
                    sb.append("{\"text\": \"").append("word \\\"q\\\" \\u00e9 ".repeat(r.nextInt(60))).append("\", \"n\": ").append(i).append('}');
                }
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    static List<JsonScanner.Collection> scan(JsonScanner sc, JsonSource src) {
        try {
            return sc.scanCollections(sc.skipWs(src.bodyStart()));
        } finally {
            sc.close();
        }
    }

    private static void assertSameScan(List<JsonScanner.Collection> a, List<JsonScanner.Collection> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertEquals(a.get(i).start(), b.get(i).start());
            assertEquals(a.get(i).end(), b.get(i).end());
            assertEquals(a.get(i).entries(), b.get(i).entries(), a.get(i).name());
        }
    }

    @Test
    void findsWhatTheMappedScanFinds() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path f = tmp.resolve("v" + seed + ".json");
            Files.writeString(f, bigJson(seed), StandardCharsets.UTF_8);
            assertTrue(Files.size(f) > 3 << 20, "spans several windows: " + Files.size(f));
            JsonSource src = JsonSource.open(f);
            assertSameScan(scan(new JsonScanner(src), src), scan(JsonScanner.sequential(src), src));
        }
    }

    @Test
    void aTruncatedFileFailsAtTheSameOffset() throws Exception {
        String text = bigJson(4);
        for (int cut : new int[] {(1 << 20) + 7, (2 << 20) - 3, text.length() - 2}) {
            Path f = tmp.resolve("cut" + cut + ".json");
            Files.writeString(f, text.substring(0, cut), StandardCharsets.UTF_8);
            JsonSource src = JsonSource.open(f);
            JsonSyntaxException mapped = assertThrows(JsonSyntaxException.class, () -> scan(new JsonScanner(src), src));
            JsonSyntaxException windowed = assertThrows(JsonSyntaxException.class, () -> scan(JsonScanner.sequential(src), src));
            assertEquals(mapped.getMessage(), windowed.getMessage());
        }
    }

    @Test
    void aFileReplacedAfterItWasMappedIsReadFromTheMapping() throws Exception {
        Path f = tmp.resolve("store.json");
        Files.writeString(f, bigJson(5), StandardCharsets.UTF_8);
        JsonSource src = JsonSource.open(f);
        List<JsonScanner.Collection> before = scan(new JsonScanner(src), src);
        Path other = tmp.resolve("other.json");
        Files.writeString(other, bigJson(6), StandardCharsets.UTF_8); // another persist, renamed over the mapped file
        Files.move(other, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertSameScan(before, scan(JsonScanner.sequential(src), src));
        JsonDocument doc = JsonDocument.load(src, null);
        assertEquals(List.of("embedding_dict", "metadata_dict"), doc.names());
    }
}
