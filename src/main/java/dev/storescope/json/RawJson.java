package dev.storescope.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An unparsed value: a byte range of a {@link JsonSource}. It is parsed on {@link #resolve()} and
 * written back byte for byte while nobody replaces it.
 */
public final class RawJson implements JsonValue {
    private final JsonSource source;
    private final int start;
    private final int end;
    private final JsonStyle style;
    private final int depth;
    private final String parentPath;
    private final String key;

    public RawJson(JsonSource source, int start, int end, JsonStyle style, int depth, String path) {
        this(source, start, end, style, depth, path, null);
    }

    /** A member value: its path ({@code parentPath["key"]}) is built only when a message needs it. */
    public RawJson(JsonSource source, int start, int end, JsonStyle style, int depth, String parentPath, String key) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.style = style;
        this.depth = depth;
        this.parentPath = parentPath;
        this.key = key;
    }

    @Override
    public JsonValue resolve() {
        return JsonReader.parse(source, start, end, path());
    }

    public JsonSource source() { return source; }
    public int start() { return start; }
    public int end() { return end; }
    public int length() { return end - start; }
    public JsonStyle style() { return style; }
    public int depth() { return depth; }
    public String path() { return key == null ? parentPath : JsonPath.key(parentPath, key); }

    /** The first byte of the value: tells its kind without parsing. */
    public byte firstByte() {
        return source.get(start);
    }

    public boolean isObject() {
        return firstByte() == '{';
    }

    /** Can these bytes stand unchanged in output of {@code target} style at {@code atDepth}? */
    public boolean verbatimFor(JsonStyle target, int atDepth) {
        return style.equals(target) && (!target.isIndented() || atDepth == depth);
    }

    public byte[] bytes() {
        return source.bytes(start, end);
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public void writeTo(OutputStream out) throws IOException {
        source.copyTo(out, start, end);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof RawJson r) return resolve().equals(r.resolve());
        return o instanceof JsonValue v && resolve().equals(v);
    }

    @Override
    public int hashCode() {
        return resolve().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
