package dev.storescope.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** The fast path for arrays of numbers accepts exactly the arrays the validating path accepts (structure-wise). */
class JsonScannerNumberArrayTest {
    @ParameterizedTest
    @ValueSource(strings = {"[1]", "[1, 2]", "[-0.5,1e-07,NaN,Infinity,-Infinity]", "[ 1 ,\n 2 ]", "{\"a\": [1, 2], \"b\": [[1], [2, 3]]}",
            "[1, \"x\"]", "[1, [2]]", "[1, {\"a\": 2}]", "[1, null, true]"})
    void validArraysScan(String text) {
        JsonSource s = JsonSource.of(text, "t");
        assertEquals(text.length(), new JsonScanner(s).rootRange()[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,]", "[1 2]", "[,1]", "[1,,2]", "{\"a\": [1, 2,]}", "[1, 2", "{\"a\": [0.1, 0.2"})
    void malformedArraysAreRejectedAtLoad(String text) {
        JsonSource s = JsonSource.of(text, "t");
        assertThrows(JsonSyntaxException.class, () -> new JsonScanner(s).rootRange());
    }

    private static final String[] NUMBERS = {"0.0", "-0.028945207727991015", "1e-05", "-1.5E+10", "42", "0", "NaN", "-Infinity", "3.25"};
    /** Separators and whether they are valid between two numbers. */
    private static final String[][] SEPARATORS = {{", ", "y"}, {",", "y"}, {" , ", "y"}, {",\n  ", "y"}, {",  ", "y"},
            {" ,", "y"}, {",,", "n"}, {" ", "n"}, {", ,", "n"}, {"x", "n"}, {", ]", "n"}};

    /**
     * Long arrays (the 8-byte word path at every alignment) with a random separator mix: the scan
     * accepts exactly the arrays whose separators are all valid, and ends where the array ends.
     */
    @Test
    void wordPathAgreesWithTheGrammarOnRandomArrays() {
        java.util.Random rnd = new java.util.Random(7);
        for (int round = 0; round < 4000; round++) {
            StringBuilder sb = new StringBuilder("{\"k\": [");
            if (rnd.nextInt(8) == 0) sb.append(' ');
            boolean valid = true;
            int n = 1 + rnd.nextInt(60);
            int bad = rnd.nextInt(3) == 0 ? rnd.nextInt(n) : -1;
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    String[] sep = k == bad ? SEPARATORS[rnd.nextInt(SEPARATORS.length)] : SEPARATORS[rnd.nextInt(6)];
                    sb.append(sep[0]);
                    if (sep[1].equals("n")) valid = false;
                }
                sb.append(NUMBERS[rnd.nextInt(NUMBERS.length)]);
            }
            if (rnd.nextInt(8) == 0) sb.append(rnd.nextBoolean() ? " " : ",");
            if (sb.charAt(sb.length() - 1) == ',') valid = false;
            sb.append("], \"z\": 1}");
            String text = sb.toString();
            JsonSource s = JsonSource.of(text, "t");
            if (valid) {
                try {
                    assertEquals(text.length(), new JsonScanner(s).rootRange()[1], text);
                } catch (JsonSyntaxException e) {
                    fail("rejected a valid array: " + text + ": " + e.getMessage());
                }
            } else {
                assertThrows(JsonSyntaxException.class, () -> new JsonScanner(s).rootRange(), text);
            }
        }
    }

    /**
     * The 8-byte word test against the byte loop: Python-shaped arrays of digit tokens with one
     * or two bytes changed to a separator, a bracket or a stray byte, at every alignment. The scan
     * accepts exactly what the full parser accepts and ends at the same offset, so the word test
     * lets through no byte the byte loop would stop at.
     */
    @Test
    void wordTestAgreesWithTheParserOnMutatedArrays() {
        java.util.Random rnd = new java.util.Random(11);
        char[] mutations = {',', ' ', '\n', ']', '[', '/', 'x', '9', '"', '.', '-', '\t'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder("{\"k\": [");
            int n = 1 + rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (k > 0) sb.append(rnd.nextInt(5) == 0 ? "," : ", ");
                for (int d = 1 + rnd.nextInt(19); d > 0; d--) sb.append((char) ('1' + rnd.nextInt(9)));
            }
            sb.append("], \"z\": [1, 2]}");
            int from = "{\"k\": [".length();
            int to = sb.indexOf("]");
            for (int m = rnd.nextInt(3); m > 0; m--) sb.setCharAt(from + rnd.nextInt(to - from), mutations[rnd.nextInt(mutations.length)]);
            String text = sb.toString();
            boolean parses;
            try {
                JsonReader.parse(text, "t");
                parses = true;
            } catch (JsonSyntaxException e) {
                parses = false;
            }
            JsonSource s = JsonSource.of(text, "t");
            if (parses) {
                assertEquals(text.length(), new JsonScanner(s).rootRange()[1], text);
            } else if (!text.contains(".") && !text.contains("-")) { // '.' and '-' make bad number tokens, which the scan leaves to the parse
                assertThrows(JsonSyntaxException.class, () -> new JsonScanner(s).rootRange(), text);
            }
        }
    }
}
