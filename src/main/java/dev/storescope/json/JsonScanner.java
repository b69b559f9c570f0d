package dev.storescope.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast, validating structure scanner: finds where values start and end without building them,
 * so loading a 1 GB file means one pass over its bytes and a small index of byte ranges.
 * It checks the JSON grammar as Python's strict {@code json.load} does (plus {@code NaN},
 * {@code Infinity}); UTF-8 of string contents is checked when a value is parsed.
 */
public final class JsonScanner {
    /** One member of an object: its decoded key and the byte range of its value. */
    public record Member(String key, int valueStart, int valueEnd) {
    }

    /** One element of an array: its byte range. */
    public record Element(int start, int end) {
    }

    /** The members of an object and where the object ends. */
    public record ObjectScan(List<Member> members, int end, int[] twinOf) {
        public ObjectScan(List<Member> members, int end) {
            this(members, end, null);
        }
    }

    /**
     * A member of the top-level object with, when its value is an object, that object's own
     * members: the two-level index of a key-value file, built in one pass.
     */
    public record Collection(String name, int start, int end, List<Member> entries, Twin twin, int[] twinOf) {
        public Collection(String name, int start, int end, List<Member> entries) {
            this(name, start, end, entries, null, null);
        }
    }

    private final JsonSource source;
    private final ByteBuffer buf;
    private final int limit;
    /** The source buffer's order: {@link #long8} gives little-endian words from either. */
    private final boolean bigEndian;
    /** Scratch for {@link #skipNumberArray}: an embedding (about 8 KB for 384 dimensions) in one or two copies. */
    private final byte[] chunk = new byte[4096];

    public JsonScanner(JsonSource source) {
        this.source = source;
        this.buf = source.buffer();
        this.bigEndian = buf.order() == java.nio.ByteOrder.BIG_ENDIAN;
        this.limit = source.length();
    }

    /**
     * A scanner for one pass through a whole file: it reads a mapped file through a window filled
     * by plain reads while the file on disk is still the mapped one, and touches none of the mapped
     * pages (on a virtual machine the first touch of each costs several times what reading it
     * does; values found are still slices of the mapping). {@link #close} it after the pass.
     */
    public static JsonScanner sequential(JsonSource source) {
        JsonScanner s = new JsonScanner(source);
        s.windowed = source.readable();
        return s;
    }

    /** Another scanner over the same bytes, for another thread (a scanner is not thread-safe). */
    JsonScanner forAnotherThread() {
        JsonScanner s = new JsonScanner(source);
        s.windowed = windowed;
        return s;
    }

    private static final int WINDOW = 1 << 20;
    private static final byte[] NO_BYTES = new byte[0];
    /** The bytes {@code [winStart, winStart + winLen)} of the file, when {@link #windowed}. */
    private byte[] win = NO_BYTES;
    private int winStart;
    private int winLen;
    private boolean windowed;
    private FileReads reads;

    /** Closes the file a {@link #sequential} scanner reads (it falls back to the mapping if used again). */
    public void close() {
        windowed = false;
        winLen = 0;
        if (reads != null) {
            reads.close();
            reads = null;
        }
    }

    /** The byte at {@code i}: from the window when it holds it (small enough for C1, the window's compiler, to inline). */
    private byte get(int i) {
        int r = i - winStart;
        if (r >= 0 && r < winLen) return win[r];
        return getOutside(i);
    }

    private byte getOutside(int i) {
        return windowed && i < limit && fill(i) ? win[i - winStart] : buf.get(i);
    }

    /** The 8 bytes at {@code i} as a little-endian word: byte {@code i} is the lowest. */
    private long long8(int i) {
        int r = i - winStart;
        if (r >= 0 && r <= winLen - 8) return (long) LE_WORDS.get(win, r);
        return long8Outside(i);
    }

    private long long8Outside(int i) {
        if (windowed && i + 8 <= limit && fill(i)) return (long) LE_WORDS.get(win, i - winStart);
        long v = buf.getLong(i);
        return bigEndian ? Long.reverseBytes(v) : v;
    }

