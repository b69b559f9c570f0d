package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link JsonReader} accepts and keeps: Python's leniencies, exact number lexemes, dict semantics. */
class JsonReaderTest {

    private static JsonValue parse(String text) {
        return JsonReader.parse(text, "test");
    }

    @Test
    void nonFiniteTokensAreNumbersAsInPython() {
        JsonArray a = (JsonArray) parse("[NaN, Infinity, -Infinity]");
        assertTrue(Double.isNaN(((JsonNumber) a.get(0)).doubleValue()));
        assertEquals(Double.POSITIVE_INFINITY, ((JsonNumber) a.get(1)).doubleValue());
        assertEquals(Double.NEGATIVE_INFINITY, ((JsonNumber) a.get(2)).doubleValue());
        assertFalse(((JsonNumber) a.get(0)).isInteger());
        assertEquals(List.of("NaN", "Infinity", "-Infinity"), a.values().stream().map(v -> ((JsonNumber) v).lexeme()).toList());
        assertEquals("[NaN, Infinity, -Infinity]", JsonWriter.toJson(a, JsonStyle.PYTHON));
    }

    @Test
    void numberLexemesAreKeptExactly() {
        String text = "[1e-7, 1.50, 123456789012345678901234567890, -0, 1E+2, 0.1000, -0.0, 5e-324, 1e400]";
        JsonArray a = (JsonArray) parse(text);
        assertEquals(List.of("1e-7", "1.50", "123456789012345678901234567890", "-0", "1E+2", "0.1000", "-0.0", "5e-324", "1e400"),
                a.values().stream().map(v -> ((JsonNumber) v).lexeme()).toList());
        // compact style (pydantic / JS files) writes the lexemes back untouched
        assertEquals(text.replace(", ", ","), JsonWriter.toJson(a, JsonStyle.COMPACT));
        // Python style re-formats as json.loads + json.dumps would
        assertEquals("[1e-07, 1.5, 123456789012345678901234567890, 0, 100.0, 0.1, -0.0, 5e-324, Infinity]",
                JsonWriter.toJson(a, JsonStyle.PYTHON));
    }

    @Test
    void bigIntegersNeverPassThroughDouble() {
        JsonNumber n = (JsonNumber) parse("123456789012345678901234567891");
        assertTrue(n.isInteger());
        assertEquals(new BigInteger("123456789012345678901234567891"), n.bigIntegerValue());
        assertEquals("123456789012345678901234567891", n.pythonLexeme());
        JsonNumber neg = (JsonNumber) parse("-9223372036854775809");
        assertEquals(new BigInteger("-9223372036854775809"), neg.bigIntegerValue());
        assertEquals("-9223372036854775809", JsonWriter.toJson(neg, JsonStyle.PYTHON));
    }

    @Test
    void duplicateKeysLastValueAtFirstPosition() {
        JsonObject o = (JsonObject) parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertEquals(List.of("a", "b"), List.copyOf(o.keys()));
        assertEquals(JsonNumber.of(3), o.get("a"));
        // Python: json.dumps(json.loads(...)) == '{"a": 3, "b": 2}'
        assertEquals("{\"a\": 3, \"b\": 2}", o.toString());
        JsonObject nested = (JsonObject) parse("{\"x\": {\"k\": [1], \"j\": 0, \"k\": {\"z\": true}}}");
        assertEquals("{\"x\": {\"k\": {\"z\": true}, \"j\": 0}}", nested.toString());
    }

    @Test
    void utf8BomIsToleratedInBytes() {
        byte[] body = "{\"caf\u00e9\": [1]}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        JsonObject o = (JsonObject) JsonReader.parse(withBom, "bom.json");
        assertEquals(List.of("caf\u00e9"), List.copyOf(o.keys()));
        assertTrue(JsonSource.of(withBom, "bom.json").hasBom());
        assertEquals(3, JsonSource.of(withBom, "bom.json").bodyStart());
    }

    @Test
    void stringsDecodeEscapesSurrogatesAndRawUtf8() {
        assertEquals("\ud800x", ((JsonString) parse("\"\\ud800x\"")).value());
        assertEquals("\udc00", ((JsonString) parse("\"\\udc00\"")).value());
        assertEquals("\ud83d\ude00", ((JsonString) parse("\"\\ud83d\\ude00\"")).value());
        assertEquals("\ud83d\ude00 \u00e9", ((JsonString) parse("\"\ud83d\ude00 \u00e9\"")).value());
        assertEquals("a/b\u007f", ((JsonString) parse("\"a\\/b\u007f\"")).value()); // DEL is legal raw, as in Python
        assertEquals("\u00e9\u001f", ((JsonString) parse("\"\\u00E9\\u001f\"")).value());
    }

    @Test
    void whitespaceAroundTheValueIsAllowed() {
        assertEquals(JsonObject.EMPTY, parse(" \r\n\t{} \n"));
        assertInstanceOf(JsonNull.class, parse("null"));
    }
}
