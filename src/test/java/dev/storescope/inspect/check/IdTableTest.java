package dev.storescope.inspect.check;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdTableTest {
    private static int intern(IdTable t, String s) {
        byte[] b = ("\"" + s + "\"").getBytes(StandardCharsets.ISO_8859_1);
        return t.intern(b, 1, b.length - 2); // a slice of a larger array, as the scanner's window gives it
    }

    @Test
    void equalStringsGetOneNumberAndEveryNumberItsString() {
        IdTable t = new IdTable();
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < 50_000; k++) { // many rehashes, ids of every length from 0 to 40
            String s = k % 7 == 0 ? "n" + k : UUID.nameUUIDFromBytes(new byte[] {(byte) k, (byte) (k >> 8)}).toString().substring(k % 37);
            int id = intern(t, s);
            Integer before = seen.putIfAbsent(s, id);
            if (before != null) assertEquals(before, id, s);
            assertEquals(id, t.find(s), s);
        }
        assertEquals(seen.size(), t.size());
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            assertEquals(e.getValue(), t.find(e.getKey()));
            assertEquals(e.getKey(), t.string(e.getValue()));
            assertTrue(t.equals(e.getValue(), e.getKey()));
            assertEquals(e.getKey().length(), t.length(e.getValue()));
        }
    }

    @Test
    void findsNothingItNeverInterned() {
        IdTable t = new IdTable();
        int a = intern(t, "abc");
        intern(t, "");
        assertEquals(-1, t.find("abd"));
        assertEquals(-1, t.find("ab"));
        assertEquals(-1, t.find("abc\u00e9"));
        assertEquals(-1, t.find("caf\u00e9"));
        assertFalse(t.equals(a, "abcd"));
        assertEquals(1, t.find(""));
        assertEquals('b', t.byteAt(a, 1));
    }
}
