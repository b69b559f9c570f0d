package dev.storescope.inspect.tree;

import java.util.Locale;

/** Human sizes in decimal units, as the tree and the status bar show them: 12 B, 3.40 KB, 19.8 KB, 1.18 GB. */
public final class ByteSize {
    private ByteSize() {
    }

    public static String format(long n) {
        if (n < 1000) return n + " B";
        String[] u = {"KB", "MB", "GB", "TB"};
        double v = n;
        int i = -1;
        while (v >= 1000 && i < u.length - 1) {
            v /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, u[i]);
    }
}
