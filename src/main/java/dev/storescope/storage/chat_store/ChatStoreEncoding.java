package dev.storescope.storage.chat_store;

/** How a {@code chat_store.json} file is encoded (spec §8.1); changes are written back the same way. */
public enum ChatStoreEncoding {
    /** A JSON string literal holding the store object (core 0.9.26 – 0.11.3). */
    DOUBLE_ENCODED,
    /** The store object with Python {@code json.dumps} defaults (core 0.11.4 – early 2026). */
    PYTHON_JSON,
    /** The store object as pydantic {@code model_dump_json()}: compact, raw UTF-8 (2026). */
    PYDANTIC_JSON,
    /** The store object in another style, e.g. re-indented by a user or formatter ({@link SimpleChatStore#style()} tells which). */
    OTHER_STYLE
}
