package dev.storescope.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses a slice into a value tree with Jackson's streaming parser, accepting what Python's
 * {@code json.load} accepts ({@code NaN}, {@code Infinity}, duplicate keys: last value wins at the
 * first key's position) and keeping number lexemes.
 */
public final class JsonReader {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(100_000)
                    .maxNestingDepth(5_000)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private JsonReader() {
    }

    /** Parses {@code source[start, end)}, which must hold exactly one value (whitespace allowed around it). */
    public static JsonValue parse(JsonSource source, int start, int end, String path) {
        byte[] bytes = source.bytes(start, end);
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonValue v = read(p, p.nextToken());
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw source.error(start + (int) p.currentTokenLocation().getByteOffset(), path, "extra data after the value");
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int off = loc == null || loc.getByteOffset() < 0 ? end : start + (int) Math.min(loc.getByteOffset(), end - start);
            String inner = e instanceof ObjectLevelError ole ? contextPath(ole.object.getParent(), path)
                    : e.getProcessor() instanceof JsonParser jp ? contextPath(jp.getParsingContext(), path) : path;
            throw source.error(off, inner, e.getOriginalMessage());
        } catch (IOException e) {
            throw source.error(start, path, e.getMessage());
        }
    }

    /**
     * Parses a whole document given as text (user input, a double-encoded string). The grammar is
     * first checked by {@link JsonScanner}, so exactly what Python accepts is accepted.
     */
    public static JsonValue parse(String text, String label) {
        return parseDocument(JsonSource.of(text, label));
    }

    public static JsonValue parse(byte[] bytes, String label) {
        return parseDocument(JsonSource.of(bytes, label));
    }

    private static JsonValue parseDocument(JsonSource s) {
        int[] range = new JsonScanner(s).rootRange();
        return parse(s, range[0], range[1], JsonPath.ROOT);
    }

    private static JsonValue read(JsonParser p, JsonToken t) throws IOException {
        if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "Expecting value (empty input)");
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
                while ((t = nextName(p)) != JsonToken.END_OBJECT) {
                    String k = p.currentName();
                    m.put(k, read(p, p.nextToken()));
                }
                return JsonObject.of(m);
            }
            case START_ARRAY: {
                List<JsonValue> l = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) l.add(read(p, t));
                return JsonArray.of(l);
            }
            case VALUE_STRING:
                return JsonString.of(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonNumber.ofLexeme(p.getText());
            case VALUE_TRUE:
                return JsonBool.TRUE;
            case VALUE_FALSE:
                return JsonBool.FALSE;
            case VALUE_NULL:
                return JsonNull.INSTANCE;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + t);
        }
    }

    /**
     * The next member name or the closing brace. An error here (trailing comma, truncation after a
     * member) belongs to the object itself, not to its previous member, whose name Jackson still holds.
     */
    private static JsonToken nextName(JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            // Jackson parses the value right after the name: then the current token is already FIELD_NAME
            if (p.currentToken() == JsonToken.FIELD_NAME) throw e;
            throw new ObjectLevelError(e, p.getParsingContext());
        }
    }

    private static final class ObjectLevelError extends JsonProcessingException {
        final transient JsonStreamContext object;

        ObjectLevelError(JsonProcessingException cause, JsonStreamContext object) {
            super(cause.getOriginalMessage(), cause.getLocation(), cause);
            this.object = object;
        }
    }

    static String contextPath(JsonStreamContext ctx, String prefix) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) parts.push(JsonPath.key("", c.getCurrentName()));
            else if (c.inArray()) parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
        }
        StringBuilder sb = new StringBuilder(prefix);
        for (String s : parts) sb.append(s);
        return sb.toString();
    }
}
