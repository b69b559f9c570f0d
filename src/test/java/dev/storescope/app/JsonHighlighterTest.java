package dev.storescope.app;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonHighlighterTest {
    /** "style:text" per span, plain spans as their text. */
    private static List<String> render(String text) {
        StyleSpans<Collection<String>> spans = JsonHighlighter.spans(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            String part = text.substring(at, at + s.getLength());
            at += s.getLength();
            out.add(s.getStyle().isEmpty() ? part : String.join("+", s.getStyle()) + ":" + part);
        }
        assertEquals(text.length(), spans.length());
        return out;
    }

    @Test
    void keysStringsNumbersLiteralsAndBraces() {
        assertEquals(List.of("json-brace:{", "json-key:\"a \\\" b\"", "json-punct::", " ", "json-number:-1.5e3", "json-punct:,", " ",
                        "json-key:\"t\"", " ", "json-punct::", " ", "json-brace:[", "json-literal:true", "json-punct:,", " ",
                        "json-literal:null", "json-punct:,", " ", "json-string:\"x\"", "json-brace:]}"), // equal neighbours merge
                render("{\"a \\\" b\": -1.5e3, \"t\" : [true, null, \"x\"]}"));
    }

    @Test
    void unterminatedStringStopsAtTheLineEnd() {
        assertEquals(List.of("json-brace:{", "json-string:\"ab", "\n", "json-brace:}"), render("{\"ab\n}"));
    }

    @Test
    void emptyAndBlankText() {
        assertEquals(List.of(""), render(""));
        assertEquals(List.of("  "), render("  "));
    }

    @Test
    void bracketsMatchBothWaysAndIgnoreStrings() {
        String t = "{\"a\": [1, \"]}\", {\"b\": 2}], \"c\": \"{\"}";
        assertEquals(t.length() - 1, BracketMatcher.match(t, 0));
        assertEquals(0, BracketMatcher.match(t, t.length() - 1));
        int open = t.indexOf('[');
        int close = t.lastIndexOf(']');
        assertEquals(close, BracketMatcher.match(t, open));
        assertEquals(open, BracketMatcher.match(t, close));
        assertEquals(-1, BracketMatcher.match(t, 1));
        assertEquals(-1, BracketMatcher.match("{[}", 0));
        assertEquals(-1, BracketMatcher.match("{", 0));
    }
}
