package dev.storescope.storage.chat_store;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A stored LlamaIndex {@code ChatMessage}, immutable, in either layout: {@code role, content,
 * additional_kwargs} (≤ 0.12.1) or {@code role, additional_kwargs, blocks} (≥ 0.12.2). The JSON is
 * kept as found (unknown keys, unknown block types and a message read from a file stay byte-exact).
 */
public final class ChatMessage {
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    public static final String SYSTEM = "system";

    private final JsonValue stored;
    private volatile JsonObject json;

    private ChatMessage(JsonValue stored, JsonObject json) {
        this.stored = stored;
        this.json = json;
    }

    /** Wraps a message object. */
    public static ChatMessage fromJson(JsonObject json) {
        return new ChatMessage(Objects.requireNonNull(json, "json"), json);
    }

    /** Wraps a message as stored in a file (parsed on first use, written back verbatim). */
    static ChatMessage fromStored(JsonValue stored) {
        return stored instanceof JsonObject o ? fromJson(o) : new ChatMessage(stored, null);
    }

    /** A new text message in the current layout (≥ 0.12.2), as {@code ChatMessage(role=..., content=...)} dumps it. */
    public static ChatMessage ofText(String role, String text) {
        return ofText(role, text, MessageLayout.BLOCKS);
    }

    /** A new text message in the given layout (CONTENT for files written before 0.12.2). */
    public static ChatMessage ofText(String role, String text, MessageLayout layout) {
        Objects.requireNonNull(role, "role");
        if (layout == MessageLayout.CONTENT) {
            return fromJson(JsonObject.builder().put("role", role).put("content", text).put("additional_kwargs", JsonObject.EMPTY).build());
        }
        JsonArray blocks = text == null ? JsonArray.EMPTY
                : JsonArray.of(JsonObject.builder().put("block_type", "text").put("text", text).build());
        return fromJson(JsonObject.builder().put("role", role).put("additional_kwargs", JsonObject.EMPTY).put("blocks", blocks).build());
    }

    public static ChatMessage user(String text) {
        return ofText(USER, text);
    }

    public static ChatMessage assistant(String text) {
        return ofText(ASSISTANT, text);
    }

    /** The message object. */
    public JsonObject toJson() {
        JsonObject j = json;
        if (j == null) {
            JsonValue v = stored.resolve();
            if (!(v instanceof JsonObject o)) {
                String where = stored instanceof RawJson r ? r.source().label() + " at " + r.path() : "chat message";
                throw new StoreFormatException(where + ": a chat message must be a JSON object, it is a JSON " + v.kind());
            }
            j = o;
            json = j;
        }
        return j;
    }

    /** The value to write: the file's bytes while the message came from a file. */
    JsonValue stored() {
        return stored;
    }

    /** {@code role} (null when absent). */
    public String role() {
        return toJson().getString("role");
    }

    /** BLOCKS when the message has {@code blocks}, else CONTENT. */
    public MessageLayout layout() {
        return toJson().has("blocks") ? MessageLayout.BLOCKS : MessageLayout.CONTENT;
    }

    /** {@code additional_kwargs} (empty when absent or null). */
    public JsonObject additionalKwargs() {
        return toJson().getObject("additional_kwargs").orElse(JsonObject.EMPTY);
    }

    /**
     * The blocks as Python loads them: {@code blocks} as stored; for the old layout a string
     * {@code content} becomes one text block, a content list (0.11.x) its elements, null none.
     */
    public List<JsonObject> blocks() {
        JsonObject j = toJson();
        JsonValue v = j.has("blocks") ? j.get("blocks") : j.get("content");
        if (v instanceof JsonString s) {
            return List.of(JsonObject.builder().put("block_type", "text").put("text", s.value()).build());
        }
        if (!(v instanceof JsonArray a)) return List.of();
        List<JsonObject> out = new ArrayList<>(a.size());
        for (JsonValue b : a.values()) if (b instanceof JsonObject o) out.add(o);
        return Collections.unmodifiableList(out);
    }

    /**
     * Python's {@code ChatMessage.content}: the text blocks joined with a newline; null when there
     * is no text block (and "" for a single empty text block).
     */
    public String text() {
        JsonObject j = toJson();
        if (!j.has("blocks") && j.get("content") instanceof JsonString s) return s.value();
        List<String> parts = new ArrayList<>();
        for (JsonObject b : blocks()) {
            String type = b.has("block_type") ? b.getString("block_type") : b.getString("type");
            if ("text".equals(type)) {
                String t = b.getString("text");
                parts.add(t == null ? "" : t);
            }
        }
        String joined = String.join("\n", parts);
        if (joined.isEmpty()) return parts.size() == 1 ? "" : null;
        return joined;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatMessage m && m.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return role() + ": " + text();
    }
}
