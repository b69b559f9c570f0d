package dev.storescope.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes of one file, memory-mapped when it lives on the default file system (so a 1 GB file
 * costs no heap), read into memory otherwise (zip or in-memory file systems). Values of the file
 * are {@link RawJson} slices of it.
 */
public final class JsonSource {
    private static final int MAP_THRESHOLD = 1 << 16;
    private final String label;
    private final Path file;
    private final ByteBuffer buf;
    private final int length;
    private final int bodyStart;
    /** For a mapped file: its identity when it was mapped (see {@link #isStill}); else null. */
    private final BasicFileAttributes mappedAs;

    private JsonSource(String label, ByteBuffer buf) {
        this(label, null, direct(buf), null);
    }

    /**
     * Bytes in memory of a file's size ({@link #MAP_THRESHOLD} and more) as a read-only direct buffer,
     * the class of a mapped file's buffer: the scanner's long runs then see a single buffer class, so
     * the JIT compiles them once (a second class seen later, e.g. a decoded index struct after the
     * mapped files, undoes the compiled scanner). Single values (a string, a metadata record) stay
     * on the heap: a direct buffer per value would cost an allocation outside the heap each.
     */
    private static ByteBuffer direct(ByteBuffer heap) {
        if (heap.remaining() < MAP_THRESHOLD) return heap;
        ByteBuffer d = ByteBuffer.allocateDirect(Math.max(1, heap.remaining()));
        d.put(heap.duplicate());
        d.flip();
        return d.asReadOnlyBuffer();
    }

    private JsonSource(String label, Path file, ByteBuffer buf, BasicFileAttributes mappedAs) {
        this.label = label;
        this.file = file;
        this.mappedAs = mappedAs;
        this.buf = buf;
        this.length = buf.limit();
        this.bodyStart = length >= 3 && (buf.get(0) & 0xff) == 0xEF && (buf.get(1) & 0xff) == 0xBB && (buf.get(2) & 0xff) == 0xBF ? 3 : 0;
    }

    public static JsonSource open(Path file) throws IOException {
        return open(file, file.toString());
    }

    /** Opens a file whose messages name it {@code label} (e.g. a git blob spooled to a temporary file). */
    public static JsonSource open(Path file, String label) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size > Integer.MAX_VALUE) {
                    throw new IOException(label + ": files over 2 GiB are not supported yet (" + size + " bytes)");
                }
                if (size >= MAP_THRESHOLD) {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    return new JsonSource(label, file, ch.map(FileChannel.MapMode.READ_ONLY, 0, size), attrs);
                }
            }
        }
        return new JsonSource(label, ByteBuffer.wrap(Files.readAllBytes(file)));
    }

    public static JsonSource of(byte[] bytes, String label) {
        return new JsonSource(label, ByteBuffer.wrap(bytes));
    }

    public static JsonSource of(String text, String label) {
        return of(text.getBytes(StandardCharsets.UTF_8), label);
    }

    public String label() { return label; }

    public int length() { return length; }

    /** Where the JSON text starts (after a UTF-8 BOM, which Python's binary json.load tolerates). */
    public int bodyStart() { return bodyStart; }

    public boolean hasBom() { return bodyStart == 3; }

    public byte get(int i) { return buf.get(i); }

    ByteBuffer buffer() { return buf; }

    /** The mapped file, or null. */
    Path file() { return file; }

    /** True for a mapped file that can also be read with plain reads (see {@link ReadWindow}). */
    boolean readable() { return mappedAs != null && mappedAs.fileKey() != null; }

    /** True when {@code now} describes the file as it was when mapped (same file key, size and modification time). */
    boolean isStill(BasicFileAttributes now) {
        return readable() && mappedAs.fileKey().equals(now.fileKey())
                && mappedAs.size() == now.size() && mappedAs.lastModifiedTime().equals(now.lastModifiedTime()) && now.size() == length;
    }

    /** The underlying buffer (read-only use). */
    public ByteBuffer buffer0() { return buf.asReadOnlyBuffer(); }

    /** True when {@code length} bytes at {@code start} equal those of {@code other} at {@code otherStart} (a vectorised compare). */
    public boolean sameBytes(int start, JsonSource other, int otherStart, int length) {
        return buf.slice(start, length).mismatch(other.buf.slice(otherStart, length)) == -1;
    }

    public byte[] bytes(int start, int end) {
        byte[] b = new byte[end - start];
        buf.get(start, b);
        return b;
    }

    public byte[] allBytes() {
        return bytes(0, length);
    }

    public void copyTo(OutputStream out, int start, int end) throws IOException {
        if (buf.hasArray()) {
            out.write(buf.array(), buf.arrayOffset() + start, end - start);
            return;
        }
        byte[] chunk = new byte[Math.min(1 << 16, Math.max(1, end - start))];
        for (int p = start; p < end; ) {
            int n = Math.min(chunk.length, end - p);
            buf.get(p, chunk, 0, n);
            out.write(chunk, 0, n);
            p += n;
        }
    }

    /** Writes the whole file (an in-kernel copy from the file when both ends are files). */
    public void writeTo(WritableByteChannel ch) throws IOException {
        if (file != null && ch instanceof FileChannel) {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                if (in.size() == length) {
                    for (long pos = 0; pos < length; ) pos += in.transferTo(pos, length - pos, ch);
                    return;
                }
            } catch (IOException e) {
                // the file went away or changed size since it was mapped: write the mapped bytes below
            }
        }
        ByteBuffer b = buf.duplicate();
        b.position(0).limit(length);
        while (b.hasRemaining()) ch.write(b);
    }

    /** 1-based line and column of a byte offset. */
    public long[] lineColumn(int offset) {
        long line = 1;
        int lineStart = 0;
        int end = Math.min(offset, length);
        for (int i = 0; i < end; i++) {
            if (buf.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1L};
    }

    /** A printable excerpt of the bytes around an offset, with the offset marked by {@code >>}. */
    public String excerpt(int offset) {
        int from = Math.max(0, offset - 40);
        int to = Math.min(length, offset + 40);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i == offset) sb.append(">>");
            int b = buf.get(i) & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        if (offset >= length) sb.append(">>[end of file]");
        return sb.toString();
    }

    public JsonSyntaxException error(int offset, String path, String detail) {
        long[] lc = lineColumn(offset);
        return new JsonSyntaxException(label, offset, lc[0], lc[1], path, detail, excerpt(offset));
    }
}
