package dev.storescope.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * A file held as its bytes only (a kind StoreScope does not model, a binary index, a pickle, or a
 * file that could not be read): persisted elsewhere it is copied verbatim, never rewritten.
 */
public final class OpaqueFile implements StoreFile {
    private final PersistFile info;

    public OpaqueFile(PersistFile info) {
        this.info = info;
    }

    @Override
    public PersistFile info() {
        return info;
    }

    @Override
    public boolean isModified() {
        return false;
    }

    @Override
    public void writeTo(WritableByteChannel ch) throws IOException {
        if (info.path().getFileSystem() == FileSystems.getDefault()) {
            try (FileChannel in = FileChannel.open(info.path(), StandardOpenOption.READ)) {
                long size = in.size();
                for (long pos = 0; pos < size; ) pos += in.transferTo(pos, size - pos, ch);
            }
        } else {
            ch.write(java.nio.ByteBuffer.wrap(Files.readAllBytes(info.path())));
        }
    }
}
