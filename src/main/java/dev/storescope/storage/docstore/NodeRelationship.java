package dev.storescope.storage.docstore;

import java.util.Optional;

/** LlamaIndex's {@code NodeRelationship}: the keys of a node's {@code relationships} object (spec §4.3). */
public enum NodeRelationship {
    SOURCE("1"), PREVIOUS("2"), NEXT("3"), PARENT("4"), CHILD("5");

    private final String code;

    NodeRelationship(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** CHILD holds a list of related nodes; every other relationship a single one. */
    public boolean isList() {
        return this == CHILD;
    }

    public static Optional<NodeRelationship> fromCode(String code) {
        if (code != null) for (NodeRelationship r : values()) if (r.code.equals(code)) return Optional.of(r);
        return Optional.empty();
    }
}
