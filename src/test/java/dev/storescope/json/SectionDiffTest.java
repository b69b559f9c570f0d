package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff of two sections read off the twin scan says what a comparison of their maps says. */
class SectionDiffTest {
    private static final String[] VALUES = {"1", "12", "-0.5e3", "\"x\"", "\"a\\\"b\"", "[1, 2, 3]", "[]", "{}", "{\"k\": [1, {\"z\": null}]}",
            "true", "null", "[0.1, -0.2, 3e-05]", "\"日本\""};

    @Test
    void randomEditsGiveWhatTheMapsGive() {
        Random r = new Random(11);
        int aligned = 0;
        for (int round = 0; round < 500; round++) {
            List<String[]> base = new ArrayList<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) base.add(new String[] {"k" + i, VALUES[r.nextInt(VALUES.length)]});
            List<String[]> edited = new ArrayList<>();
            for (String[] m : base) edited.add(m.clone());
            int edits = r.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int op = r.nextInt(5);
                int at = edited.isEmpty() ? 0 : r.nextInt(edited.size());
                if (op == 0 && !edited.isEmpty()) edited.remove(at);
                else if (op == 1) edited.add(Math.min(at, edited.size()), new String[] {"new" + e, VALUES[r.nextInt(VALUES.length)]});
                else if (op == 2 && !edited.isEmpty()) edited.get(at)[1] = VALUES[r.nextInt(VALUES.length)];
                else if (op == 3 && edited.size() > 1) edited.add(edited.remove(at)); // moved to the end: same key, same value
                else if (!edited.isEmpty()) edited.get(at)[1] = edited.get(at)[1].equals("1") ? "1.0" : "1"; // other bytes
            }
            JsonDocument da = JsonDocument.load(JsonSource.of("{\"c\": " + object(base) + ", \"t\": 1}", "a.json"));
            JsonDocument db = JsonDocument.load(JsonSource.of("{\"c\": " + object(edited) + ", \"t\": 1}", "b.json"), da);
            SectionDiff d = SectionDiff.of(da.section("c"), db.section("c"));
            assertNotNull(d, "round " + round);
            aligned++;
            Map<String, JsonValue> ma = JsonDocument.load(JsonSource.of("{\"c\": " + object(base) + "}", "a.json")).section("c").entries();
            Map<String, JsonValue> mb = JsonDocument.load(JsonSource.of("{\"c\": " + object(edited) + "}", "b.json")).section("c").entries();
            assertEquals(new ArrayList<>(ma.keySet()), d.keysA(), "round " + round);
            List<String> removed = new ArrayList<>();
            for (String k : ma.keySet()) if (!mb.containsKey(k)) removed.add(k);
            List<String> added = new ArrayList<>();
            for (String k : mb.keySet()) if (!ma.containsKey(k)) added.add(k);
            assertEquals(removed, d.removed(), "round " + round);
            assertEquals(added, d.added(), "round " + round);
            Set<String> all = new LinkedHashSet<>(ma.keySet());
            all.addAll(mb.keySet());
            for (String k : all) {
                boolean sameBytes = ma.containsKey(k) && mb.containsKey(k) && ma.get(k).toString().equals(mb.get(k).toString());
                assertEquals(sameBytes, d.same(k), "round " + round + " key " + k);
                assertEquals(ma.containsKey(k), d.inA(k));
                assertEquals(mb.containsKey(k), d.inB(k));
                assertEquals(String.valueOf(ma.get(k)), String.valueOf(d.before(k)), "round " + round + " key " + k);
                assertEquals(String.valueOf(mb.get(k)), String.valueOf(d.after(k)), "round " + round + " key " + k);
            }
        }
        assertEquals(500, aligned);
    }

    @Test
    void duplicateKeysOrAnEditedSectionGiveNoAlignment() {
        JsonDocument a = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 2, \"x\": 3}}", "a.json"));
        JsonDocument b = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 2, \"x\": 3}}", "b.json"), a);
        assertNull(SectionDiff.of(a.section("c"), b.section("c")), "A holds x twice");

        JsonDocument a2 = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 2}}", "a.json"));
        JsonDocument b2 = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 2, \"x\": 5}}", "b.json"), a2);
        assertNull(SectionDiff.of(a2.section("c"), b2.section("c")), "B holds x twice");

        JsonDocument a3 = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 2}}", "a.json"));
        JsonDocument b3 = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1, \"y\": 3}}", "b.json"), a3);
        assertNotNull(SectionDiff.of(a3.section("c"), b3.section("c")));
        b3.section("c").put("z", JsonNumber.of(1));
        assertNull(SectionDiff.of(a3.section("c"), b3.section("c")), "an edited section is compared by its map");

        JsonDocument alone = JsonDocument.load(JsonSource.of("{\"c\": {\"x\": 1}}", "b.json"));
        assertNull(SectionDiff.of(a3.section("c"), alone.section("c")), "not scanned against A");
    }

    @Test
    void membersTakenOverAreEqualWithoutACompareAndRejoinedOnesAreCompared() {
        JsonDocument a = JsonDocument.load(JsonSource.of("{\"c\": {\"p\": 1, \"q\": [2], \"r\": 3, \"s\": 4}}", "a.json"));
        JsonDocument b = JsonDocument.load(JsonSource.of("{\"c\": {\"p\": 1, \"n\": 0, \"r\": 3, \"s\": 40}}", "b.json"), a);
        SectionDiff d = SectionDiff.of(a.section("c"), b.section("c"));
        assertEquals(List.of("q"), d.removed());
        assertEquals(List.of("n"), d.added());
        assertTrue(d.same("p"));
        assertTrue(d.same("r"), "scanned after the gap, then found equal by its bytes");
        assertFalse(d.same("s"));
        assertEquals(Set.of("q", "n", "s"), d.differing());
    }

    private static String object(List<String[]> members) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append('"').append(members.get(i)[0]).append("\": ").append(members.get(i)[1]);
        }
        return sb.append('}').toString();
    }
}
