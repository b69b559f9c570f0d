package dev.storescope.json;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PythonRepr against Python 3.11's repr()/str() (expectations from src/test/resources/python/python_repr_cases.py). */
class PythonReprTest {

    static JsonArray cases() throws IOException {
        try (InputStream in = PythonReprTest.class.getResourceAsStream("/expected/docstore/python_repr_cases.json")) {
            return (JsonArray) JsonReader.parse(in.readAllBytes(), "python_repr_cases.json");
        }
    }

    @TestFactory
    List<DynamicTest> matchesPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue c : cases().values()) {
            JsonObject o = (JsonObject) c;
            String json = o.getString("json");
            tests.add(DynamicTest.dynamicTest(json, () -> {
                JsonValue v = JsonReader.parse(json, "case");
                assertEquals(o.getString("repr"), PythonRepr.repr(v));
                assertEquals(o.getString("str"), PythonRepr.str(v));
            }));
        }
        return tests;
    }

    @Test
    void specExampleDict() {
        JsonValue v = JsonReader.parse("{\"file_name\": \"a.txt\", \"page\": 1, \"score\": 0.5, \"tags\": [\"x\", \"y\"], \"ok\": true,"
                + " \"none\": null, \"q\": \"it's\", \"qq\": \"say \\\"hi\\\"\", \"both\": \"it's \\\"x\\\"\", \"uni\": \"h\\u00e9llo\\u200b\"}", "t");
        assertEquals("{'file_name': 'a.txt', 'page': 1, 'score': 0.5, 'tags': ['x', 'y'], 'ok': True, 'none': None, "
                + "'q': \"it's\", 'qq': 'say \"hi\"', 'both': 'it\\'s \"x\"', 'uni': 'h\u00e9llo\\u200b'}", PythonRepr.repr(v));
    }

    @Test
    void stringQuotingAndEscapes() {
        assertEquals("\"it's\"", PythonRepr.reprString("it's"));
        assertEquals("'\\x00\\x1f\\x7f\\x80\\xa0\\xad'", PythonRepr.reprString("\u0000\u001f\u007f\u0080\u00a0\u00ad"));
        assertEquals("'\\ud800'", PythonRepr.reprString("\ud800"));
        assertEquals("'\uD83D\uDE00'", PythonRepr.reprString("\uD83D\uDE00"));
        assertEquals("'\\U000e0001'", PythonRepr.reprString(new String(Character.toChars(0xE0001))));
        assertEquals("'\u65e5'", PythonRepr.reprString("\u65e5"));
        assertTrue(PythonRepr.isPrintable('\u00e9'));
        assertFalse(PythonRepr.isPrintable('\u200b'));
    }

    @Test
    void numbersAndLiterals() {
        assertEquals("123456789012345678901234567890", PythonRepr.repr(JsonNumber.ofLexeme("123456789012345678901234567890")));
        assertEquals("0", PythonRepr.repr(JsonNumber.ofLexeme("-0")));
        assertEquals("1e-05", PythonRepr.repr(JsonNumber.ofLexeme("0.00001")));
        assertEquals("100000.0", PythonRepr.repr(JsonNumber.ofLexeme("1E5")));
        assertEquals("nan", PythonRepr.repr(JsonNumber.ofLexeme("NaN")));
        assertEquals("-inf", PythonRepr.repr(JsonNumber.ofLexeme("-Infinity")));
        assertEquals("True", PythonRepr.repr(JsonBool.TRUE));
        assertEquals("None", PythonRepr.repr(JsonNull.INSTANCE));
        assertEquals("abc", PythonRepr.str(JsonString.of("abc")));
        assertEquals("'abc'", PythonRepr.repr(JsonString.of("abc")));
    }
}
