package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Chat store edits on the double-encoded, plain, pydantic-style and indented files give exactly the
 * bytes Python gives (generated once by src/test/resources/python/chat_store_ops.py; cases.json
 * lists the operations).
 */
class ChatStoreExpectationTest {
    static byte[] resource(String name) throws Exception {
        try (InputStream in = ChatStoreExpectationTest.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return in.readAllBytes();
        }
    }

    static List<JsonObject> cases() throws Exception {
        JsonArray a = (JsonArray) JsonReader.parse(resource("expected/chat_store/cases.json"), "cases.json");
        return a.values().stream().map(v -> (JsonObject) v).toList();
    }

    private static ChatMessage message(String role, String text, String layout) {
        return ChatMessage.ofText(role, text, MessageLayout.valueOf(layout));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameBytesAsPython(JsonObject c, @TempDir Path tmp) throws Exception {
        String src = c.getString("source");
        Path file = tmp.resolve("chat_store.json");
        if (src.startsWith("real/")) Files.copy(Corpus.file(src), file);
        else Files.write(file, resource(src));
        SimpleChatStore store = SimpleChatStore.fromPersistPath(file);
        for (JsonValue opv : c.getArray("ops").orElseThrow().values()) {
            JsonArray op = (JsonArray) opv;
            String kind = str(op, 0);
            String key = str(op, 1);
            switch (kind) {
                case "add" -> {
                    ChatMessage m = message(str(op, 2), str(op, 3), str(op, 4));
                    Integer idx = op.get(5).isNull() ? null : (int) ((JsonNumber) op.get(5)).longValue();
                    store.addMessage(key, m, idx);
                }
                case "delete_message" -> store.deleteMessage(key, (int) ((JsonNumber) op.get(2)).longValue());
                case "delete_last" -> store.deleteLastMessage(key);
                case "delete_messages" -> store.deleteMessages(key);
                case "set" -> {
                    List<ChatMessage> l = new ArrayList<>();
                    for (JsonValue mv : ((JsonArray) op.get(2)).values()) {
                        List<String> m = ((JsonArray) mv).strings();
                        l.add(message(m.get(0), m.get(1), m.get(2)));
                    }
                    store.setMessages(key, l);
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
        store.persist(file);
        byte[] expected = resource("expected/chat_store/" + c.getString("name") + ".json");
        byte[] actual = Files.readAllBytes(file);
        assertArrayEquals(expected, actual, () -> "expected:\n" + new String(expected, StandardCharsets.UTF_8)
                + "\nactual:\n" + new String(actual, StandardCharsets.UTF_8));
    }

    private static String str(JsonArray a, int i) {
        return ((JsonString) a.get(i)).value();
    }
}
