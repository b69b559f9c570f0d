package dev.storescope.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
