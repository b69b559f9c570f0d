package dev.storescope.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Plain positional reads of a mapped file, for as long as the file on disk is the one that was
 * mapped (same file key, size and modification time): on a virtual machine the first touch of each
 * mapped page costs several times what reading it does. Shared by {@link ReadWindow} and
 * {@link JsonScanner#sequential}; both fall back to the mapping when this is not to be had.
 */
final class FileReads implements AutoCloseable {
    private final FileChannel channel;

    private FileReads(FileChannel channel) {
        this.channel = channel;
    }

    /** The reads of {@code source}'s file, or null (not a mapped file, replaced since, not readable). */
    static FileReads open(JsonSource source) {
        if (!source.readable()) return null;
        Path file = source.file();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            if (source.isStill(Files.readAttributes(file, BasicFileAttributes.class))) return new FileReads(ch);
        } catch (IOException e) {
            // unreadable: the mapping serves
        }
        closeQuietly(ch);
        return null;
    }

    /** Fills {@code dst}'s remaining bytes from the file at {@code pos}; false when the file ended first. */
    boolean readFully(ByteBuffer dst, long pos) throws IOException {
        long at = pos;
        while (dst.hasRemaining()) {
            int n = channel.read(dst, at);
            if (n < 0) return false;
            at += n;
        }
        return true;
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
