package dev.storescope.inspect.tree;

import java.util.Locale;

/** Short texts for tree cells. */
final class Text {
    private Text() {
    }

    /** The start of a text on one line, at most {@code max} characters, cut at a word when possible. */
    static String snippet(String s, int max) {
        if (s == null) return "";
        String one = s.strip().replaceAll("\\s+", " ");
        if (one.length() <= max) return one;
        int cut = one.lastIndexOf(' ', max);
        if (cut < max / 2) cut = max;
        return one.substring(0, cut) + "…";
    }

    /** 1,234 */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A label with its count: {@code Ref docs (1,234)}. */
    static String counted(String name, long n) {
        return name + " (" + count(n) + ")";
    }

    /** 12 B, 3.4 KB, 1.2 MB, 1.18 GB (decimal units, as the README reports sizes). */
    static String bytes(long n) {
        return ByteSize.format(n);
    }
}
