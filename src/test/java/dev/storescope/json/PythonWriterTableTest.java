package dev.storescope.json;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JsonWriter} against Python's own {@code json.dumps}: every row of
 * {@code expected/json/writer_table.tsv} (generated once by {@code python/writer_table.py}) holds an
 * input and Python's exact output with default settings and with {@code indent=2}; the value rebuilt
 * in Java must serialize to the same bytes with {@link JsonStyle#PYTHON} and {@code indented(2, true)}.
 */
class PythonWriterTableTest {

    record Row(String name, String kind, String input, String dumps, String indent2) {
        JsonValue value() {
            if (kind.equals("float")) return JsonNumber.of(Double.longBitsToDouble(Long.parseUnsignedLong(input, 16)));
            return JsonReader.parse(input, "writer_table.tsv: " + name);
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PythonWriterTableTest.class.getResourceAsStream("/expected/json/writer_table.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, line);
                rows.add(new Row(f[0], f[1], f[2], f[3], new String(Base64.getDecoder().decode(f[4]), StandardCharsets.US_ASCII)));
            }
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> defaultSettingsMatchPythonByteForByte() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            byte[] actual = JsonWriter.toBytes(row.value(), JsonStyle.PYTHON);
            assertEquals(row.dumps(), new String(actual, StandardCharsets.ISO_8859_1), row.name() + " / input " + row.input());
            for (byte b : actual) assertTrue(b >= 0, "ensure_ascii output must be pure ASCII");
        }));
    }

    @TestFactory
    Stream<DynamicTest> indent2MatchesPythonByteForByte() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            byte[] actual = JsonWriter.toBytes(row.value(), JsonStyle.indented(2, true));
            assertEquals(row.indent2(), new String(actual, StandardCharsets.ISO_8859_1), row.name() + " / input " + row.input());
        }));
    }

    @Test
    void tableCoversTheSpecWorkedList() throws IOException {
        // guards against a truncated table silently shrinking the test
        List<Row> rows = rows();
        assertTrue(rows.size() >= 80, "rows: " + rows.size());
        Row worked = rows.stream().filter(r -> r.name().equals("worked list as array")).findFirst().orElseThrow();
        assertEquals("[0.1, 1e-05, 0.0001, 1.0, -0.0, 1e+16, 1234567890123456.0, 1.2345678901234568e+16, 1.5e-07, "
                + "123456789.123, 2.5e+300, Infinity, -Infinity, NaN, 0.30000000000000004, 100.0, 1e+22]", worked.dumps());
    }

    @Test
    void pythonFloatReprOfTheWorkedListFromDoubles() {
        double[] in = {0.1, 1e-05, 0.0001, 1.0, -0.0, 1e+16, 1234567890123456.0, 1.2345678901234568e+16, 1.5e-07,
                123456789.123, 2.5e+300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.1 + 0.2, 100.0, 1e+22};
        List<JsonValue> l = new ArrayList<>();
        for (double d : in) l.add(JsonNumber.of(d));
        assertEquals("[0.1, 1e-05, 0.0001, 1.0, -0.0, 1e+16, 1234567890123456.0, 1.2345678901234568e+16, 1.5e-07, "
                + "123456789.123, 2.5e+300, Infinity, -Infinity, NaN, 0.30000000000000004, 100.0, 1e+22]",
                JsonWriter.toJson(JsonArray.of(l), JsonStyle.PYTHON));
    }
}
