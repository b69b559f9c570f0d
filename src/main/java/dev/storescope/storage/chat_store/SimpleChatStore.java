package dev.storescope.storage.chat_store;

import dev.storescope.storage.Restorable;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LlamaIndex's {@code SimpleChatStore} with its file {@code chat_store.json} (spec §8.1).
 * <p>
 * Operations follow Python's dict/list semantics. A loaded file keeps its {@link #encoding()}:
 * persisting without change writes the same bytes; after a change the file is written in its own
 * form and style, with untouched sessions and messages copied verbatim. A new store writes Python
 * {@code json.dumps} style (the format of core 0.11.4 – early 2026).
 */
public class SimpleChatStore implements BaseChatStore, Restorable {
    public static final String CLASS_NAME = "SimpleChatStore";
    public static final String DEFAULT_PERSIST_FNAME = "chat_store.json";

    private final ChatStoreFile file;
    private final LinkedHashMap<String, ChatSession> store;
    private final LinkedHashMap<String, JsonValue> topMembers;
    private ChatStoreEncoding encoding;
    private JsonStyle style;
    private boolean changed;
    private long revision;

    /** An empty store. */
    public SimpleChatStore() {
        this.file = null;
        this.store = new LinkedHashMap<>();
        this.topMembers = new LinkedHashMap<>();
        this.encoding = ChatStoreEncoding.PYTHON_JSON;
        this.style = JsonStyle.PYTHON;
        this.changed = true;
    }

    private SimpleChatStore(ChatStoreFile f) {
        this.file = f;
        this.store = f.sessions;
        this.topMembers = f.topMembers;
        this.encoding = f.encoding;
        this.style = f.style;
    }

    /**
     * Loads a file; a missing file gives an empty store (as Python).
     *
     * @throws dev.storescope.storage.StoreFormatException when the JSON is not a SimpleChatStore
     * @throws dev.storescope.json.JsonSyntaxException when the file is not JSON
     */
    public static SimpleChatStore fromPersistPath(Path persistPath) throws IOException {
        if (!Files.exists(persistPath)) return new SimpleChatStore();
        return fromSource(JsonSource.open(persistPath));
    }

    /** A store over the bytes of a file. */
    public static SimpleChatStore fromSource(JsonSource source) {
        return new SimpleChatStore(ChatStoreFile.read(source));
    }

    /** The form the file had (or will have, for a new store). */
    public ChatStoreEncoding encoding() {
        return encoding;
    }

    /** The JSON style of the store object (inside the string for a double-encoded file). */
    public JsonStyle style() {
        return style;
    }

    /**
     * Rewrites the store in another encoding on the next persist (e.g. to upgrade a double-encoded
     * file); {@link ChatStoreEncoding#OTHER_STYLE} is not a target.
     */
    public void convertTo(ChatStoreEncoding target) {
        switch (Objects.requireNonNull(target)) {
            case DOUBLE_ENCODED, PYTHON_JSON -> style = JsonStyle.PYTHON;
            case PYDANTIC_JSON -> style = JsonStyle.COMPACT;
            default -> throw new IllegalArgumentException("cannot convert to " + target + "; choose a concrete encoding");
        }
        encoding = target;
        changed = true;
        revision++;
    }

    /** The layout most messages use (BLOCKS for a store without messages): the layout to add new messages in. */
    public MessageLayout messageLayout() {
        int content = 0;
        int blocks = 0;
        for (ChatSession s : store.values()) {
            for (ChatMessage m : s.messages()) {
                if (m.layout() == MessageLayout.CONTENT) content++;
                else blocks++;
            }
        }
        return content > blocks ? MessageLayout.CONTENT : MessageLayout.BLOCKS;
    }

    @Override
    public void setMessages(String key, List<ChatMessage> messages) {
        Objects.requireNonNull(key, "key");
        store.put(key, ChatSession.of(messages));
        changed = true;
        revision++;
    }

