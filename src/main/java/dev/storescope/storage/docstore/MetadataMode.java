package dev.storescope.storage.docstore;

/** LlamaIndex's {@code MetadataMode}: which metadata a rendering of the node includes (spec §4.3.0). */
public enum MetadataMode {
    ALL, EMBED, LLM, NONE
}
