package dev.storescope.app;

import dev.storescope.inspect.tree.NodeKind;

/** A small glyph per tree item kind (text, so it follows the theme and needs no icon font). */
final class Glyphs {
    private Glyphs() {
    }

    static String of(NodeKind kind) {
        return switch (kind) {
            case DIR -> "▣";
            case FILE -> "▤";
            case OTHER_FILE -> "▢";
            case GROUP -> "◫";
            case COLLECTION -> "☰";
            case KV_ENTRY -> "•";
            case REF_DOC -> "❐";
            case DOC_NODE -> "¶";
            case INDEX_STRUCT -> "⌗";
            case MISSING -> "✕";
            case VECTOR_NAMESPACE -> "⇶";
            case VECTOR -> "→";
            case GRAPH_SUBJECT, PG_ENTITY -> "◉";
            case TRIPLET, PG_RELATION -> "↔";
            case PG_CHUNK -> "¶";
            case CHAT_SESSION -> "✉";
            case CHAT_MESSAGE -> "›";
        };
    }
}
