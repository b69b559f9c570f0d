package dev.storescope.json;

import java.nio.ByteBuffer;

/**
 * How a file writes JSON, so changed values are written in the file's own style (spec §2).
 *
 * @param itemSeparator   between members/elements ({@code ", "} Python, {@code ","} compact or indented)
 * @param keySeparator    between key and value ({@code ": "} or {@code ":"})
 * @param indent          spaces per level, or -1 for one-line output
 * @param ensureAscii     escape every non-ASCII character as {@code \\uXXXX} (Python default)
 * @param pythonNumbers   write floats as Python {@code repr} would (else keep their lexemes)
 */
public record JsonStyle(String itemSeparator, String keySeparator, int indent, boolean ensureAscii, boolean pythonNumbers) {

    /** Python {@code json.dump} defaults: docstore, index store, vector and graph store, chat store before 2026. */
    public static final JsonStyle PYTHON = new JsonStyle(", ", ": ", -1, true, true);
    /** pydantic v2 {@code model_dump_json()} and JS {@code JSON.stringify}: no spaces, raw UTF-8, lexemes kept. */
    public static final JsonStyle COMPACT = new JsonStyle(",", ":", -1, false, false);

    /** Python {@code json.dump(indent=n)} (also close to prettier-formatted files). */
    public static JsonStyle indented(int n, boolean ensureAscii) {
        return new JsonStyle(",", ": ", n, ensureAscii, ensureAscii);
    }

    public boolean isIndented() {
        return indent >= 0;
    }

    public String name() {
        if (equals(PYTHON)) return "python-json";
        if (equals(COMPACT)) return "compact";
        return "indent-" + indent + (ensureAscii ? "" : "-utf8");
    }

    /** Detect the style of the JSON text in {@code buf[start, end)}; Python's for empty or scalar text. */
    public static JsonStyle detect(ByteBuffer buf, int start, int end) {
        int i = start;
        while (i < end && isWs(buf.get(i))) i++;
        if (i >= end || (buf.get(i) != '{' && buf.get(i) != '[')) return PYTHON;
        i++;
        int j = i;
        while (j < end && (buf.get(j) == ' ' || buf.get(j) == '\t')) j++;
        if (j < end && (buf.get(j) == '\n' || buf.get(j) == '\r')) {
            while (j < end && (buf.get(j) == '\n' || buf.get(j) == '\r')) j++;
            int k = j;
            while (k < end && buf.get(k) == ' ') k++;
            if (k < end && (buf.get(k) == '}' || buf.get(k) == ']')) return PYTHON;
            boolean ascii = true;
            int probe = Math.min(end, start + (1 << 20));
            for (int p = start; p < probe && ascii; p++) if (buf.get(p) < 0) ascii = false;
            return indented(k - j, ascii);
        }
        // one-line: look at the first ':' or ',' outside strings
        boolean inString = false;
        for (int p = i; p < end; p++) {
            byte b = buf.get(p);
            if (inString) {
                if (b == '\\') p++;
                else if (b == '"') inString = false;
            } else if (b == '"') {
                inString = true;
            } else if (b == ':' || b == ',') {
                return p + 1 < end && buf.get(p + 1) == ' ' ? PYTHON : COMPACT;
            }
        }
        return PYTHON;
    }

    static boolean isWs(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
