package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;

/**
 * Where a finding is: the file, the collection (or top-level member) and key inside it, the JSON
 * path, and the {@link ValueRef} of the tree item the GUI selects. Any part may be null.
 */
public record Location(String file, String collection, String key, String path, ValueRef ref) {

    public static Location file(String file) {
        return new Location(file, null, null, null, new ValueRef.File(file));
    }

    /** A value inside a file, at a known byte position (a JSON syntax error). */
    public static Location at(String file, String path) {
        return new Location(file, null, null, path, new ValueRef.File(file));
    }

    public static Location kv(String file, String collection, String key, ValueRef ref) {
        String col = dev.storescope.json.JsonPath.key("$", collection);
        return new Location(file, collection, key, key == null ? col : dev.storescope.json.JsonPath.key(col, key), ref);
    }

    /** This location with a JSON path below the entry ({@code suffix} like {@code ["__data__"]["id_"]}). */
    public Location below(String suffix) {
        return new Location(file, collection, key, (path == null ? "$" : path) + suffix, ref);
    }

    /** One line for a terminal: {@code file › collection › key}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file == null ? "(dir)" : file);
        if (collection != null) sb.append(" › ").append(collection);
        if (key != null) sb.append(" › ").append(key);
        if (collection == null && key == null && path != null && !path.equals("$")) sb.append(" at ").append(path);
        return sb.toString();
    }
}
