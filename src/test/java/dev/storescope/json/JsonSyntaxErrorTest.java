package dev.storescope.json;

import dev.storescope.storage.kvstore.Corpus;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad JSON is reported as a {@link JsonSyntaxException} with the byte offset, line, column and
 * JSON path of the fault, both by the tree reader ({@link JsonReader}) and by the structure scanner
 * a {@link SimpleKVStore} load uses; offsets are where Python's {@code json.load} reports them
 * ("char N" in its message) for these ASCII examples.
 */
class JsonSyntaxErrorTest {

    record Case(String text, long offset, long line, long column, String path) {
    }

    static final List<Case> CASES = List.of(
            new Case("{\"docstore/data\": {\"n1\": {\"__data__\": {\"text\": tru}}}}", 47, 1, 48, "$[\"docstore/data\"][\"n1\"][\"__data__\"][\"text\"]"),
            new Case("{\"a\": {\"b\": [true, {\"c\": fals}]}}", 25, 1, 26, "$[\"a\"][\"b\"][1][\"c\"]"),
            new Case("{\"a\": {\"b\": nan}}", 12, 1, 13, "$[\"a\"][\"b\"]"),
            new Case("{\n  \"a\": {\n    \"b\": [1, 2, @]\n  }\n}", 27, 3, 17, "$[\"a\"][\"b\"][2]"),
            // trailing commas: Python 3.11 says "Expecting value" / "Expecting property name enclosed in double quotes"
            new Case("{\"a\": [1, 2,]}", 12, 1, 13, "$[\"a\"][2]"),
            new Case("{\"a\": 1,}", 8, 1, 9, "$"),
            new Case("{\"a\": {\"b\": 1,}}", 14, 1, 15, "$[\"a\"]"),
            // control characters inside strings (Python: "Invalid control character at")
            new Case("{\"a\": \"x\ty\"}", 8, 1, 9, "$[\"a\"]"),
            new Case("{\"c\": {\"k\": \"line\nbreak\"}}", 17, 1, 18, "$[\"c\"][\"k\"]"),
            new Case("{\"c\": {\"k\": \"nul\u0000\"}}", 16, 1, 17, "$[\"c\"][\"k\"]"),
            // empty input and extra data
            new Case("", 0, 1, 1, "$"),
            new Case("   ", 3, 1, 4, "$"),
            new Case("{\"a\": 1} x", 9, 1, 10, "$"),
            new Case("{\"a\": 1}\n{}", 9, 2, 1, "$"),
            // bad tokens around names
            new Case("{\"a\" 1}", 5, 1, 6, "$[\"a\"]"),
            new Case("{a: 1}", 1, 1, 2, "$"),
            new Case("{\"a\": 'x'}", 6, 1, 7, "$[\"a\"]"),
            // truncation after a complete member: the open object is the place, not its last member
            new Case("{\"k1\": {\"x\": 1}, \"k2\": {\"y\": 2}", 31, 1, 32, "$"),
            new Case("{\"k1\": {\"x\": 1}, \"k2\": {\"y\": 2},", 32, 1, 33, "$"),
            new Case("{\"k1\": {\"x\": 1}, \"k2\": ", 23, 1, 24, "$[\"k2\"]"));

    private static JsonSyntaxException viaReader(String text) {
        return assertThrows(JsonSyntaxException.class, () -> JsonReader.parse(text.getBytes(StandardCharsets.UTF_8), "case.json"));
    }

    private static JsonSyntaxException viaKvLoad(String text) {
        return assertThrows(JsonSyntaxException.class, () -> {
            SimpleKVStore s = SimpleKVStore.fromSource(JsonSource.of(text, "case.json"));
            s.toDict();
        });
    }

    private static void check(Case c, JsonSyntaxException e, String api) {
        String what = api + " on " + c.text().replace("\n", "\\n") + " -> " + e.getMessage();
        assertEquals(c.offset(), e.offset(), "offset, " + what);
        assertEquals(c.line(), e.line(), "line, " + what);
        assertEquals(c.column(), e.column(), "column, " + what);
        assertEquals(c.path(), e.path(), "path, " + what);
        assertEquals("case.json", e.file(), what);
        assertTrue(e.getMessage().startsWith("case.json: invalid JSON at byte " + c.offset() + " (line " + c.line()), what);
    }

