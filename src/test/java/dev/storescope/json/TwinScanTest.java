package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanning a file against an earlier version of it gives exactly what a plain scan gives. */
class TwinScanTest {
    private static final String[] VALUES = {"1", "12", "-0.5e3", "\"x\"", "\"a\\\"b\"", "[1, 2, 3]", "[]", "{}", "{\"k\": [1, {\"z\": null}]}",
            "true", "null", "[0.1, -0.2, 3e-05]", "\"日本\""};

    @Test
    void randomEditsScanLikeAPlainScan() {
        Random r = new Random(7);
        for (int round = 0; round < 400; round++) {
            List<String[]> base = new ArrayList<>();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) base.add(new String[] {"k" + i, VALUES[r.nextInt(VALUES.length)]});
            List<String[]> edited = new ArrayList<>();
            for (String[] m : base) edited.add(m.clone());
            int edits = r.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int op = r.nextInt(4);
                int at = edited.isEmpty() ? 0 : r.nextInt(edited.size());
                if (op == 0 && !edited.isEmpty()) edited.remove(at);
                else if (op == 1) edited.add(Math.min(at, edited.size()), new String[] {"new" + e, VALUES[r.nextInt(VALUES.length)]});
                else if (op == 2 && !edited.isEmpty()) edited.get(at)[1] = VALUES[r.nextInt(VALUES.length)];
                else if (!edited.isEmpty()) edited.get(at)[1] = edited.get(at)[1] + (edited.get(at)[1].matches("-?[0-9.e-]+") ? "7" : "");
            }
            String sep = r.nextBoolean() ? ", " : ",";
            JsonSource a = JsonSource.of("{\"c\": " + object(base, sep) + ", \"t\": 1}", "a.json");
            JsonSource b = JsonSource.of("{\"c\": " + object(edited, r.nextInt(5) == 0 ? (sep.equals(",") ? ", " : ",") : sep) + ", \"t\": 1}", "b.json");
            List<JsonScanner.Member> twin = new JsonScanner(a).members(6, "$[\"c\"]");
            JsonScanner sb = new JsonScanner(b);
            JsonScanner.ObjectScan plain = sb.scanObject(6, "$[\"c\"]");
            JsonScanner.ObjectScan like = sb.scanObjectLike(6, "$[\"c\"]", new JsonScanner.Twin(a, 6, twin));
            assertEquals(plain.members(), like.members(), "round " + round + ": " + b);
            assertEquals(plain.end(), like.end(), "round " + round + ": " + b);
            assertEquals(like.members().size(), like.twinOf().length);
            for (int j = 0; j < like.twinOf().length; j++) {
                int i = like.twinOf()[j];
                if (i < 0) continue;
                JsonScanner.Member mb = like.members().get(j);
                JsonScanner.Member ma = twin.get(i);
                assertEquals(ma.key(), mb.key(), "round " + round);
                assertEquals(text(a, ma), text(b, mb), "round " + round + ": member " + j + " taken over from " + i);
            }
        }
    }

    @Test
    void aDocumentLoadedLikeAnotherReadsTheSameValues() throws Exception {
        JsonSource a = JsonSource.of("{\"d\": {\"x\": [1, 2], \"y\": \"v\", \"z\": 3}, \"e\": {}}", "a.json");
        JsonSource b = JsonSource.of("{\"d\": {\"x\": [1, 2], \"w\": 9, \"z\": 30}, \"e\": {\"q\": 1}}", "b.json");
        JsonDocument like = JsonDocument.load(a);
        JsonDocument doc = JsonDocument.load(b, like);
        assertEquals(JsonDocument.load(b).section("d").entries().toString(), doc.section("d").entries().toString());
        assertEquals("30", doc.section("d").get("z").toString());
        assertEquals(new String(b.allBytes(), java.nio.charset.StandardCharsets.UTF_8), new String(doc.toBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void invalidBytesAfterAMatchAreStillReported() {
        JsonSource a = JsonSource.of("{\"d\": {\"x\": 1, \"y\": 2}}", "a.json");
        JsonSource b = JsonSource.of("{\"d\": {\"x\": 1, \"y\": 2x}}", "b.json");
        JsonDocument like = JsonDocument.load(a);
        assertThrows(JsonSyntaxException.class, () -> JsonDocument.load(b, like));
    }

    @Test
    void aMappedFileIsComparedThroughReadsAndAReplacedOneThroughItsMapping(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        StringBuilder a = new StringBuilder("{\"c\": {");
        StringBuilder b = new StringBuilder("{\"c\": {");
        for (int i = 0; i < 3000; i++) {
            String m = (i > 0 ? ", " : "") + "\"k" + i + "\": [" + i + ".5, -0.25, " + (i * 7) + "]";
            a.append(m);
            if (i % 500 == 7) b.append(i > 0 ? ", " : "").append("\"k").append(i).append("\": [1]"); // changed
            else if (i % 700 != 3) b.append(m); // else removed
        }
        a.append("}}");
        b.append("}}");
        java.nio.file.Path fa = java.nio.file.Files.writeString(tmp.resolve("a.json"), a);
        java.nio.file.Path fb = java.nio.file.Files.writeString(tmp.resolve("b.json"), b);
        JsonSource sa = JsonSource.open(fa);
        JsonSource sb = JsonSource.open(fb);
        assertTrue(sb.readable(), "a file over the mapping threshold is mapped");
        List<JsonScanner.Member> twin = new JsonScanner(sa).members(6, "$[\"c\"]");
        JsonScanner.ObjectScan plain = new JsonScanner(JsonSource.of(b.toString(), "b")).scanObject(6, "$[\"c\"]");
        JsonScanner.ObjectScan read = new JsonScanner(sb).scanObjectLike(6, "$[\"c\"]", new JsonScanner.Twin(sa, 6, twin));
        assertEquals(plain.members(), read.members());
        assertTrue(java.util.Arrays.stream(read.twinOf()).filter(x -> x >= 0).count() > 2900, "most members are taken over");

        java.nio.file.Path next = java.nio.file.Files.writeString(tmp.resolve("b.new"), a); // another program persists B
        java.nio.file.Files.move(next, fb, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        JsonScanner.ObjectScan replaced = new JsonScanner(sb).scanObjectLike(6, "$[\"c\"]", new JsonScanner.Twin(sa, 6, twin));
        assertEquals(plain.members(), replaced.members(), "the mapped bytes count, not the new file's");
    }

    private static String text(JsonSource s, JsonScanner.Member m) {
        return new String(s.bytes(m.valueStart(), m.valueEnd()), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String object(List<String[]> members, String sep) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) sb.append(sep);
            sb.append('"').append(members.get(i)[0]).append("\": ").append(members.get(i)[1]);
        }
        return sb.append('}').toString();
    }
}