    /** Bytes {@code [from, from + n)} into {@code dst} (n at most 4096). */
    private void copyOut(int from, byte[] dst, int n) {
        int r = from - winStart;
        if (r >= 0 && r + n <= winLen) {
            System.arraycopy(win, r, dst, 0, n);
        } else if (windowed && from + n <= limit && fill(from)) {
            System.arraycopy(win, from - winStart, dst, 0, n);
        } else {
            buf.get(from, dst, 0, n);
        }
    }

    private ByteBuffer winView;

    /**
     * Bytes {@code [pos, pos + len)} as the remaining bytes of a reused buffer: from this scanner's
     * window when it is a {@link #sequential} one and they fit (the compare of a twin scan and the
     * scan itself then read the file once), else from {@code fallback}.
     */
    private ByteBuffer bytesAt(int pos, int len, ReadWindow fallback) {
        if (windowed && len <= WINDOW - 256 && pos + len <= limit) {
            int r = pos - winStart;
            if ((r >= 0 && r + len <= winLen) || (fill(pos) && (r = pos - winStart) + len <= winLen)) {
                if (winView == null || winView.array() != win) winView = ByteBuffer.wrap(win);
                return ReadWindow.range(winView, r, len);
            }
        }
        return fallback.slice(pos, len);
    }

    private static final java.lang.invoke.VarHandle LE_WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Moves the window to start a little before {@code i} (so that a key just scanned is still in it)
     * and reads it; false, and the mapping from then on, when the file cannot be read or is no longer
     * the mapped one.
     */
    private boolean fill(int i) {
        if (reads == null) {
            reads = FileReads.open(source);
            if (reads == null) {
                close();
                return false;
            }
            win = new byte[WINDOW];
        }
        int from = Math.max(0, i - 256);
        int want = Math.min(win.length, limit - from);
        try {
            if (!reads.readFully(ByteBuffer.wrap(win, 0, want), from)) {
                close();
                return false;
            }
        } catch (java.io.IOException e) {
            close();
            return false;
        }
        winStart = from;
        winLen = want;
        return true;
    }

    /** The range of the single top-level value, checking that only whitespace follows it. */
    public int[] rootRange() {
        int start = skipWs(source.bodyStart());
        if (start >= limit) throw source.error(start, JsonPath.ROOT, limit == 0 ? "empty file" : "Expecting value (only whitespace)");
        int end = skipValue(start, JsonPath.ROOT);
        int after = skipWs(end);
        if (after < limit) throw source.error(after, JsonPath.ROOT, "Extra data after the top-level value");
        return new int[] {start, end};
    }

    /** The members of the object starting at {@code start} (duplicates included, in file order). */
    public List<Member> members(int start, String path) {
        return scanObject(start, path).members();
    }

    /**
     * Members of an object from the member starting at {@code i} on, stopping before the first member
     * that starts at or after {@code stopAt} (or when {@code cancelled} says so).
     *
     * @param end       one past the object's {@code '}'} when it was reached, else -1
     * @param stoppedAt where the scan stopped before a member (or was cancelled), else -1
     */
    record Run(List<Member> members, int end, int stoppedAt) {
    }

    Run run(int i, String path, int stopAt, java.util.function.BooleanSupplier cancelled) {
        List<Member> out = new ArrayList<>();
        while (true) {
            if (i >= stopAt || ((out.size() & 255) == 255 && cancelled.getAsBoolean())) return new Run(out, -1, i);
            Member mem = member(i, path);
            out.add(mem);
            i = skipWs(mem.valueEnd());
            byte b = at(i, path);
            if (b == ',') {
                i = skipWs(i + 1);
            } else if (b == '}') {
                return new Run(out, i + 1, -1);
            } else {
                throw source.error(i, path, "Expecting ',' delimiter or '}'");
            }
        }
    }

    int limit() {
        return limit;
    }

    byte byteAt(int i) {
        return get(i);
    }

    /** The end (exclusive) of the string starting at {@code i}, or -1 when it does not scan. */
    int stringEndOrMinusOne(int i) {
        try {
            return skipStringRaw(i);
        } catch (ScanError e) {
            return -1;
        }
    }

    /** The members of the object starting at {@code start} and its end. */
    public ObjectScan scanObject(int start, String path) {
        if (start >= limit || get(start) != '{') throw source.error(start, path, "expected an object");
        int i = skipWs(start + 1);
        if (at(i, path) == '}') return new ObjectScan(new ArrayList<>(), i + 1);
        Run r = run(i, path, Integer.MAX_VALUE, NEVER);
        return new ObjectScan(r.members(), r.end());
    }

