package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the layout of a {@code chat_store.json}: the encoding (double-encoded string or object),
 * the JSON style, the bytes around the value, the top-level members and the sessions as byte
 * ranges. Rejects JSON that is not a SimpleChatStore.
 */
final class ChatStoreFile {
    static final String EXPECTED = "expected a SimpleChatStore: a JSON object {\"store\": {<chat key>: [<message>, ...]}, "
            + "\"class_name\": \"SimpleChatStore\"} (or a JSON string holding one)";

    final JsonSource source;
    final ChatStoreEncoding encoding;
    final JsonStyle style;
    final boolean outerAscii;
    final byte[] leading;
    final byte[] trailing;
    final LinkedHashMap<String, JsonValue> topMembers = new LinkedHashMap<>();
    final LinkedHashMap<String, ChatSession> sessions = new LinkedHashMap<>();

    private ChatStoreFile(JsonSource source, ChatStoreEncoding encoding, JsonStyle style, boolean outerAscii, byte[] leading, byte[] trailing) {
        this.source = source;
        this.encoding = encoding;
        this.style = style;
        this.outerAscii = outerAscii;
        this.leading = leading;
        this.trailing = trailing;
    }

    static ChatStoreFile read(JsonSource src) {
        String label = src.label();
        int[] root = new JsonScanner(src).rootRange();
        byte first = src.get(root[0]);
        byte[] leading = src.bytes(src.bodyStart(), root[0]);
        byte[] trailing = src.bytes(root[1], src.length());
        JsonSource doc = src;
        int start = root[0];
        int end = root[1];
        boolean doubleEncoded = false;
        boolean outerAscii = true;
        if (first == '"') {
            String inner = ((JsonString) JsonReader.parse(src, root[0], root[1], JsonPath.ROOT)).value();
            for (int i = root[0]; i < root[1] && outerAscii; i++) if (src.get(i) < 0) outerAscii = false;
            doc = JsonSource.of(inner, label + " (double-encoded JSON string)");
            int[] innerRoot = new JsonScanner(doc).rootRange();
            start = innerRoot[0];
            end = innerRoot[1];
            doubleEncoded = true;
            if (doc.get(start) != '{') throw reject(label, "the JSON string holds a JSON " + kindAt(doc, start, end));
        } else if (first != '{') {
            throw reject(label, "the top-level value is a JSON " + kindAt(src, start, end));
        }
        JsonStyle style = JsonStyle.detect(doc.buffer0(), start, end);
        ChatStoreEncoding enc = doubleEncoded ? ChatStoreEncoding.DOUBLE_ENCODED
                : style.equals(JsonStyle.PYTHON) ? ChatStoreEncoding.PYTHON_JSON
                : style.equals(JsonStyle.COMPACT) ? ChatStoreEncoding.PYDANTIC_JSON
                : ChatStoreEncoding.OTHER_STYLE;
        ChatStoreFile f = new ChatStoreFile(src, enc, style, outerAscii, leading, trailing);
        f.scan(doc, start, label);
        return f;
    }

    private void scan(JsonSource doc, int start, String label) {
        JsonScanner sc = new JsonScanner(doc);
        for (JsonScanner.Member m : sc.members(start, JsonPath.ROOT)) {
            topMembers.put(m.key(), new RawJson(doc, m.valueStart(), m.valueEnd(), style, 1, JsonPath.ROOT, m.key()));
        }
        JsonValue classNameRaw = topMembers.get("class_name");
        if (classNameRaw != null) {
            JsonValue cn = classNameRaw.resolve();
            if (!(cn instanceof JsonString s) || !s.value().equals(SimpleChatStore.CLASS_NAME)) {
                throw reject(label, "\"class_name\" is " + cn + ", not \"" + SimpleChatStore.CLASS_NAME + "\"");
            }
        }
        RawJson store = (RawJson) topMembers.get("store");
        if (store == null) {
            if (!topMembers.isEmpty()) throw reject(label, "it has no \"store\" (top-level keys: " + topMembers.keySet() + ")");
            return;
        }
        if (!store.isObject()) throw reject(label, "\"store\" is a JSON " + store.kind());
        String storePath = JsonPath.key(JsonPath.ROOT, "store");
        for (JsonScanner.Member m : sc.members(store.start(), storePath)) {
            RawJson arr = new RawJson(doc, m.valueStart(), m.valueEnd(), style, 2, storePath, m.key());
            if (doc.get(m.valueStart()) != '[') {
                throw reject(label, "store" + JsonPath.key("", m.key()) + " is a JSON " + arr.kind() + ", not a list of messages");
            }
            List<RawJson> elements = new ArrayList<>();
            String arrPath = arr.path();
            for (JsonScanner.Element e : sc.elements(m.valueStart(), arrPath)) {
                if (doc.get(e.start()) != '{') {
                    throw reject(label, "store" + JsonPath.key("", m.key()) + "[" + elements.size() + "] is not a message object");
                }
                elements.add(new RawJson(doc, e.start(), e.end(), style, 3, JsonPath.index(arrPath, elements.size())));
            }
            sessions.put(m.key(), ChatSession.fromFile(arr, elements));
        }
    }

    private static String kindAt(JsonSource s, int start, int end) {
        return new RawJson(s, start, end, JsonStyle.PYTHON, 0, JsonPath.ROOT).kind();
    }

    private static StoreFormatException reject(String label, String what) {
        return new StoreFormatException(label + ": not a LlamaIndex chat store file: " + what + "; " + EXPECTED);
    }
}
