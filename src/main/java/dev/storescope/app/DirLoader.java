package dev.storescope.app;

import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** How the window opens a dir (the storage library's loader; tests put a slower one in). */
@FunctionalInterface
interface DirLoader {
    DirLoader STORAGE = StorageContext::fromPersistDir;

    /** Loads {@code dir}, telling {@code loaded} about each file as it is in. */
    StorageContext load(Path dir, Consumer<PersistFile> loaded) throws IOException;
}
