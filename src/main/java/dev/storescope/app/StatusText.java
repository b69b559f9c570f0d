package dev.storescope.app;

import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.Locale;

/** The status bar's one-line summary of an open dir: files, total size, main counts, load time. */
final class StatusText {
    private StatusText() {
    }

    static String of(String counts, long loadMillis) {
        return counts + " · loaded in " + String.format(Locale.ROOT, "%,d", loadMillis) + " ms";
    }

    /** Files, total size and the main counts (cheap: key counts only). */
    static String counts(StorageContext ctx) {
        long bytes = 0;
        for (PersistFile f : ctx.files()) bytes += f.size();
        StringBuilder sb = new StringBuilder();
        sb.append(ctx.files().size()).append(ctx.files().size() == 1 ? " file, " : " files, ").append(size(bytes));
        for (PersistFile f : ctx.files()) {
            SimpleKVStore kv = ctx.kvStore(f.name()).orElse(null);
            if (kv == null) continue;
            if (kv.collectionNames().contains("docstore/data")) {
                sb.append(" · ").append(String.format(Locale.ROOT, "%,d", kv.size("docstore/data"))).append(" nodes");
            }
            if (kv.collectionNames().contains("docstore/ref_doc_info")) {
                sb.append(" · ").append(String.format(Locale.ROOT, "%,d", kv.size("docstore/ref_doc_info"))).append(" ref docs");
            }
        }
        ctx.vectorStores().forEach((ns, v) -> sb.append(" · ").append(String.format(Locale.ROOT, "%,d", v.size())).append(" vectors (").append(ns).append(')'));
        if (!ctx.problems().isEmpty()) sb.append(" · ").append(ctx.problems().size()).append(" unreadable");
        return sb.toString();
    }

    /**
     * Human size in decimal units, as the tree's file nodes show it (12 B, 3.40 KB, 19.8 KB, 1.18 GB).
     * Same rule as the package-private {@code inspect.tree.Text.bytes}, so the two never disagree.
     */
    static String size(long n) {
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
