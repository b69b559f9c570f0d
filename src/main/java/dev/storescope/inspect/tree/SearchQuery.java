package dev.storescope.inspect.tree;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the search box asks: {@code metadata.key=value} (a metadata value equal to value: a string's
 * text, or the JSON text of a number, bool or null), or a plain term matched, ignoring case, as a
 * substring of ids and of texts (node text, chat messages, chunk text, graph names).
 */
public record SearchQuery(String term, String metadataKey, String metadataValue) {
    private static final Pattern METADATA = Pattern.compile("^metadata\\.([^=]+?)\\s*=\\s*(.*)$", Pattern.DOTALL);

    public static SearchQuery parse(String input) {
        String s = input == null ? "" : input.strip();
        Matcher m = METADATA.matcher(s);
        if (m.matches()) {
            String v = m.group(2).strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
            return new SearchQuery(null, m.group(1).strip(), v);
        }
        return new SearchQuery(s, null, null);
    }

    public boolean isMetadata() {
        return metadataKey != null;
    }

    public boolean isEmpty() {
        return !isMetadata() && term.isEmpty();
    }

    /** The term, lower-cased (for matching ignoring case). */
    String needle() {
        return term == null ? null : term.toLowerCase(Locale.ROOT);
    }

    boolean matches(String s) {
        return s != null && !isMetadata() && s.toLowerCase(Locale.ROOT).contains(needle());
    }

    @Override
    public String toString() {
        return isMetadata() ? "metadata." + metadataKey + "=" + metadataValue : term;
    }
}