    static final java.util.function.BooleanSupplier NEVER = () -> false;

    /** One member {@code "key": value} starting at its key's quote. */
    private Member member(int i, String path) {
        if (at(i, path) != '"') throw source.error(i, path, "Expecting property name enclosed in double quotes");
        int keyEnd = skipString(i, path);
        String key = decodeKey(i, keyEnd, path);
        i = skipWs(keyEnd);
        if (at(i, path) != ':') throw source.error(i, JsonPath.key(path, key), "Expecting ':' delimiter");
        int vs = skipWs(i + 1);
        return new Member(key, vs, skipValue(vs, path, key));
    }

    /**
     * Scans a whole file whose top-level value is an object: every top-level member, and for those
     * whose value is an object, its members, in a single pass. Checks that only whitespace follows.
     */
    public List<Collection> scanCollections(int start) {
        return scanCollections(start, Map.of());
    }

    /**
     * An object of another file that a similar file is scanned against ({@link #scanObjectLike}):
     * its source, the position of its {@code '{'} and its members.
     */
    public record Twin(JsonSource source, int start, List<Member> members, java.util.function.Supplier<KeyIndex> index) {
        public Twin(JsonSource source, int start, List<Member> members) {
            this(source, start, members, null);
        }

        /** Key → index of its first member (shared with whoever else needs it: the section keeps it). */
        KeyIndex keyIndex() {
            return index != null ? index.get() : KeyIndex.of(members);
        }
    }

    /**
     * {@link #scanCollections(int)}, where a top-level object whose name has a twin (the same
     * collection of an earlier version of the file) is scanned with {@link #scanObjectLike}.
     */
    public List<Collection> scanCollections(int start, Map<String, Twin> twins) {
        if (at(start, JsonPath.ROOT) != '{') throw source.error(start, JsonPath.ROOT, "expected an object");
        List<Collection> out = new ArrayList<>();
        int i = skipWs(start + 1);
        if (at(i, JsonPath.ROOT) != '}') {
            while (true) {
                if (at(i, JsonPath.ROOT) != '"') throw source.error(i, JsonPath.ROOT, "Expecting property name enclosed in double quotes");
                int keyEnd = skipString(i, JsonPath.ROOT);
                String key = decodeKey(i, keyEnd, JsonPath.ROOT);
                String memberPath = JsonPath.key(JsonPath.ROOT, key);
                i = skipWs(keyEnd);
                if (at(i, memberPath) != ':') throw source.error(i, memberPath, "Expecting ':' delimiter");
                int vs = skipWs(i + 1);
                if (at(vs, memberPath) == '{') {
                    Twin twin = twins.get(key);
                    ObjectScan inner = twin != null ? scanObjectLike(vs, memberPath, twin)
                            : limit - vs >= SplitScan.MIN_BYTES ? SplitScan.scan(this, vs, memberPath) : scanObject(vs, memberPath);
                    out.add(new Collection(key, vs, inner.end(), inner.members(), inner.twinOf() == null ? null : twin, inner.twinOf()));
                    i = skipWs(inner.end());
                } else {
                    int ve = skipValue(vs, memberPath);
                    out.add(new Collection(key, vs, ve, null));
                    i = skipWs(ve);
                }
                byte b = at(i, JsonPath.ROOT);
                if (b == ',') {
                    i = skipWs(i + 1);
                } else if (b == '}') {
                    i++;
                    break;
                } else {
                    throw source.error(i, JsonPath.ROOT, "Expecting ',' delimiter or '}'");
                }
            }
        } else {
            i++;
        }
        int after = skipWs(i);
        if (after < limit) throw source.error(after, JsonPath.ROOT, "Extra data after the top-level value");
        return out;
    }

    /**
     * The members of the object at {@code start}, scanned against {@code twin}, the same object in
     * another file (an older snapshot): where the bytes of a twin member (from the end of the
     * previous value to one byte past its own value) recur at the current position, the member is
     * taken over shifted, found by a vectorised compare instead of a scan; elsewhere members are
     * scanned (and validated) as by {@link #scanObject}, and the twin is re-joined at the next key
     * it has. Identical bytes parse identically, so the result equals {@code scanObject}'s.
     */
    public ObjectScan scanObjectLike(int start, String path, Twin twin) {
        if (start >= limit || get(start) != '{') throw source.error(start, path, "expected an object");
        try (ReadWindow mine = new ReadWindow(source); ReadWindow theirs = new ReadWindow(twin.source())) {
            return scanObjectLike(start, path, twin, mine, theirs);
        }
    }

