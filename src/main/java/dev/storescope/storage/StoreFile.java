package dev.storescope.storage;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/** A file a {@link StorageContext} holds and can write back. */
public interface StoreFile {
    PersistFile info();

    /** True when the content differs from what was loaded (persist then rewrites it). */
    boolean isModified();

    /** The bytes persist writes: the loaded bytes while unmodified. */
    void writeTo(WritableByteChannel ch) throws IOException;
}
