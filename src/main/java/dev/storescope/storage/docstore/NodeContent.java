package dev.storescope.storage.docstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.json.PythonRepr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the LLM or the embedding model sees of a node (spec §4.3.0): LlamaIndex's
 * {@code get_metadata_str(mode)} and {@code get_content(mode)}.
 */
public final class NodeContent {
    public static final String DEFAULT_TEXT_NODE_TMPL = "{metadata_str}\n\n{content}";
    public static final String DEFAULT_METADATA_TMPL = "{key}: {value}";
    public static final String DEFAULT_METADATA_SEPARATOR = "\n";

    private NodeContent() {
    }

    /** The metadata string: each entry through {@code metadata_template} ({@code str(value)}), joined by the separator. */
    public static String metadataStr(StoredNode node, MetadataMode mode) {
        if (mode == MetadataMode.NONE) return "";
        Set<String> excluded = new HashSet<>();
        if (mode == MetadataMode.LLM) excluded.addAll(node.excludedLlmMetadataKeys());
        if (mode == MetadataMode.EMBED) excluded.addAll(node.excludedEmbedMetadataKeys());
        String tmpl = orDefault(node.metadataTemplate(), DEFAULT_METADATA_TMPL);
        String sep = orDefault(node.metadataSeparator(), DEFAULT_METADATA_SEPARATOR);
        JsonObject md = node.metadata();
        List<String> parts = new ArrayList<>(md.size());
        for (Map.Entry<String, JsonValue> e : md.rawMembers().entrySet()) {
            if (excluded.contains(e.getKey())) continue;
            parts.add(PyFormat.format(tmpl, Map.of("key", e.getKey(), "value", PythonRepr.str(e.getValue()))));
        }
        return String.join(sep, parts);
    }

    /** The content: the text alone, or {@code text_template} filled with metadata string and text, stripped. */
    public static String content(StoredNode node, MetadataMode mode) {
        String text = node.text() == null ? "" : node.text();
        String md = PyFormat.strip(metadataStr(node, mode));
        if (mode == MetadataMode.NONE || md.isEmpty()) return text;
        String tmpl = orDefault(node.textTemplate(), DEFAULT_TEXT_NODE_TMPL);
        return PyFormat.strip(PyFormat.format(tmpl, Map.of("metadata_str", md, "content", text)));
    }

    private static String orDefault(String s, String d) {
        return s == null ? d : s;
    }
}
