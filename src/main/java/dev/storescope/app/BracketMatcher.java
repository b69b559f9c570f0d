package dev.storescope.app;

/** Finds the bracket matching the one at a position of JSON text, skipping brackets inside strings. */
final class BracketMatcher {
    private BracketMatcher() {
    }

    /** The offset of the bracket matching the one at {@code pos}, or -1 (not a bracket, or unmatched). */
    static int match(String text, int pos) {
        if (pos < 0 || pos >= text.length()) return -1;
        char c = text.charAt(pos);
        if (c == '{' || c == '[') return forward(text, pos);
        if (c == '}' || c == ']') return backward(text, pos);
        return -1;
    }

    private static int forward(String text, int pos) {
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = JsonHighlighter.stringEnd(text, i);
                continue;
            }
            if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']') {
                if (--depth == 0) return pairs(text.charAt(pos), c) ? i : -1;
            }
            i++;
        }
        return -1;
    }

    /** Backwards: string boundaries are found by scanning each line from its start (JSON strings never span lines here). */
    private static int backward(String text, int pos) {
        boolean[] inString = stringMask(text, pos);
        int depth = 0;
        for (int i = pos; i >= 0; i--) {
            if (inString[i]) continue;
            char c = text.charAt(i);
            if (c == '}' || c == ']') depth++;
            else if (c == '{' || c == '[') {
                if (--depth == 0) return pairs(c, text.charAt(pos)) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean[] stringMask(String text, int upTo) {
        boolean[] mask = new boolean[upTo + 1];
        int i = 0;
        while (i <= upTo) {
            if (text.charAt(i) == '"') {
                int end = Math.min(JsonHighlighter.stringEnd(text, i), upTo + 1);
                for (int k = i; k < end; k++) mask[k] = true;
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return mask;
    }

    private static boolean pairs(char open, char close) {
        return (open == '{' && close == '}') || (open == '[' && close == ']');
    }
}