    @TestFactory
    Stream<DynamicTest> readerLocatesErrors() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.text().isBlank() ? "[blank: " + c.text().length() + "]" : c.text().replace("\n", "\\n"), () -> check(c, viaReader(c.text()), "reader")));
    }

    @TestFactory
    Stream<DynamicTest> kvStoreLoadLocatesErrors() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.text().isBlank() ? "[blank: " + c.text().length() + "]" : c.text().replace("\n", "\\n"), () -> check(c, viaKvLoad(c.text()), "kv load")));
    }

    /**
     * Faults inside a token: the scanner (file loading) reports Python's offset (the backslash of a
     * bad escape, the start of a bad number); Jackson-based {@link JsonReader} points at most one
     * byte later (the character it choked on). Both name the same path.
     */
    @Test
    void faultsInsideTokens() {
        Object[][] cases = {
                {"{\"a\": \"\\x\"}", 7L, "$[\"a\"]"},
                {"{\"a\": -}", 6L, "$[\"a\"]"},
                {"{\"a\": +1}", 6L, "$[\"a\"]"},
        };
        for (Object[] c : cases) {
            String text = (String) c[0];
            JsonSyntaxException kv = viaKvLoad(text);
            assertEquals(c[1], kv.offset(), text);
            assertEquals(c[2], kv.path(), text);
            JsonSyntaxException r = viaReader(text);
            assertTrue(r.offset() == (long) c[1] || r.offset() == (long) c[1] + 1, text + " reader offset " + r.offset());
            assertEquals(c[2], r.path(), text);
        }
        // a bad \\uXXXX escape: Python says char 8 (the 'u'); both readers point inside the escape
        String badHex = "{\"a\": \"\\u12G4\"}";
        for (JsonSyntaxException e : List.of(viaKvLoad(badHex), viaReader(badHex))) {
            assertTrue(e.offset() >= 7 && e.offset() <= 11, "offset " + e.offset());
            assertEquals("$[\"a\"]", e.path());
        }
    }

    @Test
    void bomCountsInTheByteOffset() {
        byte[] body = "{\"a\": tru}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        JsonSyntaxException r = assertThrows(JsonSyntaxException.class, () -> JsonReader.parse(bytes, "bom.json"));
        JsonSyntaxException kv = assertThrows(JsonSyntaxException.class, () -> SimpleKVStore.fromSource(JsonSource.of(bytes, "bom.json")));
        for (JsonSyntaxException e : List.of(r, kv)) {
            assertEquals(9, e.offset());
            assertEquals("$[\"a\"]", e.path());
        }
    }

    /**
     * An interrupted write leaves a prefix of the file: every proper prefix of a few corpus files
     * (Python one-line, prettier-indented, JS compact with non-ASCII) must fail with
     * JsonSyntaxException — never another exception, never success — located at or before the cut,
     * with line/column consistent with the offset.
     */
    @TestFactory
    Stream<DynamicTest> everyTruncationIsASyntaxError() {
        return Stream.of("real/05-cocosan1__chatgpt__storage_context/index_store.json",
                        "real/07-run-llama__llama_index__storage/index_store.json",
                        "real/18-ted-jung__LlamaIndex__storage/docstore.json",
                        "ts/edge_nan_embedding/doc_store.json")
                .map(rel -> DynamicTest.dynamicTest(rel, () -> truncations(Files.readAllBytes(Corpus.file(rel)))));
    }

    private static void truncations(byte[] full) {
        int end = full.length;
        while (end > 0 && (full[end - 1] == '\n' || full[end - 1] == ' ')) end--; // a cut in trailing whitespace is valid JSON
        int checked = 0;
        for (int cut = 0; cut < end; cut++) {
            byte[] prefix = Arrays.copyOf(full, cut);
            List<Function<byte[], Object>> apis = new ArrayList<>();
            apis.add(b -> JsonReader.parse(b, "cut.json"));
            apis.add(b -> SimpleKVStore.fromSource(JsonSource.of(b, "cut.json")).toDict());
            for (Function<byte[], Object> api : apis) {
                try {
                    api.apply(prefix);
                    fail("prefix of " + cut + " bytes parsed without error");
                } catch (JsonSyntaxException e) {
                    assertTrue(e.offset() >= 0 && e.offset() <= cut, "offset " + e.offset() + " beyond cut " + cut);
                    long line = 1;
                    long lineStart = 0;
                    for (int i = 0; i < e.offset(); i++) {
                        if (prefix[i] == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    assertEquals(line, e.line(), "line at cut " + cut);
                    assertEquals(e.offset() - lineStart + 1, e.column(), "column at cut " + cut);
                    assertTrue(e.path().startsWith("$"), e.path());
                    checked++;
                } catch (RuntimeException e) {
                    throw new AssertionError("prefix of " + cut + " bytes raised " + e, e);
                }
            }
        }
        assertEquals(2 * end, checked);
    }

    @Test
    void truncatedCorpusFileReportsTheOpenPlace() throws IOException {
        byte[] full = Files.readAllBytes(Corpus.file("real/05-cocosan1__chatgpt__storage_context/index_store.json"));
        String text = new String(full, StandardCharsets.UTF_8);
        int cut = text.indexOf("\"__data__\"") + "\"__data__\": \"{".length();
        JsonSyntaxException e = viaKvLoad(text.substring(0, cut));
        assertEquals(cut, e.offset());
        assertTrue(e.path().endsWith("[\"__data__\"]"), e.path());
        assertTrue(e.detail().contains("truncated"), e.detail());
    }
}
