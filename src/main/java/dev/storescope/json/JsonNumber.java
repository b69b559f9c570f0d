package dev.storescope.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number that keeps its lexeme, so integers never pass through double and an untouched
 * number is written back as it was read. {@code NaN}, {@code Infinity} and {@code -Infinity} are
 * numbers here, as in Python.
 */
public final class JsonNumber implements JsonValue {
    private final String lexeme;

    private JsonNumber(String lexeme) {
        this.lexeme = lexeme;
    }

    /** A number from its JSON (or Python non-finite) lexeme, kept as is. */
    public static JsonNumber ofLexeme(String lexeme) {
        if (lexeme.isEmpty()) throw new IllegalArgumentException("empty number lexeme");
        return new JsonNumber(lexeme);
    }

    public static JsonNumber of(long v) {
        return new JsonNumber(Long.toString(v));
    }

    public static JsonNumber of(BigInteger v) {
        return new JsonNumber(v.toString());
    }

    /** A float, with the lexeme Python's {@code repr} gives it. */
    public static JsonNumber of(double v) {
        return new JsonNumber(PythonFloat.repr(v));
    }

    public String lexeme() {
        return lexeme;
    }

    /** True for a Python int (no fraction, no exponent, finite). */
    public boolean isInteger() {
        for (int i = 0; i < lexeme.length(); i++) {
            char c = lexeme.charAt(i);
            if (c == '.' || c == 'e' || c == 'E' || c == 'N' || c == 'I') return false;
        }
        return true;
    }

    public double doubleValue() {
        return switch (lexeme) {
            case "NaN" -> Double.NaN;
            case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(lexeme);
        };
    }

    public BigInteger bigIntegerValue() {
        return isInteger() ? new BigInteger(lexeme) : new BigDecimal(lexeme).toBigInteger();
    }

    public long longValue() {
        return isInteger() ? Long.parseLong(lexeme) : (long) doubleValue();
    }

    /** The lexeme Python's json.dump writes for the value this lexeme parses to. */
    public String pythonLexeme() {
        if (isInteger()) {
            return lexeme.startsWith("-0") || lexeme.startsWith("0") ? new BigInteger(lexeme).toString() : lexeme;
        }
        return PythonFloat.repr(doubleValue());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonNumber n)) return false;
        if (n.lexeme.equals(lexeme)) return true;
        if (isInteger() && n.isInteger()) return bigIntegerValue().equals(n.bigIntegerValue());
        if (isInteger() != n.isInteger()) return false;
        return Double.compare(doubleValue(), n.doubleValue()) == 0;
    }

    @Override
    public int hashCode() {
        return isInteger() ? bigIntegerValue().hashCode() : Double.hashCode(doubleValue());
    }

    @Override
    public String toString() {
        return lexeme;
    }
}
