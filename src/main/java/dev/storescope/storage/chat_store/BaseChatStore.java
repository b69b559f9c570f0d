package dev.storescope.storage.chat_store;

import dev.storescope.storage.kvstore.BaseKVStore;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** LlamaIndex's {@code BaseChatStore}: lists of chat messages by chat key (session). */
public interface BaseChatStore {
    /** Replaces the messages of a key (a new key goes last). */
    void setMessages(String key, List<ChatMessage> messages);

    /** The messages of a key; an empty list for a missing key. */
    List<ChatMessage> getMessages(String key);

    /** Appends a message (creating the key when missing). */
    void addMessage(String key, ChatMessage message);

    /** Inserts a message at {@code idx} with Python's {@code list.insert} rules (null appends). */
    void addMessage(String key, ChatMessage message, Integer idx);

    /** Removes a key and returns its messages; null when the key is missing. */
    List<ChatMessage> deleteMessages(String key);

    /** Removes and returns one message; null when the key is missing or {@code idx >= len}. */
    ChatMessage deleteMessage(String key, int idx);

    /** Removes and returns the last message; null when the key is missing. */
    ChatMessage deleteLastMessage(String key);

    /** All keys in order. */
    List<String> getKeys();

    default CompletableFuture<Void> asetMessages(String key, List<ChatMessage> messages) {
        return BaseKVStore.run(() -> setMessages(key, messages));
    }

    default CompletableFuture<List<ChatMessage>> agetMessages(String key) {
        return BaseKVStore.call(() -> getMessages(key));
    }

    /** Python's {@code async_add_message}. */
    default CompletableFuture<Void> asyncAddMessage(String key, ChatMessage message, Integer idx) {
        return BaseKVStore.run(() -> addMessage(key, message, idx));
    }

    default CompletableFuture<List<ChatMessage>> adeleteMessages(String key) {
        return BaseKVStore.call(() -> deleteMessages(key));
    }

    default CompletableFuture<ChatMessage> adeleteMessage(String key, int idx) {
        return BaseKVStore.call(() -> deleteMessage(key, idx));
    }

    default CompletableFuture<ChatMessage> adeleteLastMessage(String key) {
        return BaseKVStore.call(() -> deleteLastMessage(key));
    }

    default CompletableFuture<List<String>> agetKeys() {
        return BaseKVStore.call(this::getKeys);
    }
}
