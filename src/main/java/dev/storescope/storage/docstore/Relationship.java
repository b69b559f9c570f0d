package dev.storescope.storage.docstore;

import java.util.List;

/**
 * The value of one {@code relationships} entry: a single related node, or a list (CHILD).
 *
 * @param code   the key as stored ({@code "1"} … {@code "5"}, or an unknown key)
 * @param isList true when the stored value is an array
 * @param nodes  the related nodes (one element when not a list)
 */
public record Relationship(String code, boolean isList, List<RelatedNodeInfo> nodes) {
    public Relationship {
        nodes = List.copyOf(nodes);
    }

    public static Relationship single(String code, RelatedNodeInfo info) {
        return new Relationship(code, false, List.of(info));
    }

    public static Relationship list(String code, List<RelatedNodeInfo> infos) {
        return new Relationship(code, true, infos);
    }

    /** The single related node; null for an empty list. */
    public RelatedNodeInfo first() {
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
