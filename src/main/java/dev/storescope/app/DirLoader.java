package dev.storescope.app;

import dev.storescope.storage.FileKind;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How the window opens a dir (the storage library's loader; tests put a slower one in). Every
 * file is read at once, in parallel; the big vector stores ({@link #later}) may still be loading
 * when the rest is in: then the window shows that partial context first.
 */
@FunctionalInterface
interface DirLoader {
    /** Vector store files from this size on may come in after the tree is shown. */
    long LATER_FROM_BYTES = 64L << 20;

    DirLoader STORAGE = (dir, loaded, partial) -> StorageContext.fromPersistDir(dir, loaded, DirLoader::later, partial);

    /**
     * Loads {@code dir}, telling {@code loaded} about each file as it is in and {@code partial}
     * (at most once, before returning) of a partial context the window may show meanwhile.
     */
    StorageContext load(Path dir, Consumer<PersistFile> loaded, Consumer<StorageContext> partial) throws IOException;

    /** True for a file the tree does not wait for: a vector store of {@link #LATER_FROM_BYTES} or more. */
    static boolean later(PersistFile f) {
        return (f.kind() == FileKind.VECTOR_STORE || f.kind() == FileKind.TS_VECTOR_STORE) && f.size() >= LATER_FROM_BYTES;
    }
}
