package dev.storescope.app;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;

/**
 * Syntax highlighting of JSON text as RichTextFX style spans: keys, strings, numbers, literals,
 * braces and punctuation. One linear pass (no regex backtracking), safe to run off the FX thread;
 * tolerant of invalid text (it is what the user is typing).
 */
final class JsonHighlighter {
    static final List<String> KEY = List.of("json-key");
    static final List<String> STRING = List.of("json-string");
    static final List<String> NUMBER = List.of("json-number");
    static final List<String> LITERAL = List.of("json-literal");
    static final List<String> BRACE = List.of("json-brace");
    static final List<String> PUNCT = List.of("json-punct");
    static final List<String> PLAIN = List.of();

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int n = text.length();
        int plainFrom = 0;
        int i = 0;
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            List<String> style;
            if (c == '"') {
                end = stringEnd(text, i);
                style = isKey(text, end) ? KEY : STRING;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) end++;
                style = NUMBER;
            } else if (Character.isLetter(c)) {
                end = i + 1;
                while (end < n && Character.isLetter(text.charAt(end))) end++;
                style = LITERAL;
            } else if (c == '{' || c == '}' || c == '[' || c == ']') {
                end = i + 1;
                style = BRACE;
            } else if (c == ':' || c == ',') {
                end = i + 1;
                style = PUNCT;
            } else {
                i++;
                continue;
            }
            if (i > plainFrom) b.add(PLAIN, i - plainFrom);
            b.add(style, end - i);
            any = true;
            i = end;
            plainFrom = end;
        }
        if (n > plainFrom || !any) b.add(PLAIN, n - plainFrom);
        return b.create();
    }

    /** The index just past the closing quote (or the end of the line when unterminated). */
    static int stringEnd(String text, int open) {
        int n = text.length();
        int i = open + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') i += 2;
            else if (c == '"') return i + 1;
            else if (c == '\n') return i;
            else i++;
        }
        return n;
    }

    private static boolean isKey(String text, int after) {
        int n = text.length();
        int j = after;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        return j < n && text.charAt(j) == ':';
    }
}
