package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;

import java.util.Locale;

/** The last item of a paged branch: activating it loads the next page of {@code parent}'s children. */
record MorePage(StoreNode parent, int from, int total) {
    String label() {
        int next = Math.min(StoreTreeItem.PAGE, total - from);
        return String.format(Locale.ROOT, "show next %,d (%,d of %,d shown)", next, from, total);
    }
}
