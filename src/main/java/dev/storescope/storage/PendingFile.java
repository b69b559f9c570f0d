package dev.storescope.storage;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * A file of the dir a {@link StorageContext} has not read yet ({@link StorageContext#pending()}):
 * it is listed and, persisted elsewhere, copied verbatim; it has no store until
 * the loading context that {@link StorageContext#completes} this one has read it.
 */
public final class PendingFile implements StoreFile {
    private final OpaqueFile bytes;

    public PendingFile(PersistFile info) {
        this.bytes = new OpaqueFile(info);
    }

    @Override
    public PersistFile info() {
        return bytes.info();
    }

    @Override
    public boolean isModified() {
        return false;
    }

    @Override
    public void writeTo(WritableByteChannel ch) throws IOException {
        bytes.writeTo(ch);
    }
}
