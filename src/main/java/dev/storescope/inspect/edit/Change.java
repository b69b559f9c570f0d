package dev.storescope.inspect.edit;

/**
 * One key of one file that a job changes.
 *
 * @param file       file name
 * @param collection top-level member ({@code docstore/data}, {@code embedding_dict}, {@code graph_dict}, {@code store}, …)
 * @param key        the key inside it (null for a whole member added or removed)
 * @param action     what happens to it
 * @param detail     a readable note (e.g. which node ids leave an index struct)
 */
public record Change(String file, String collection, String key, Action action, String detail) {
    public enum Action { ADD, UPDATE, DELETE }

    @Override
    public String toString() {
        return action + " " + file + " › " + collection + (key == null ? "" : " › " + key) + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
