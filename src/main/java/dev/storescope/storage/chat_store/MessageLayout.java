package dev.storescope.storage.chat_store;

/** The two on-disk layouts of a ChatMessage (spec §8.1). */
public enum MessageLayout {
    /** {@code role, content, additional_kwargs} (core ≤ 0.12.1). */
    CONTENT,
    /** {@code role, additional_kwargs, blocks} (core ≥ 0.12.2). */
    BLOCKS
}
