package dev.storescope.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read window's fast path for compact containers (docstore nodes as Python writes them) agrees
 * with the validating path: a {@link JsonScanner#sequential} scan, which takes it, finds the same
 * members and value ends as a scan of the mapped bytes, which never does, on nodes of every shape
 * the fast path takes or leaves (floats, other whitespace, escapes, literals, embeddings, deep
 * nesting, containers across window boundaries), and fails with the same message on the same
 * files with bytes changed.
 */
class CompactSkipTest {
    @TempDir
    Path tmp;

    private static final String[] STRINGS = {"\"\"", "\"plain text\"", "\"a \\\"quoted\\\" word\"", "\"tab\\there\\nline\"", "\"\\u00e9\\ud83d\\ude00 r\\u00e9sum\\u00e9\"",
            "\"slash \\/ back \\\\\"", "\"caf\u00e9 \u2014 utf-8\"", "\"{not: [a, container]}\"", "\"" + "long ".repeat(300) + "\""};
    private static final String[] SCALARS = {"0", "-0", "7", "1000", "-42", "true", "false", "null", "1.5", "-0.25", "1e-05", "2E+10", "NaN", "-Infinity"};
    /** Of {@link #SCALARS}, the first ones are those the fast path takes. */
    private static final int FAST_SCALARS = 8;
    /** Whether the node being written may hold what the fast path leaves (about one node in five). */
    private static boolean mixed;

    private static void value(StringBuilder sb, Random r, int depth) {
        int k = r.nextInt(depth > 4 ? 2 : 10);
        if (k == 0) {
            sb.append(STRINGS[r.nextInt(STRINGS.length)]);
        } else if (k == 1) {
            sb.append(SCALARS[r.nextInt(mixed ? SCALARS.length : FAST_SCALARS)]);
        } else if (k <= 5) {
            sb.append('{');
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                if (i > 0) sb.append(sep(r, ", "));
                sb.append("\"key_").append(i).append(r.nextInt(20) == 0 ? "\\n" : "").append('"').append(sep(r, ": "));
                value(sb, r, depth + 1);
            }
            sb.append('}');
        } else if (k <= 7) {
            sb.append('[');
            for (int i = 0, n = r.nextInt(5); i < n; i++) {
                if (i > 0) sb.append(sep(r, ", "));
                value(sb, r, depth + 1);
            }
            sb.append(']');
        } else {
            sb.append('['); // an embedding
            for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) sb.append(i == 0 ? "" : ", ").append(r.nextGaussian() / 10);
            sb.append(']');
        }
    }

    /** Python's separator, or now and then one the fast path leaves to the validating path. */
    private static String sep(Random r, String python) {
        int k = mixed ? r.nextInt(40) : 40;
        if (k == 0) return python.trim();
        if (k == 1) return python + " ";
        if (k == 2) return python.trim() + "\n  ";
        if (k == 3) return " " + python;
        return python;
    }

    /** A docstore-shaped file of a few MB: nodes of random shape under docstore/data. */
    private static String docstore(long seed, int bytes) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("{\"docstore/data\": {");
        for (int i = 0; sb.length() < bytes; i++) {
            if (i > 0) sb.append(", ");
            mixed = r.nextInt(5) == 0;
            sb.append("\"node-").append(i).append("\": {\"__data__\": ");
            value(sb, r, 0);
            sb.append(", \"__type__\": \"1\"}");
        }
        return sb.append("}, \"docstore/metadata\": {}}").toString();
    }

    private static String outcome(JsonScanner sc, JsonSource src) {
        try {
            StringBuilder sb = new StringBuilder();
            for (JsonScanner.Collection c : SequentialScanTest.scan(sc, src)) sb.append(c.name()).append(' ').append(c.start()).append('-').append(c.end()).append(' ').append(c.entries()).append('\n');
            return sb.toString();
        } catch (JsonSyntaxException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void findsWhatTheValidatingPathFinds() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path f = tmp.resolve("d" + seed + ".json");
            Files.writeString(f, docstore(seed, 3 << 20), StandardCharsets.UTF_8);
            JsonSource src = JsonSource.open(f);
            String mapped = outcome(new JsonScanner(src), src);
            assertTrue(!mapped.startsWith("error") && Files.size(f) > 3 << 20, mapped.length() > 200 ? mapped.substring(0, 200) : mapped);
            assertEquals(mapped, outcome(JsonScanner.sequential(src), src));
        }
    }

    @Test
    void changedBytesFailAlikeOrScanAlike() throws Exception {
        byte[] bytes = docstore(9, (1 << 20) + (1 << 18)).getBytes(StandardCharsets.UTF_8); // over one read window
        Random r = new Random(3);
        byte[] swaps = {'"', '\\', ',', ':', ' ', '\n', '{', '}', '[', ']', '0', '-', '.', 'e', 'n', 'x', 0x01, (byte) 0xC3};
        int errors = 0;
        Path f = tmp.resolve("changed.json");
        for (int round = 0; round < 300; round++) {
            byte[] b = bytes.clone();
            int at = 20 + r.nextInt(b.length - 40);
            b[at] = swaps[r.nextInt(swaps.length)];
            Files.write(f, b);
            JsonSource src = JsonSource.open(f);
            String mapped = outcome(new JsonScanner(src), src);
            if (mapped.startsWith("error")) errors++;
            assertEquals(mapped, outcome(JsonScanner.sequential(src), src), "byte " + at + " changed to " + b[at]);
        }
        assertTrue(errors > 100, "most changes break the file: " + errors);
    }

    /** Nodes the fast path must reject or take exactly as the validating path does, each after 100 KB of plain nodes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"a\": [1, 2}", "{\"a\": {\"b\": 1]}", "[1, 2}", "{\"a\": \"\\u00zz\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"\\u123x\"}",
            "{\"a\": \"\\x\"}", "{\"a\": \"bell\u0007\"}", "{\"a\" 1}", "{\"a\":: 1}", "{\"a\": [1, ]}", "{\"a\": 1,}", "{\"a\": tru}", "{\"a\": nul}",
            "{\"a\": -}", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": -0}", "{\"a\":1,\"b\":[]}", "{\"a\": {}, \"b\": [{}, []]}", "{\"a\": \"\\ud83d\\ude00\"}",
            "{\"a\": [0.5, -1e-07], \"b\": falsе}", "{\"a\": [\"x\", 1, null, true, false]}", "{\"a\":  1}", "{\"a\": 1 }", "{,}", "{\"a\": [,1]}"})
    void sameOutcomeOnEachShape(String node) throws Exception {
        StringBuilder sb = new StringBuilder("{\"docstore/data\": {");
        for (int i = 0; sb.length() < 100_000; i++) sb.append("\"p").append(i).append("\": {\"__data__\": {\"text\": \"padding\", \"n\": ").append(i).append("}}, ");
        sb.append("\"node\": ").append(node).append(", \"last\": {\"n\": 1}}}");
        Path f = tmp.resolve("shape.json");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        JsonSource src = JsonSource.open(f);
        assertEquals(outcome(new JsonScanner(src), src), outcome(JsonScanner.sequential(src), src), node);
    }

    /** Nodes that are mostly an embedding: the read window's boundaries fall inside embeddings of nodes the fast path takes. */
    @Test
    void embeddingsAcrossWindowBoundaries() throws Exception {
        Random r = new Random(17);
        StringBuilder sb = new StringBuilder("{\"docstore/data\": {");
        for (int i = 0; sb.length() < (3 << 20) + 5000; i++) {
            if (i > 0) sb.append(", ");
            sb.append("\"n").append(i).append("\": {\"__data__\": {\"id_\": \"n").append(i).append("\", \"embedding\": [");
            for (int d = 0, n = 30 + r.nextInt(200); d < n; d++) sb.append(d == 0 ? "" : ", ").append(r.nextGaussian() / 10);
            sb.append("], \"n\": ").append(i).append("}, \"__type__\": \"1\"}");
        }
        sb.append("}}");
        Path f = tmp.resolve("embeddings.json");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        JsonSource src = JsonSource.open(f);
        String mapped = outcome(new JsonScanner(src), src);
        assertTrue(!mapped.startsWith("error"), mapped);
        assertEquals(mapped, outcome(JsonScanner.sequential(src), src));
    }
}