    private ObjectScan scanObjectLike(int start, String path, Twin twin, ReadWindow mine, ReadWindow theirs) {
        List<Member> tm = twin.members();
        int tlimit = twin.source().length();
        List<Member> out = new ArrayList<>(tm.size());
        int[] twinOf = new int[tm.size() + 16];
        KeyIndex twinIndex = null;
        int ti = 0;
        int pa = twin.start();
        int pb = start;
        while (true) {
            if (ti < tm.size()) {
                Member m = tm.get(ti);
                int len = m.valueEnd() - pa + 1;
                if (m.valueEnd() < tlimit && pb + len <= limit && bytesAt(pb, len, mine).mismatch(theirs.slice(pa, len)) == -1) {
                    int shift = pb - pa;
                    twinOf = slot(twinOf, out.size(), ti);
                    out.add(new Member(m.key(), m.valueStart() + shift, m.valueEnd() + shift));
                    pb = m.valueEnd() + shift;
                    pa = m.valueEnd();
                    ti++;
                    continue;
                }
            }
            int i;
            if (pb == start) {
                i = skipWs(start + 1);
                if (at(i, path) == '}') return new ObjectScan(out, i + 1, java.util.Arrays.copyOf(twinOf, out.size()));
            } else {
                i = skipWs(pb);
                byte b = at(i, path);
                if (b == '}') return new ObjectScan(out, i + 1, java.util.Arrays.copyOf(twinOf, out.size()));
                if (b != ',') throw source.error(i, path, "Expecting ',' delimiter or '}'");
                i = skipWs(i + 1);
            }
            Member mem = member(i, path);
            String key = mem.key();
            twinOf = slot(twinOf, out.size(), -1);
            out.add(mem);
            pb = mem.valueEnd();
            if (twinIndex == null) twinIndex = twin.keyIndex();
            int at = twinIndex.get(key);
            if (at >= 0 && at >= ti) {
                ti = at + 1;
                pa = tm.get(at).valueEnd();
            }
        }
    }

    /** Sets {@code a[i] = v}, growing {@code a} when needed. */
    private static int[] slot(int[] a, int i, int v) {
        if (i >= a.length) a = java.util.Arrays.copyOf(a, Math.max(16, a.length * 2));
        a[i] = v;
        return a;
    }

    /** The elements of the array starting at {@code start}. */
    public List<Element> elements(int start, String path) {
        if (start >= limit || get(start) != '[') throw source.error(start, path, "expected an array");
        List<Element> out = new ArrayList<>();
        int i = skipWs(start + 1);
        if (at(i, path) == ']') return out;
        while (true) {
            int ve = skipValue(i, JsonPath.index(path, out.size()));
            out.add(new Element(i, ve));
            i = skipWs(ve);
            byte b = at(i, path);
            if (b == ',') {
                i = skipWs(i + 1);
            } else if (b == ']') {
                return out;
            } else {
                throw source.error(i, path, "Expecting ',' delimiter or ']'");
            }
        }
    }

