package dev.storescope.json;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A memory-mapped file's bytes read forward through a heap window with plain reads. Comparing a
 * whole file against its twin this way touches none of its mapped pages: on a virtual machine the
 * first touch of each mapped page costs several times what reading it does. Used only while the
 * file on disk is still the one that was mapped (same file key, size and modification time);
 * otherwise, and for sources that are not files, the slices come from the mapped buffer.
 */
final class ReadWindow implements AutoCloseable {
    private static final int SIZE = 4 << 20;
    private final JsonSource source;
    private FileReads reads;
    private ByteBuffer window;
    /** {@code window} read-only: slices of the class of the mapped buffer's (one class for the compare). */
    private ByteBuffer view;
    private long start = -1;
    private int filled;
    private boolean mapped;

    ReadWindow(JsonSource source) {
        this.source = source;
        this.mapped = !source.readable();
    }

    /**
     * The bytes {@code [pos, pos + len)} of the file as the remaining bytes of a buffer that is
     * reused (valid until the next call): a compare per member of a 100,000-member object makes no
     * buffer objects.
     */
    ByteBuffer slice(int pos, int len) {
        if (mapped) return range(mappedView(), pos, len);
        if (start < 0 || pos < start || pos + (long) len > start + filled) {
            if (!fill(pos, len)) return range(mappedView(), pos, len);
        }
        return range(view, (int) (pos - start), len);
    }

    private ByteBuffer mappedView;

    private ByteBuffer mappedView() {
        if (mappedView == null) mappedView = source.buffer().duplicate();
        return mappedView;
    }

    /** {@code b} narrowed to {@code [pos, pos + len)} (position and limit; no new buffer). */
    static ByteBuffer range(ByteBuffer b, int pos, int len) {
        b.clear();
        return b.position(pos).limit(pos + len);
    }

    private boolean fill(int pos, int len) {
        if (reads == null) reads = FileReads.open(source);
        if (reads == null) {
            mapped = true; // replaced since it was mapped (or unreadable): stay with the mapped bytes
            return false;
        }
        int cap = Math.max(SIZE, len);
        if (window == null || window.capacity() < cap) {
            window = ByteBuffer.allocateDirect(cap); // read straight into it (a heap buffer costs a second copy)
            view = window.asReadOnlyBuffer();
        }
        window.clear();
        window.limit((int) Math.min(cap, source.length() - (long) pos));
        try {
            reads.readFully(window, pos);
        } catch (IOException e) {
            mapped = true;
            return false;
        }
        if (window.position() < len) {
            mapped = true;
            return false;
        }
        filled = window.position();
        start = pos;
        return true;
    }

    @Override
    public void close() {
        if (reads != null) reads.close();
    }
}
