package dev.storescope.app;

/** Where the editor's text is wrong and why (shown underlined and explained under the editor). */
record EditorError(int offset, int line, int column, String message) {
}
