package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyIndexTest {
    @Test
    void findsTheFirstPositionOfEveryKeyAsAHashMapWould() {
        Random r = new Random(9);
        for (int round = 0; round < 200; round++) {
            List<JsonScanner.Member> members = new ArrayList<>();
            Map<String, Integer> expected = new HashMap<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                String k = r.nextInt(4) == 0 ? (r.nextBoolean() ? "Aa" : "BB") + r.nextInt(3) : "k" + r.nextInt(n + 1); // "Aa", "BB": one hash
                members.add(new JsonScanner.Member(k, i, i + 1));
                expected.putIfAbsent(k, i);
            }
            KeyIndex idx = KeyIndex.of(members);
            for (Map.Entry<String, Integer> e : expected.entrySet()) assertEquals(e.getValue(), idx.get(e.getKey()));
            assertEquals(-1, idx.get("absent"));
            assertEquals(expected.size() < members.size(), idx.hasDuplicates());
        }
        assertFalse(KeyIndex.of(List.of()).contains("x"));
        assertTrue(KeyIndex.of(List.of(new JsonScanner.Member("x", 0, 1))).contains("x"));
    }
}
