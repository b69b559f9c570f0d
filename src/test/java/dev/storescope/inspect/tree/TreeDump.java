package dev.storescope.inspect.tree;

/** Prints a tree to a string (test helper; also handy when a test fails). */
final class TreeDump {
    private TreeDump() {
    }

    static String dump(StoreNode n, int maxDepth, int maxChildren) {
        StringBuilder sb = new StringBuilder();
        walk(n, 0, maxDepth, maxChildren, sb);
        return sb.toString();
    }

    private static void walk(StoreNode n, int depth, int maxDepth, int maxChildren, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(n.kind()).append(' ').append(n).append(n.problem() ? "  !! " + n.problemMessage().get() : "").append('\n');
        if (depth >= maxDepth || n.isLeaf()) return;
        for (StoreNode c : n.children(0, maxChildren)) walk(c, depth + 1, maxDepth, maxChildren, sb);
        if (n.childCount() > maxChildren) sb.append("  ".repeat(depth + 1)).append("… ").append(n.childCount() - maxChildren).append(" more\n");
    }
}
