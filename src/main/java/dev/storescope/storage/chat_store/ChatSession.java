package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one chat key. A session read from a file stays its byte range until someone
 * reads it, and is written back verbatim until someone changes it.
 */
final class ChatSession {
    private final RawJson original;
    private final List<RawJson> originalElements;
    private List<ChatMessage> messages;
    private boolean changed;

    private ChatSession(RawJson original, List<RawJson> originalElements, List<ChatMessage> messages) {
        this.original = original;
        this.originalElements = originalElements;
        this.messages = messages;
        this.changed = original == null;
    }

    static ChatSession fromFile(RawJson array, List<RawJson> elements) {
        return new ChatSession(array, elements, null);
    }

    static ChatSession of(List<ChatMessage> messages) {
        return new ChatSession(null, null, new ArrayList<>(messages));
    }

    /** The messages (read-only use). */
    List<ChatMessage> messages() {
        if (messages == null) {
            List<ChatMessage> l = new ArrayList<>(originalElements.size());
            for (RawJson e : originalElements) l.add(ChatMessage.fromStored(e));
            messages = l;
        }
        return messages;
    }

    /** The messages for a change: marks the session changed. */
    List<ChatMessage> messagesForUpdate() {
        List<ChatMessage> l = messages();
        changed = true;
        return l;
    }

    /** An independent copy (messages are immutable and shared). */
    ChatSession copy() {
        ChatSession c = new ChatSession(original, originalElements, messages == null ? null : new ArrayList<>(messages));
        c.changed = changed;
        return c;
    }

    int size() {
        return messages == null ? originalElements.size() : messages.size();
    }

    /** What to write: the file's bytes while unchanged, else the messages (each still verbatim if read from the file). */
    JsonValue persistValue() {
        if (!changed && original != null) return original;
        List<JsonValue> l = new ArrayList<>(messages().size());
        for (ChatMessage m : messages()) l.add(m.stored());
        return JsonArray.of(l);
    }
}
