package dev.storescope.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * Persist refused: another program changed these files after they were loaded, and writing would
 * overwrite the newer version silently. Reload (or persist elsewhere) first.
 */
public class FileChangedOnDiskException extends java.io.IOException {
    private final List<Path> files;

    public FileChangedOnDiskException(List<Path> files) {
        super("changed on disk since they were loaded (another program persisted?): " + files
                + "; reload the dir, or persist to another dir, instead of overwriting the newer version");
        this.files = List.copyOf(files);
    }

    public List<Path> files() {
        return files;
    }
}
