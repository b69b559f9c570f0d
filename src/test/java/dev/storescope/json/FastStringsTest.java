package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The checker's string fast path decodes exactly what the parser decodes, and gives up where the parser would fail. */
class FastStringsTest {
    @Test
    void agreesWithTheParserOnRandomStringsInBothStyles() {
        Random rnd = new Random(5);
        String alphabet = "ab \"\\/\n\t\r\b\f\u0001é€😀\u2028\u00a0z";
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = sb.toString().replace("\uD83D", "").replace("\uDE00", "") + (n % 7 == 0 ? "😀" : "");
            for (JsonStyle style : new JsonStyle[] {JsonStyle.PYTHON, JsonStyle.COMPACT}) {
                byte[] json = JsonWriter.toBytes(JsonString.of(s), style);
                JsonSource src = JsonSource.of(json, "t");
                String expected = ((JsonString) JsonReader.parse(src, 0, json.length, "$")).value();
                assertEquals(expected, FastStrings.decode(src, 0, json.length), new String(json, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void givesUpOnBadEscapesAndBadUtf8() {
        assertNull(FastStrings.decode(JsonSource.of("\"a\\qb\"", "t"), 0, 6));
        assertNull(FastStrings.decode(JsonSource.of("\"\\u12\"", "t"), 0, 6));
        byte[] latin1 = {'"', 'c', 'a', 'f', (byte) 0xE9, '"'};
        assertNull(FastStrings.decode(JsonSource.of(latin1, "t"), 0, latin1.length));
        assertEquals("caf\uFFFD", FastStrings.decode(JsonSource.of("\"caf\uFFFD\"", "t"), 0, "\"caf\uFFFD\"".getBytes(StandardCharsets.UTF_8).length));
    }
}