    @Override
    public List<ChatMessage> getMessages(String key) {
        ChatSession s = store.get(key);
        return s == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(s.messages()));
    }

    @Override
    public void addMessage(String key, ChatMessage message) {
        addMessage(key, message, null);
    }

    @Override
    public void addMessage(String key, ChatMessage message, Integer idx) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        ChatSession s = store.computeIfAbsent(key, k -> ChatSession.of(List.of()));
        List<ChatMessage> l = s.messagesForUpdate();
        if (idx == null) {
            l.add(message);
        } else {
            int n = l.size();
            int i = idx < 0 ? Math.max(0, idx + n) : Math.min(idx, n);
            l.add(i, message);
        }
        changed = true;
        revision++;
    }

    @Override
    public List<ChatMessage> deleteMessages(String key) {
        ChatSession s = store.remove(key);
        if (s == null) return null;
        changed = true;
        revision++;
        return Collections.unmodifiableList(new ArrayList<>(s.messages()));
    }

    /**
     * {@inheritDoc} A negative index counts from the end as in Python.
     *
     * @throws IndexOutOfBoundsException "pop index out of range" for a negative index below {@code -len}
     */
    @Override
    public ChatMessage deleteMessage(String key, int idx) {
        ChatSession s = store.get(key);
        if (s == null) return null;
        int n = s.size();
        if (idx >= n) return null;
        int i = idx < 0 ? idx + n : idx;
        if (i < 0) throw new IndexOutOfBoundsException("pop index out of range");
        ChatMessage m = s.messagesForUpdate().remove(i);
        changed = true;
        revision++;
        return m;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IndexOutOfBoundsException "pop from empty list" when the key has no messages (Python's IndexError)
     */
    @Override
    public ChatMessage deleteLastMessage(String key) {
        ChatSession s = store.get(key);
        if (s == null) return null;
        if (s.size() == 0) throw new IndexOutOfBoundsException("pop from empty list");
        List<ChatMessage> l = s.messagesForUpdate();
        changed = true;
        revision++;
        return l.remove(l.size() - 1);
    }

    @Override
    public List<String> getKeys() {
        return List.copyOf(store.keySet());
    }

    /** True when persisting would write exactly the loaded bytes. */
    /** Counts every change (0 for a store nobody changed since it was loaded). */
    public long revision() {
        return revision;
    }

    public boolean unchangedSinceLoad() {
        return file != null && !changed;
    }

    /** The store as Python's {@code model_dump()} sees it: {@code {"store": {...}, "class_name": "SimpleChatStore"}} plus unknown keys. */
    public JsonObject toJson() {
        LinkedHashMap<String, JsonValue> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, ChatSession> e : store.entrySet()) sessions.put(e.getKey(), e.getValue().persistValue());
        LinkedHashMap<String, JsonValue> top = new LinkedHashMap<>(topMembers);
        top.put("store", JsonObject.of(sessions));
        if (!top.containsKey("class_name")) top.put("class_name", JsonString.of(CLASS_NAME));
        return JsonObject.of(top);
    }

    /** Writes {@code persistPath} atomically, keeping the replaced file in a new backup set next to it. */
    public void persist(Path persistPath) throws IOException {
        persist(persistPath, BackupSet.forDirectory(persistPath.toAbsolutePath().getParent()));
    }

    /** Writes {@code persistPath} atomically; returns the backup of the replaced file, or null. */
    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return AtomicFileWriter.write(persistPath, this::writeTo, backups);
    }

    /** The bytes {@link #persist} writes. */
    public void writeTo(WritableByteChannel ch) throws IOException {
        if (unchangedSinceLoad()) {
            file.source.writeTo(ch);
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(toBytes());
        while (b.hasRemaining()) ch.write(b);
    }

    /** The bytes {@link #persist} would write. */
    public byte[] toBytes() throws IOException {
        if (unchangedSinceLoad()) return file.source.allBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (file != null) out.write(file.leading);
        byte[] doc = JsonWriter.toBytes(toJson(), style);
        if (encoding == ChatStoreEncoding.DOUBLE_ENCODED) {
            boolean ascii = file == null || file.encoding != ChatStoreEncoding.DOUBLE_ENCODED || file.outerAscii;
            out.write(JsonWriter.toBytes(JsonString.of(new String(doc, StandardCharsets.UTF_8)), ascii ? JsonStyle.PYTHON : JsonStyle.COMPACT));
        } else {
            out.write(doc);
        }
        if (file != null) out.write(file.trailing);
        return out.toByteArray();
    }

    /** The saved state of a chat store (undo). */
    private record State(LinkedHashMap<String, ChatSession> store, LinkedHashMap<String, JsonValue> topMembers,
                         ChatStoreEncoding encoding, JsonStyle style, boolean changed) {
    }

    @Override
    public Object saveState() {
        LinkedHashMap<String, ChatSession> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ChatSession> e : store.entrySet()) copy.put(e.getKey(), e.getValue().copy());
        return new State(copy, new LinkedHashMap<>(topMembers), encoding, style, changed);
    }

    @Override
    public void restoreState(Object state) {
        State s = (State) state;
        store.clear();
        for (Map.Entry<String, ChatSession> e : s.store().entrySet()) store.put(e.getKey(), e.getValue().copy());
        topMembers.clear();
        topMembers.putAll(s.topMembers());
        encoding = s.encoding();
        style = s.style();
        changed = s.changed();
        revision++;
    }
}
