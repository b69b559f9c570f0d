package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The two-thread scan of a big object gives exactly the sequential scan's members, end and first
 * error, wherever its guess of a member start near the middle lands: on a real member, inside a
 * nested object, inside a string, or nowhere.
 */
class SplitScanTest {
    private static String object(Random rnd, int members) {
        StringBuilder sb = new StringBuilder("{");
        for (int m = 0; m < members; m++) {
            if (m > 0) sb.append(rnd.nextBoolean() ? ", " : ",\n  ");
            sb.append('"').append("id-").append(m).append(rnd.nextInt(5) == 0 ? "\\\", \\\"x\\\": " : "").append("\": ");
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    sb.append('[');
                    for (int k = 0; k < 1 + rnd.nextInt(20); k++) sb.append(k > 0 ? ", " : "").append(rnd.nextGaussian());
                    sb.append(']');
                }
                case 1 -> sb.append("{\"__data__\": {\"id_\": \"n").append(m).append("\", \"text\": \"a, \\\"quoted\\\": b\", \"k\": [1, {\"z\": null}]}, \"__type__\": \"1\"}");
                case 2 -> sb.append("\"text with , \\\"fake\\\": member\"");
                default -> sb.append(rnd.nextInt(1000));
            }
        }
        return sb.append("}").toString();
    }

    private static void assertSame(String text) {
        JsonSource s = JsonSource.of(text, "t");
        JsonScanner.ObjectScan seq = new JsonScanner(s).scanObject(0, "$");
        JsonScanner.ObjectScan split = SplitScan.scan(new JsonScanner(s), 0, "$");
        assertEquals(seq.members(), split.members());
        assertEquals(seq.end(), split.end());
    }

    @Test
    void sameMembersAsTheSequentialScanWhereverTheGuessLands() {
        Random rnd = new Random(11);
        for (int round = 0; round < 300; round++) assertSame(object(rnd, 1 + rnd.nextInt(400)));
        assertSame("{}");
        assertSame("{\"a\": 1}");
        assertSame("{\"a\": [1, 2], \"b\": [3]}");
    }

    @Test
    void theFirstErrorIsTheSequentialScansInEitherHalf() {
        Random rnd = new Random(5);
        for (int round = 0; round < 100; round++) {
            String ok = object(rnd, 50 + rnd.nextInt(200));
            int at = ok.indexOf(", \"", rnd.nextInt(ok.length() - 10));
            if (at < 0) continue;
            String bad = ok.substring(0, at) + ",, " + ok.substring(at + 2);
            JsonSource s = JsonSource.of(bad, "t");
            JsonSyntaxException seq = assertThrows(JsonSyntaxException.class, () -> new JsonScanner(s).scanObject(0, "$"));
            JsonSyntaxException split = assertThrows(JsonSyntaxException.class, () -> SplitScan.scan(new JsonScanner(s), 0, "$"));
            assertEquals(seq.getMessage(), split.getMessage(), bad);
        }
    }
}
