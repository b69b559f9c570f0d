package dev.storescope.inspect.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.IntStream;

/**
 * Where a file stops being UTF-8 as Python's strict decoder reads it (no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF). Large files are checked in parallel chunks, eight
 * ASCII bytes at a time.
 */
final class Utf8Check {
    private static final int CHUNK = 16 << 20;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** One read buffer per thread (a chunk plus the 3 bytes a sequence may reach past it). */
    private static final ThreadLocal<java.nio.ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> java.nio.ByteBuffer.allocate(CHUNK + 3));

    private Utf8Check() {
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    static long firstInvalid(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) return -1;
            int chunks = (int) ((size + CHUNK - 1) / CHUNK);
            long[] found = new long[chunks];
            IntStream.range(0, chunks).parallel().forEach(c -> {
                try {
                    found[c] = chunk(ch, size, (long) c * CHUNK);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (long f : found) if (f >= 0) return f;
            return -1;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Checks the sequences that start in [from, from + CHUNK) (reading up to 3 bytes past it).
     * The chunk is read into a heap buffer rather than mapped: a fresh mapping page-faults on
     * every 4 KB page, which costs more than the copy.
     */
    private static long chunk(FileChannel ch, long size, long from) throws IOException {
        long to = Math.min(size, from + CHUNK);
        long mapEnd = Math.min(size, to + 3);
        java.nio.ByteBuffer b = BUFFER.get();
        b.clear().limit((int) (mapEnd - from));
        while (b.hasRemaining()) {
            int n = ch.read(b, from + b.position());
            if (n < 0) break;
        }
        b.flip();
        b.order(ByteOrder.LITTLE_ENDIAN);
        int limit = (int) (to - from);
        int len = (int) (mapEnd - from);
        int i = 0;
        if (from > 0) while (i < limit && (b.get(i) & 0xC0) == 0x80) i++; // the previous chunk owns these
        while (i < limit) {
            if (i + 8 <= limit && (b.getLong(i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b.get(i) & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) n = 1;
            else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F;
            } else {
                return from + i;
            }
            if (i + n >= len) return from + i; // the file ends inside the sequence
            int second = b.get(i + 1) & 0xff;
            if (second < lo || second > hi) return from + i;
            for (int k = 2; k <= n; k++) if ((b.get(i + k) & 0xC0) != 0x80) return from + i;
            i += n + 1;
        }
        return -1;
    }
}
