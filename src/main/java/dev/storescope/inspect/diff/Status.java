package dev.storescope.inspect.diff;

/** What happened to one item between the old (A) and the new (B) snapshot. */
public enum Status {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed"),
    /** Same content (matched by hash), different id: reported instead of a remove + add. */
    RE_ID("re_id");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The name used in JSON output and filters. */
    public String key() {
        return key;
    }
}
