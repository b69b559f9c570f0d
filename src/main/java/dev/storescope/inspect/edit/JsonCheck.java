package dev.storescope.inspect.edit;

import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.json.JsonValue;

import java.nio.charset.StandardCharsets;

/**
 * The result of checking editor text with the library's reader (exactly Python's {@code json}
 * grammar, NaN and Infinity included). On error: the char offset into the text (for underlining),
 * 1-based line and column in chars, and the reader's message with the JSON path reached.
 */
public record JsonCheck(boolean ok, JsonValue value, int offset, int line, int column, String message) {

    public static JsonCheck of(String text) {
        try {
            return new JsonCheck(true, JsonReader.parse(text, "editor"), -1, 0, 0, null);
        } catch (JsonSyntaxException e) {
            int off = charOffset(text, e.offset());
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < off && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String msg = e.detail() + (e.path() == null || e.path().equals("$") ? "" : " (at " + e.path() + ")");
            return new JsonCheck(false, null, off, line, off - lineStart + 1, msg);
        }
    }

    /** A failed check for a shape problem (valid JSON, wrong kind of value), located at the start. */
    static JsonCheck shape(String message) {
        return new JsonCheck(false, null, 0, 1, 1, message);
    }

    /** The char index of a UTF-8 byte offset into {@code text}. */
    static int charOffset(String text, long byteOffset) {
        long bytes = 0;
        int i = 0;
        while (i < text.length() && bytes < byteOffset) {
            int cp = text.codePointAt(i);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        return i;
    }

    @Override
    public String toString() {
        return ok ? "ok" : "line " + line + ", column " + column + ": " + message;
    }
}
