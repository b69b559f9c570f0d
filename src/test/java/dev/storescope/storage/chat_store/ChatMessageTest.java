package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.StoreFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChatMessageTest {
    private static ChatMessage parse(String json) {
        return ChatMessage.fromJson((JsonObject) JsonReader.parse(json, "m"));
    }

    @Test
    void factoriesWriteBothLayouts() {
        assertEquals("{\"role\": \"user\", \"additional_kwargs\": {}, \"blocks\": [{\"block_type\": \"text\", \"text\": \"Hi\"}]}",
                JsonWriter.toJson(ChatMessage.user("Hi").toJson(), JsonStyle.PYTHON));
        assertEquals("{\"role\": \"assistant\", \"content\": \"Hi\", \"additional_kwargs\": {}}",
                JsonWriter.toJson(ChatMessage.ofText("assistant", "Hi", MessageLayout.CONTENT).toJson(), JsonStyle.PYTHON));
        assertEquals(MessageLayout.BLOCKS, ChatMessage.assistant("x").layout());
    }

    @Test
    void textFollowsPythonContentProperty() {
        assertEquals("a\nb", parse("{\"role\": \"user\", \"additional_kwargs\": {}, \"blocks\": [{\"block_type\": \"text\", \"text\": \"a\"},"
                + " {\"block_type\": \"image\", \"image\": null, \"path\": null, \"url\": \"http://x\"}, {\"block_type\": \"text\", \"text\": \"b\"}]}").text());
        assertEquals("", parse("{\"role\": \"user\", \"blocks\": [{\"block_type\": \"text\", \"text\": \"\"}]}").text());
        assertEquals("\n", parse("{\"role\": \"user\", \"blocks\": [{\"block_type\": \"text\", \"text\": \"\"}, {\"block_type\": \"text\", \"text\": \"\"}]}").text(),
                "Python: \"\\n\".join([\"\", \"\"]) is truthy");
        assertNull(parse("{\"role\": \"user\", \"blocks\": []}").text());
        assertEquals("old", parse("{\"role\": \"user\", \"content\": \"old\", \"additional_kwargs\": {}}").text());
        assertNull(parse("{\"role\": \"assistant\", \"content\": null, \"additional_kwargs\": {}}").text());
        assertEquals("x", parse("{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"x\"}]}").text(), "0.11.x content list");
    }

    @Test
    void blocksKeepUnknownTypesAndKeys() {
        ChatMessage m = parse("{\"role\": \"user\", \"additional_kwargs\": {\"k\": 1}, \"blocks\": [{\"block_type\": \"hologram\", \"depth\": 3},"
                + " {\"block_type\": \"text\", \"text\": \"t\", \"extra\": true}], \"future\": 1}");
        List<JsonObject> blocks = m.blocks();
        assertEquals("hologram", blocks.get(0).getString("block_type"));
        assertEquals("{\"block_type\": \"text\", \"text\": \"t\", \"extra\": true}", JsonWriter.toJson(blocks.get(1), JsonStyle.PYTHON));
        assertEquals("t", m.text());
        assertEquals(1, m.additionalKwargs().size());
        assertEquals("{\"role\": \"user\", \"additional_kwargs\": {\"k\": 1}, \"blocks\": [{\"block_type\": \"hologram\", \"depth\": 3}, "
                + "{\"block_type\": \"text\", \"text\": \"t\", \"extra\": true}], \"future\": 1}", JsonWriter.toJson(m.toJson(), JsonStyle.PYTHON));
        List<JsonObject> old = parse("{\"role\": \"user\", \"content\": \"c\", \"additional_kwargs\": {}}").blocks();
        assertEquals(List.of(JsonObject.builder().put("block_type", "text").put("text", "c").build()), old);
    }

    @Test
    void nonObjectStoredMessageFailsClearly() {
        ChatMessage m = ChatMessage.fromStored(JsonReader.parse("[1]", "m"));
        assertThrows(StoreFormatException.class, m::role);
    }
}
