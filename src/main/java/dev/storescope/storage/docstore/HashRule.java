package dev.storescope.storage.docstore;

/** The node hash rules LlamaIndex used over time (spec §4.8). */
public enum HashRule {
    /** 0.6.0 – 0.6.33: {@code str(text) + str(extra_info)}. */
    LEGACY_TEXT_EXTRA_INFO,
    /** 0.6.34+ TextNode/IndexNode, ImageNode ≤ 0.11.9, Document/ImageDocument ≤ 0.12.5: {@code str(text) + str(metadata)}. */
    TEXT_METADATA,
    /** ImageNode ≥ 0.11.10: {@code f"{image or 'None'}-{image_path or 'None'}-{image_url or 'None'}-{text or 'None'}"}. */
    IMAGE_NODE,
    /** Node/Document/ImageDocument 0.12.6 – 0.12.27: MediaResource hashes (audio, image, text, video) joined by {@code -}. */
    MEDIA_RESOURCES,
    /** Node/Document/ImageDocument ≥ 0.12.28: the metadata string (when non-empty), then the resource hashes, joined by {@code -}. */
    METADATA_AND_MEDIA
}