    public int skipWs(int i) {
        while (i < limit) {
            byte b = get(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return i;
            i++;
        }
        return i;
    }

    private byte at(int i, String path) {
        if (i >= limit) throw source.error(limit, path, "unexpected end of file (the file looks truncated)");
        return get(i);
    }

    /** Skips the value at {@code i} and returns its end (exclusive), validating its grammar. */
    public int skipValue(int i, String path) {
        try {
            return skip(i);
        } catch (ScanError e) {
            throw locate(i, path, e);
        }
    }

    private int skipValue(int i, String parentPath, String key) {
        try {
            return skip(i);
        } catch (ScanError e) {
            throw locate(i, JsonPath.key(parentPath, key), e);
        }
    }

    /** Re-reads the failing value with the tree parser to name the JSON path inside it. */
    private JsonSyntaxException locate(int valueStart, String path, ScanError e) {
        if (e.offset <= limit) { // also at the end of a truncated file: name the deepest open value
            try {
                int stop = Math.min(limit, e.offset + 1);
                JsonReader.parse(source, valueStart, stop, path);
            } catch (JsonSyntaxException detailed) {
                if (detailed.offset() >= e.offset - 8) {
                    return source.error((int) e.offset, detailed.path(), e.getMessage());
                }
            }
        }
        return source.error(e.offset, path, e.getMessage());
    }

    private static final class ScanError extends RuntimeException {
        final int offset;

        ScanError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private byte need(int i) {
        if (i >= limit) throw new ScanError(limit, "unexpected end of file (the file looks truncated)");
        return get(i);
    }

    private int skip(int i) {
        byte b = need(i);
        if (b == '[') {
            int end = skipNumberArray(i);
            if (end > 0) return end;
        }
        if (b == '{' && windowed && compactMisses < COMPACT_GIVE_UP) {
            int end = skipCompactInWindow(i);
            if (end > 0) {
                compactMisses = 0;
                return end;
            }
            compactMisses++;
        }
        if (b == '{' || b == '[') return skipContainer(i);
        return skipScalar(i);
    }

    private int skipScalar(int i) {
        byte b = need(i);
        switch (b) {
            case '"':
                return skipStringRaw(i);
            case 't':
                return literal(i, "true");
            case 'f':
                return literal(i, "false");
            case 'n':
                return literal(i, "null");
            case 'N':
                return literal(i, "NaN");
            case 'I':
                return literal(i, "Infinity");
            default:
                if (b == '-' || (b >= '0' && b <= '9')) return skipNumber(i);
                throw new ScanError(i, "Expecting value");
        }
    }

    private int literal(int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (need(i + k) != word.charAt(k)) throw new ScanError(i, "Expecting value");
        }
        return i + word.length();
    }

    private int skipNumber(int i) {
        int start = i;
        if (get(i) == '-') {
            i++;
            if (need(i) == 'I') return literal(i, "Infinity");
        }
        byte b = need(i);
        if (b == '0') {
            i++;
        } else if (b >= '1' && b <= '9') {
            i = digits(i);
        } else {
            throw new ScanError(start, "Expecting value");
        }
        if (i < limit && get(i) == '.') {
            int d = digits(i + 1);
            if (d == i + 1) throw new ScanError(i, "Expecting digits after '.'");
            i = d;
        }
        if (i < limit && (get(i) == 'e' || get(i) == 'E')) {
            i++;
            if (i < limit && (get(i) == '+' || get(i) == '-')) i++;
            int d = digits(i);
            if (d == i) throw new ScanError(i, "Expecting exponent digits");
            i = d;
        }
        return i;
    }

    private int digits(int i) {
        while (i < limit) {
            byte b = get(i);
            if (b < '0' || b > '9') return i;
            i++;
        }
        return i;
    }

    private int skipString(int i, String path) {
        try {
            return skipStringRaw(i);
        } catch (ScanError e) {
            throw source.error(e.offset, path, e.getMessage());
        }
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index (0-7) of the lowest byte whose high bit is set in {@code h} (only high bits set, h
     * not 0): {@code numberOfTrailingZeros(h) / 8}, by a multiply, since C1 (the window's compiler)
     * calls Java code for {@code numberOfTrailingZeros}.
     */
    static int firstFlagged(long h) {
        return (int) ((((h & -h) >>> 7) * 0x0001020304050607L) >>> 56);
    }

    /**
     * The high bit of each of the 8 bytes that is a quote, a backslash or a control character, and
     * possibly of bytes above the lowest such byte (SWAR test: a borrow only runs upwards from a
     * hit). So the lowest set bit names the first such byte exactly; zero when there is none.
     */
    static long specials8(long v) {
        long q = v ^ 0x2222222222222222L;
        long b = v ^ 0x5C5C5C5C5C5C5C5CL;
        return (((q - ONES) & ~q) | ((b - ONES) & ~b) | ((v - 0x2020202020202020L) & ~v)) & HIGHS;
    }

    private int skipStringRaw(int i) {
        i++;
        final int lim = limit;
        final int fastLim = lim - 8;
        while (true) {
            while (i <= fastLim) { // 8 bytes at a time, then straight to the first quote, backslash or control byte
                long h = specials8(long8(i));
                if (h != 0) {
                    i += firstFlagged(h);
                    break;
                }
                i += 8;
            }
            if (i >= lim) throw new ScanError(lim, "unexpected end of file inside a string (the file looks truncated)");
            byte b = get(i);
            if (b == '"') return i + 1;
            if (b == '\\') {
                byte e = need(i + 1);
                if (e == 'u') {
                    for (int k = 2; k < 6; k++) {
                        if (!isHex(need(i + k))) throw new ScanError(i, "Invalid \\uXXXX escape");
                    }
                    i += 6;
                } else if (isSimpleEscape(e)) {
                    i += 2;
                } else {
                    throw new ScanError(i, "Invalid \\escape");
                }
            } else if (b >= 0 && b < 0x20) {
                throw new ScanError(i, "Invalid control character in string");
            } else {
                i++;
            }
        }
    }

    /** After this many objects in a row that {@link #skipCompactInWindow} left, it is not tried again (a file in another shape is not scanned twice). */
    private static final int COMPACT_GIVE_UP = 64;
    private int compactMisses;

    /**
     * Fast path for a container (a docstore node) in the shape Python's {@code json.dump} writes
     * with its default separators, read straight from the read window: {@code ", "} and
     * {@code ": "} (or no space), strings, integers, {@code true}/{@code false}/{@code null} and
     * nested containers. Returns the end, or -1 for anything else (a float, other whitespace, an
     * error, the container running past the window), and the validating path then scans it again
     * from its start: what this accepts, that accepts with the same end, and every error is still
     * that path's. Written out in one loop for C1, the window's compiler, which would call each
     * helper.
     */
    private int skipCompactInWindow(int i) {
        final byte[] w = win;
        final int base = winStart;
        final int end = Math.min(winLen, limit - base);
        int r = i - base;
        if (r < 0 || r >= end) return -1;
        byte[] stack = containers;
        int sp = 0;
        stack[sp++] = w[r++];
        boolean justOpened = true;
        while (true) {
            if (r >= end) return -1;
            byte top = stack[sp - 1];
            byte b = w[r];
            if (justOpened && b == (top == '{' ? '}' : ']')) {
                r++;
                sp--;
                if (sp == 0) return base + r;
            } else {
                if (top == '{') { // a key, ':' and at most one space
                    if (b != '"') return -1;
                    r = stringEndInWindow(w, r, end);
                    if (r < 0 || r + 1 >= end || w[r] != ':') return -1;
                    r += w[r + 1] == ' ' ? 2 : 1;
                    if (r >= end) return -1;
                    b = w[r];
                }
                int numbers = b == '[' ? skipNumberArray(winStart + r) : -1; // an embedding: the validating path's own fast path
                if (numbers > 0) {
                    if (win != w || winStart != base) return -1; // it moved the window on
                    r = numbers - base;
                } else if (b == '"') {
                    r = stringEndInWindow(w, r, end);
                    if (r < 0) return -1;
                } else if (b == '{' || b == '[') {
                    if (sp == stack.length) stack = containers = Arrays.copyOf(stack, sp * 2);
                    stack[sp++] = b;
                    r++;
                    justOpened = true;
                    continue;
                } else if (b == 'n' || b == 't' || b == 'f') {
                    String word = b == 'n' ? "null" : b == 't' ? "true" : "false";
                    if (!wordAt(w, r, end, word)) return -1;
                    r += word.length();
                } else { // an integer: -?(0|[1-9][0-9]*), nothing else
                    if (b == '-') r++;
                    if (r >= end) return -1;
                    b = w[r];
                    if (b == '0') {
                        r++;
                    } else if (b >= '1' && b <= '9') {
                        do {
                            r++;
                        } while (r < end && w[r] >= '0' && w[r] <= '9');
                    } else {
                        return -1;
                    }
                    if (r >= end || w[r] == '.' || w[r] == 'e' || w[r] == 'E') return -1;
                }
            }
            // after a value: ", " (or ",") goes on, a close bracket ends the container
            while (true) {
                if (r >= end) return -1;
                byte c = w[r];
                if (c == ',') {
                    r += r + 1 < end && w[r + 1] == ' ' ? 2 : 1;
                    break;
                }
                if (c != (stack[sp - 1] == '{' ? '}' : ']')) return -1;
                r++;
                sp--;
                if (sp == 0) return base + r;
            }
            justOpened = false;
        }
    }

    /** Whether the window holds {@code word} (ASCII) at {@code r}, before {@code end}. */
    private static boolean wordAt(byte[] w, int r, int end, String word) {
        if (r + word.length() > end) return false;
        for (int k = 0; k < word.length(); k++) if (w[r + k] != word.charAt(k)) return false;
        return true;
    }

    /**
     * One past the closing quote of the string at {@code r} of the window, or -1 (a control byte, a
     * bad escape, the window's end). The words are tested as {@link #specials8} does, written out:
     * C1 inlines no method that long.
     */
    private static int stringEndInWindow(byte[] w, int r, int end) {
        r++;
        while (true) {
            for (int last = end - 8; r <= last; r += 8) {
                long v = (long) LE_WORDS.get(w, r);
                long q = v ^ 0x2222222222222222L;
                long b = v ^ 0x5C5C5C5C5C5C5C5CL;
                long h = (((q - ONES) & ~q) | ((b - ONES) & ~b) | ((v - 0x2020202020202020L) & ~v)) & HIGHS;
                if (h != 0) {
                    r += firstFlagged(h);
                    break;
                }
            }
            if (r >= end) return -1;
            byte c = w[r];
            if (c == '"') return r + 1;
            if (c == '\\') {
                if (r + 1 >= end) return -1;
                byte e = w[r + 1];
                if (e == 'u') {
                    if (r + 6 > end || !isHex(w[r + 2]) || !isHex(w[r + 3]) || !isHex(w[r + 4]) || !isHex(w[r + 5])) return -1;
                    r += 6;
                } else if (isSimpleEscape(e)) {
                    r += 2;
                } else {
                    return -1;
                }
            } else if (c >= 0 && c < 0x20) {
                return -1;
            } else {
                r++;
            }
        }
    }

    /** A hex digit, as the four of a unicode escape must be. */
    private static boolean isHex(byte h) {
        return (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
    }

    /** The letter after the backslash of a two-byte escape: a quote, a backslash, a slash, b, f, n, r or t. */
    private static boolean isSimpleEscape(byte e) {
        return e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't';
    }

    /** The open brackets of {@link #skipContainer} (kept: a docstore has a container per node). */
    private byte[] containers = new byte[32];

    private int skipContainer(int i) {
        byte[] stack = containers;
        int sp = 0;
        stack[sp++] = get(i);
        i++;
        boolean justOpened = true;
        while (true) {
            i = skipWs(i);
            byte top = stack[sp - 1];
            byte b = need(i);
            if (justOpened && b == (top == '{' ? '}' : ']')) {
                i++;
                sp--;
                if (sp == 0) return i;
            } else {
                if (top == '{') {
                    if (b != '"') throw new ScanError(i, "Expecting property name enclosed in double quotes");
                    i = skipWs(skipStringRaw(i));
                    if (need(i) != ':') throw new ScanError(i, "Expecting ':' delimiter");
                    i = skipWs(i + 1);
                    b = need(i);
                }
                int numbers = b == '[' ? skipNumberArray(i) : -1;
                if (numbers > 0) {
                    i = numbers;
                } else if (b == '{' || b == '[') {
                    if (sp == stack.length) stack = containers = Arrays.copyOf(stack, sp * 2);
                    stack[sp++] = b;
                    i++;
                    justOpened = true;
                    continue;
                } else {
                    i = skipScalar(i);
                }
            }
            // after a value: ',' goes on with the next member, a close bracket ends the container
            while (true) {
                i = skipWs(i);
                byte close = stack[sp - 1] == '{' ? (byte) '}' : (byte) ']';
                byte s = need(i);
                if (s == ',') {
                    i++;
                    break;
                }
                if (s != close) {
                    throw new ScanError(i, close == '}' ? "Expecting ',' delimiter or '}'" : "Expecting ',' delimiter or ']'");
                }
                i++;
                sp--;
                if (sp == 0) return i;
            }
            justOpened = false;
        }
    }

    /** Bytes of a number token: digits, signs, '.', exponents and the letters of NaN/Infinity. */
    private static final boolean[] NUMBER_BYTES = new boolean[256];

    static {
        for (char c : "0123456789+-.eENaInfity".toCharArray()) NUMBER_BYTES[c] = true;
    }

    /**
     * Fast path for an embedding: an array of number tokens separated by commas. Returns its end,
     * or -1 when the array holds anything else or is malformed (the validating path then reports
     * the exact error). The grammar inside each number token is checked when it is parsed. Reads
     * straight from this scanner's read window when it has one.
     * <p>
     * Words of 8 bytes pass at once while they have the shape Python writes: only number bytes
     * ({@code 0-9 . -}), commas and spaces, each comma right after a number byte and each space
     * right after a comma ({@code carry} says what the byte before the word was: 1 a number byte,
     * 2 a comma, 4 a space, 0 anything else). A word that does not pass goes to the byte loop, all
     * 8 bytes of it, which decides exactly as it would without the word test. The word test is
     * written out in the loop: C1, the window's compiler, inlines no method that long, and the
     * call cost a third of the file's scan.
     */
    private int skipNumberArray(int i) {
        final int lim = limit;
        int state = 0; // 0: a number must come next, 1: inside a number, 2: whitespace after a number
        int from = i + 1;
        while (from < lim) {
            byte[] c;
            int off;
            int n;
            int r = from - winStart;
            if (windowed && ((r >= 0 && r < winLen) || (fill(from) && (r = from - winStart) < winLen))) {
                c = win;
                off = r;
                n = Math.min(winLen - r, lim - from);
            } else {
                c = chunk;
                off = 0;
                n = Math.min(c.length, lim - from);
                copyOut(from, c, n); // one bulk copy, then a plain array loop (no per-byte buffer access)
            }
            long carry = 0; // the byte before k, for the word test: 1 a number byte, 2 a comma, 4 a space, else 0
            int bytewise = off; // a word that fails the test is taken by the byte loop, all 8 bytes of it
            for (int k = off, e = off + n; k < e; ) {
                if (k >= bytewise && state != 2) { // 8 bytes at a time while they are numbers, commas and single spaces after commas
                    int first = k;
                    for (int last = e - 8; k <= last; k += 8) {
                        long w = (long) LE_WORDS.get(c, k);
                        long x = w | HIGHS;
                        long ge2D = x - 0x2D2D2D2D2D2D2D2DL;
                        long num = (((x - 0x3030303030303030L) & ~(x - 0x3A3A3A3A3A3A3A3AL)) | (ge2D & ~(x - 0x2F2F2F2F2F2F2F2FL))) & HIGHS;
                        long comma = (x - 0x2C2C2C2C2C2C2C2CL) & ~ge2D & HIGHS;
                        long space = (x - 0x2020202020202020L) & ~(x - 0x2121212121212121L) & HIGHS;
                        if (((w & HIGHS) | ((num | comma | space) ^ HIGHS)) != 0 || (comma & ~((num << 8) | (carry & 1) << 7)) != 0
                                || (space & ~((comma << 8) | (carry & 2) << 6)) != 0) break;
                        carry = num < 0 ? 1 : comma < 0 ? 2 : 4;
                    }
                    if (k > first) state = carry == 1 ? 1 : 0;
                    bytewise = k + 8;
                    if (k >= e) break;
                }
                byte b = c[k++];
                carry = 0;
                if (NUMBER_BYTES[b & 0xff]) {
                    if (state == 2) return -1;
                    state = 1;
                    carry = 1;
                } else if (b == ',') {
                    if (state == 0) return -1;
                    state = 0;
                    carry = 2;
                } else if (b == ']') {
                    return state == 0 ? -1 : from + (k - off);
                } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                    if (state == 1) state = 2;
                } else {
                    return -1;
                }
            }
            from += n;
        }
        return -1;
    }

    private String decodeKey(int start, int end, String path) {
        int n = end - start - 2;
        if (n >= 0 && n <= chunk.length) { // one bulk read into the scratch array, then the string's own copy only
            byte[] c = chunk;
            copyOut(start + 1, c, n);
            boolean simple = true;
            for (int i = 0; i < n; i++) {
                if (c[i] == '\\' || c[i] < 0) {
                    simple = false;
                    break;
                }
            }
            if (simple) return new String(c, 0, n, StandardCharsets.ISO_8859_1);
        }
        JsonValue v = JsonReader.parse(source, start, end, path);
        return ((JsonString) v).value();
    }
}
