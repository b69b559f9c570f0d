package dev.storescope.storage.docstore;

import java.util.Optional;

/**
 * LlamaIndex's {@code ObjectType}: the {@code __type__} of a node envelope and the
 * {@code node_type} of a {@link RelatedNodeInfo} (spec §4.2). {@link #LEGACY_DOCUMENT} is the
 * {@code "Document"} type of 0.6.0 – 0.6.33 records.
 */
public enum ObjectType {
    TEXT("1"), IMAGE("2"), INDEX("3"), DOCUMENT("4"), MULTIMODAL("5"), LEGACY_DOCUMENT("Document");

    private final String code;

    ObjectType(String code) {
        this.code = code;
    }

    /** The string stored on disk ({@code "1"} … {@code "5"}, {@code "Document"}). */
    public String code() {
        return code;
    }

    /** The type for a stored code, empty for an unknown one. */
    public static Optional<ObjectType> fromCode(String code) {
        if (code != null) for (ObjectType t : values()) if (t.code.equals(code)) return Optional.of(t);
        return Optional.empty();
    }
}
