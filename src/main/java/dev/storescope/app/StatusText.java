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
        return counts + " · loaded in " + ms(loadMillis);
    }

    /** A partial dir shown: "… · tree in 704 ms · loading default__vector_store.json (896 MB) …" */
    static String partial(String counts, long treeMillis, StorageContext partial) {
        return counts + " · tree in " + ms(treeMillis) + " · " + pending(partial);
    }

    /** The complete dir that took a partial one's place: "… · loaded in 1,278 ms (tree in 704 ms)" */
    static String completed(String counts, long loadMillis, long treeMillis) {
        return of(counts, loadMillis) + " (tree in " + ms(treeMillis) + ")";
    }

    private static String ms(long millis) {
        return String.format(Locale.ROOT, "%,d", millis) + " ms";
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

    /** What a partial context still reads: "loading default__vector_store.json (896 MB) …" */
    private static String pending(StorageContext partial) {
        long bytes = 0;
        for (PersistFile f : partial.pending()) bytes += f.size();
        return "loading " + String.join(", ", partial.pending().stream().map(PersistFile::name).toList()) + " (" + size(bytes) + ") …";
    }

    /** Human size in decimal units, as the tree shows it. */
    static String size(long n) {
        return dev.storescope.inspect.tree.ByteSize.format(n);
    }
}
