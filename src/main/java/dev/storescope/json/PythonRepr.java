package dev.storescope.json;

import java.math.BigInteger;
import java.util.Map;

/**
 * Python's {@code repr()} and {@code str()} of the value {@code json.loads} gives for a JSON value
 * (spec §4.8): dict/list syntax with {@code ", "} and {@code ": "}, Python string quoting and
 * escaping (non-printable characters as {@code \xhh}, {@code \\uhhhh}, {@code \Uhhhhhhhh}),
 * unbounded ints, floats as {@code repr(float)} ({@code nan}, {@code inf}), {@code True},
 * {@code False}, {@code None}. LlamaIndex hashes {@code str(metadata)} this way.
 */
public final class PythonRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonRepr() {
    }

    /** {@code repr(json.loads(v))}. */
    public static String repr(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    /** {@code str(json.loads(v))}: a string is its own text, everything else its repr. */
    public static String str(JsonValue v) {
        JsonValue r = v == null ? JsonNull.INSTANCE : v.resolve();
        return r instanceof JsonString s ? s.value() : repr(r);
    }

    /** {@code repr(s)} of a Python str (Java lone surrogates are Python lone surrogates). */
    public static String reprString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendString(sb, s);
        return sb.toString();
    }

    /** Python's {@code str.isprintable()} for one code point (Unicode tables of this JDK). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void append(StringBuilder sb, JsonValue v) {
        JsonValue r = v == null ? JsonNull.INSTANCE : v.resolve();
        if (r instanceof JsonObject o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.rawMembers().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                appendString(sb, e.getKey());
                sb.append(": ");
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (r instanceof JsonArray a) {
            sb.append('[');
            boolean first = true;
            for (JsonValue e : a.rawElements()) {
                if (!first) sb.append(", ");
                first = false;
                append(sb, e);
            }
            sb.append(']');
        } else if (r instanceof JsonString s) {
            appendString(sb, s.value());
        } else if (r instanceof JsonNumber n) {
            sb.append(n.isInteger() ? new BigInteger(n.lexeme()).toString() : PythonFloat.pyRepr(n.doubleValue()));
        } else if (r instanceof JsonBool b) {
            sb.append(b.value() ? "True" : "False");
        } else {
            sb.append("None");
        }
    }

    private static void appendString(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        sb.append(quote);
    }

    private static void hex(StringBuilder sb, String prefix, int cp, int digits) {
        sb.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) sb.append(HEX[(cp >> shift) & 0xf]);
    }
}
