package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.BackupSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleChatStoreTest {
    private static final String C24 = "real/24-FatherOfEgg__SDP-llamaindex__root/chat_store.json";
    private static final String C25 = "real/25-KazumiLine__LATIA112-1__storage/chat_store.json";
    private static final String C26 = "real/26-abhash31__ai-booking-assistant__root/chat_store.json";
    private static final String C27 = "real/27-xmriz__chatbot-ojk__root/chat_store.json";
    private static final String C28 = "real/28-prachishuklatech__Agentic_AI__root/chat_store.json";

    @ParameterizedTest
    @CsvSource({
            C24 + ",PYTHON_JSON,user1,4,CONTENT",
            C25 + ",PYTHON_JSON,2,4,BLOCKS",
            C26 + ",PYTHON_JSON,user1,4,BLOCKS",
            C27 + ",DOUBLE_ENCODED,user1,20,CONTENT",
            "fixtures/chat_store/pydantic_chat_store.json,PYDANTIC_JSON,2,4,BLOCKS",
            "fixtures/chat_store/indented_chat_store.json,OTHER_STYLE,user1,4,CONTENT"})
    void loadsAndRoundTripsByteForByte(String src, ChatStoreEncoding enc, String key, int count, MessageLayout layout, @TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("chat_store.json");
        if (src.startsWith("real/")) Files.copy(Corpus.file(src), file);
        else Files.write(file, ChatStoreExpectationTest.resource(src));
        byte[] original = Files.readAllBytes(file);
        SimpleChatStore s = SimpleChatStore.fromPersistPath(file);
        assertEquals(enc, s.encoding());
        assertEquals(List.of(key), s.getKeys());
        List<ChatMessage> msgs = s.getMessages(key);
        assertEquals(count, msgs.size());
        assertEquals(layout, s.messageLayout());
        for (ChatMessage m : msgs) assertTrue(List.of("user", "assistant", "tool").contains(m.role()), m.role());
        assertTrue(s.unchangedSinceLoad());
        assertArrayEquals(original, s.toBytes());
        BackupSet backups = BackupSet.forDirectory(tmp);
        s.persist(file, backups);
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(1, backups.kept().size());
    }

    @Test
    void corpusTextAndStyles() throws Exception {
        SimpleChatStore s24 = SimpleChatStore.fromPersistPath(Corpus.file(C24));
        assertEquals("What about Toyger?", s24.getMessages("user1").get(2).text());
        assertEquals(JsonStyle.PYTHON, s24.style());
        SimpleChatStore s26 = SimpleChatStore.fromPersistPath(Corpus.file(C26));
        assertEquals("Okay! To help me find the right doctor for you, could you describe the issue you\u2019re experiencing?",
                s26.getMessages("user1").get(3).text());
        SimpleChatStore s27 = SimpleChatStore.fromPersistPath(Corpus.file(C27));
        ChatMessage toolCall = s27.getMessages("user1").get(1);
        assertEquals("assistant", toolCall.role());
        assertNull(toolCall.text(), "content null");
        assertTrue(toolCall.blocks().isEmpty());
        String args = toolCall.additionalKwargs().getArray("tool_calls").orElseThrow().get(0) instanceof JsonObject call
                ? call.getObject("function").orElseThrow().getString("arguments") : null;
        assertEquals("{\"input\":\"Persentase jaminan moneter pada tanggal 20 Agustus 1958\"}", args, "three levels of escaping decode");
        assertEquals("tool", s27.getMessages("user1").get(2).role());
        assertEquals("7,30%", s27.getMessages("user1").get(2).text());
    }

    @Test
    void untouchedSessionsAreCopiedVerbatim(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("chat_store.json");
        Files.copy(Corpus.file(C25), file);
        String original = Files.readString(file);
        SimpleChatStore s = SimpleChatStore.fromPersistPath(file);
        s.addMessage("new", ChatMessage.user("x"));
        s.persist(file);
        String after = Files.readString(file);
        String session = original.substring(original.indexOf("\"2\": ["), original.indexOf("]}, \"class_name\"") + 1);
        assertTrue(after.contains(session));
        assertTrue(after.endsWith(", \"new\": [{\"role\": \"user\", \"additional_kwargs\": {}, \"blocks\": [{\"block_type\": \"text\", \"text\": \"x\"}]}]}, \"class_name\": \"SimpleChatStore\"}"), after);
    }

    @Test
    void rejectsForeignJsonNamedChatStore() throws Exception {
        StoreFormatException e = assertThrows(StoreFormatException.class, () -> SimpleChatStore.fromPersistPath(Corpus.file(C28)));
        assertTrue(e.getMessage().contains("chat_store.json"), e.getMessage());
        assertTrue(e.getMessage().contains("not a LlamaIndex chat store file"), e.getMessage());
        assertTrue(e.getMessage().contains("[rooms]"), e.getMessage());
        assertTrue(e.getMessage().contains("\"class_name\": \"SimpleChatStore\""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[1, 2]|top-level value is a JSON array",
            "\"[1]\"|the JSON string holds a JSON array",
            "{\"store\": [], \"class_name\": \"SimpleChatStore\"}|\"store\" is a JSON array",
            "{\"store\": {\"k\": {}}}|not a list of messages",
            "{\"store\": {\"k\": [1]}}|is not a message object",
            "{\"store\": {}, \"class_name\": \"Other\"}|\"class_name\" is \"Other\""})
    void rejectsOtherShapes(String json, String detail) {
        StoreFormatException e = assertThrows(StoreFormatException.class,
                () -> SimpleChatStore.fromSource(JsonSource.of(json, "x/chat_store.json")));
        assertTrue(e.getMessage().startsWith("x/chat_store.json: not a LlamaIndex chat store file: "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void invalidJsonIsASyntaxError() {
        assertThrows(JsonSyntaxException.class, () -> SimpleChatStore.fromSource(JsonSource.of("{\"store\": {", "c.json")));
    }

    @Test
    void missingFileIsAnEmptyStoreAndNewFileIsPythonStyle(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("sub").resolve("chat_store.json");
        SimpleChatStore s = SimpleChatStore.fromPersistPath(file);
        assertEquals(List.of(), s.getKeys());
        assertEquals(ChatStoreEncoding.PYTHON_JSON, s.encoding());
        assertFalse(s.unchangedSinceLoad());
        s.persist(file);
        assertEquals("{\"store\": {}, \"class_name\": \"SimpleChatStore\"}", Files.readString(file));
        s.addMessage("u", ChatMessage.assistant("h\u00e9"));
        s.persist(file);
        assertEquals("{\"store\": {\"u\": [{\"role\": \"assistant\", \"additional_kwargs\": {}, \"blocks\": [{\"block_type\": \"text\", \"text\": \"h\\u00e9\"}]}]}, \"class_name\": \"SimpleChatStore\"}",
                Files.readString(file));
        SimpleChatStore back = SimpleChatStore.fromPersistPath(file);
        assertEquals("h\u00e9", back.getMessages("u").get(0).text());
    }

    @Test
    void emptyObjectIsAnEmptyStore() {
        SimpleChatStore s = SimpleChatStore.fromSource(JsonSource.of("{}", "c.json"));
        assertEquals(List.of(), s.getKeys());
    }

    @Test
    void operationsFollowPython() {
        SimpleChatStore s = new SimpleChatStore();
        ChatMessage a = ChatMessage.user("a");
        ChatMessage b = ChatMessage.assistant("b");
        ChatMessage c = ChatMessage.user("c");
        assertEquals(List.of(), s.getMessages("missing"));
        assertNull(s.deleteMessages("missing"));
        assertNull(s.deleteMessage("missing", 0));
        assertNull(s.deleteLastMessage("missing"));
        s.addMessage("k", a);
        s.addMessage("k", c);
        s.addMessage("k", b, 1);
        assertEquals(List.of(a, b, c), s.getMessages("k"));
        s.addMessage("k", c, 100);
        s.addMessage("k", a, -100);
        s.addMessage("k", b, -1);
        assertEquals(List.of("a", "a", "b", "c", "b", "c"), s.getMessages("k").stream().map(ChatMessage::text).toList());
        assertNull(s.deleteMessage("k", 6), "idx >= len gives None");
        assertEquals(c, s.deleteMessage("k", -1), "negative index pops from the end");
        assertThrows(IndexOutOfBoundsException.class, () -> s.deleteMessage("k", -6));
        assertEquals(a, s.deleteMessage("k", 0));
        assertEquals(b, s.deleteLastMessage("k"));
        s.setMessages("other", List.of(c));
        s.setMessages("k", List.of());
        assertEquals(List.of("k", "other"), s.getKeys(), "overwriting a key keeps its position");
        assertThrows(IndexOutOfBoundsException.class, () -> s.deleteLastMessage("k"), "pop from empty list");
        assertEquals(List.of(), s.deleteMessages("k"));
        s.setMessages("k", List.of(a));
        assertEquals(List.of("other", "k"), s.getKeys(), "delete then re-add moves the key last");
        assertThrows(UnsupportedOperationException.class, () -> s.getMessages("k").add(b));
    }

    @Test
    void asyncForms() throws Exception {
        SimpleChatStore s = new SimpleChatStore();
        s.asyncAddMessage("k", ChatMessage.user("x"), null).get();
        s.asetMessages("j", List.of(ChatMessage.user("y"))).get();
        assertEquals(List.of("k", "j"), s.agetKeys().get());
        assertEquals("x", s.agetMessages("k").get().get(0).text());
        assertEquals("y", s.adeleteLastMessage("j").get().text());
        assertNull(s.adeleteMessage("j", 0).get());
        assertEquals(1, s.adeleteMessages("k").get().size());
        assertTrue(s.adeleteLastMessage("j").isCompletedExceptionally());
    }

    @Test
    void convertDoubleEncodedToPlainAndPydantic(@TempDir Path tmp) throws Exception {
        Path file = Corpus.copy(C27, tmp);
        SimpleChatStore s = SimpleChatStore.fromPersistPath(file);
        s.convertTo(ChatStoreEncoding.PYTHON_JSON);
        s.persist(file);
        String original = Files.readString(Corpus.file(C27));
        String inner = ((dev.storescope.json.JsonString) JsonReader.parse(original, "x")).value();
        assertEquals(inner, Files.readString(file), "the plain file is the inner document");
        SimpleChatStore plain = SimpleChatStore.fromPersistPath(file);
        assertEquals(ChatStoreEncoding.PYTHON_JSON, plain.encoding());
        plain.convertTo(ChatStoreEncoding.DOUBLE_ENCODED);
        plain.persist(file);
        assertEquals(original, Files.readString(file));
        SimpleChatStore again = SimpleChatStore.fromPersistPath(file);
        again.convertTo(ChatStoreEncoding.PYDANTIC_JSON);
        byte[] compact = again.toBytes();
        assertEquals(ChatStoreEncoding.PYDANTIC_JSON, SimpleChatStore.fromSource(JsonSource.of(compact, "c")).encoding());
        assertTrue(new String(compact, StandardCharsets.UTF_8).startsWith("{\"store\":{\"user1\":[{\"role\":\"user\",\"content\":"));
        assertThrows(IllegalArgumentException.class, () -> again.convertTo(ChatStoreEncoding.OTHER_STYLE));
    }

    @Test
    void trailingNewlineIsKeptAndBomDroppedOnChangeLikeSimpleKVStore() throws Exception {
        byte[] bytes = "\uFEFF{\"store\": {\"k\": []}, \"class_name\": \"SimpleChatStore\"}\n".getBytes(StandardCharsets.UTF_8);
        SimpleChatStore s = SimpleChatStore.fromSource(JsonSource.of(bytes, "c"));
        assertArrayEquals(bytes, s.toBytes(), "unchanged: identical bytes, BOM included");
        s.addMessage("k", ChatMessage.ofText("user", "x", MessageLayout.CONTENT));
        assertEquals("{\"store\": {\"k\": [{\"role\": \"user\", \"content\": \"x\", \"additional_kwargs\": {}}]}, \"class_name\": \"SimpleChatStore\"}\n",
                new String(s.toBytes(), StandardCharsets.UTF_8));
    }
}
