package dev.storescope.inspect.tree;

/** What a tree cell shows: label, detail and, for broken or missing things, the problem. */
record Info(String label, String detail, String problem) {
    static Info of(String label, String detail) {
        return new Info(label, detail == null ? "" : detail, null);
    }

    static Info problem(String label, String detail, String problem) {
        return new Info(label, detail == null ? "" : detail, problem);
    }
}
