package dev.storescope.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values in a {@link JsonStyle}. With {@link JsonStyle#PYTHON} the bytes equal Python's
 * {@code json.dumps} defaults (§2.1). {@link RawJson} values whose style matches are copied verbatim.
 */
public final class JsonWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final JsonStyle style;
    private final byte[] itemSep;
    private final byte[] keySep;

    public JsonWriter(OutputStream out, JsonStyle style) {
        this.out = out;
        this.style = style;
        this.itemSep = style.itemSeparator().getBytes(StandardCharsets.US_ASCII);
        this.keySep = style.keySeparator().getBytes(StandardCharsets.US_ASCII);
    }

    /** The value as a string in the given style. */
    public static String toJson(JsonValue v, JsonStyle style) {
        return new String(toBytes(v, style), StandardCharsets.UTF_8);
    }

    public static byte[] toBytes(JsonValue v, JsonStyle style) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try {
            new JsonWriter(bos, style).write(v, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Writes {@code v} as if it sits at nesting depth {@code depth} (matters for indented styles). */
    public void write(JsonValue v, int depth) throws IOException {
        if (v instanceof RawJson raw) {
            if (raw.verbatimFor(style, depth)) {
                raw.writeTo(out);
                return;
            }
            v = raw.resolve();
        }
        if (v instanceof JsonObject o) {
            writeObject(o.rawMembers(), depth);
        } else if (v instanceof JsonArray a) {
            writeArray(a.rawElements(), depth);
        } else if (v instanceof JsonString s) {
            writeString(s.value());
        } else if (v instanceof JsonNumber n) {
            writeAscii(style.pythonNumbers() ? n.pythonLexeme() : n.lexeme());
        } else if (v instanceof JsonBool b) {
            writeAscii(b.toString());
        } else {
            writeAscii("null");
        }
    }

    private void writeObject(Map<String, JsonValue> members, int depth) throws IOException {
        if (members.isEmpty()) {
            writeAscii("{}");
            return;
        }
        out.write('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> e : members.entrySet()) {
            if (!first) out.write(itemSep);
            first = false;
            newline(depth + 1);
            writeString(e.getKey());
            out.write(keySep);
            write(e.getValue(), depth + 1);
        }
        newline(depth);
        out.write('}');
    }

    private void writeArray(List<JsonValue> elements, int depth) throws IOException {
        if (elements.isEmpty()) {
            writeAscii("[]");
            return;
        }
        out.write('[');
        boolean first = true;
        for (JsonValue v : elements) {
            if (!first) out.write(itemSep);
            first = false;
            newline(depth + 1);
            write(v, depth + 1);
        }
        newline(depth);
        out.write(']');
    }

    private void newline(int depth) throws IOException {
        if (!style.isIndented()) return;
        out.write('\n');
        for (int i = 0, n = depth * style.indent(); i < n; i++) out.write(' ');
    }

    private void writeAscii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }

    /** A JSON string literal with the escapes of §2.1 (ensure_ascii) or §2.3 (raw UTF-8). */
    public void writeString(String s) throws IOException {
        out.write('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> { out.write('\\'); out.write('"'); }
                case '\\' -> { out.write('\\'); out.write('\\'); }
                case '\n' -> { out.write('\\'); out.write('n'); }
                case '\r' -> { out.write('\\'); out.write('r'); }
                case '\t' -> { out.write('\\'); out.write('t'); }
                case '\b' -> { out.write('\\'); out.write('b'); }
                case '\f' -> { out.write('\\'); out.write('f'); }
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.write(c);
                    } else if (c < 0x20 || style.ensureAscii()) {
                        unicodeEscape(c);
                    } else if (c < 0x80) {
                        out.write(c); // DEL is written raw by pydantic and JS
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        utf8(Character.toCodePoint(c, s.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(c); // a lone surrogate has no UTF-8 form
                    } else {
                        utf8(c);
                    }
                }
            }
        }
        out.write('"');
    }

    private void unicodeEscape(char c) throws IOException {
        out.write('\\');
        out.write('u');
        out.write(HEX[(c >> 12) & 0xf]);
        out.write(HEX[(c >> 8) & 0xf]);
        out.write(HEX[(c >> 4) & 0xf]);
        out.write(HEX[c & 0xf]);
    }

    private void utf8(int cp) throws IOException {
        Utf8.write(out, cp);
    }
}
