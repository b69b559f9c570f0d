package dev.storescope.inspect.check;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.json.FastStrings;
import dev.storescope.json.JsonSource;
import dev.storescope.json.PythonRepr;
import dev.storescope.storage.FileKind;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.index_store.IndexStructType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checker's fast path for the common case: a healthy Python persist dir (docstore with
 * TextNodes, index store with one vector index, default and image vector stores, graph and chat
 * stores). It reads each file once, straight off its bytes (plain reads window by window: mapping
 * a fresh 1 GB file costs a page fault per 4 KB), the docstore and its own checks on a second
 * thread while the main thread reads the vector store and the index store, and proves that no
 * check of {@link Checker} fires. Whenever it meets anything it does not model, or anything a
 * check could report (a file that is not plain JSON, a non-ASCII byte, an unexpected member or
 * shape, a stale hash, key sets that disagree, ...), it gives up and the full checker runs, so a
 * report from here is always the full checker's report (no findings).
 * <p>
 * It is stricter than the full checker's loader everywhere (strict JSON numbers outside
 * embeddings, no NaN/Infinity, no repeated members among those it reads), never laxer; inside an
 * embedding it accepts only number tokens separated by {@code ", "}, a subset of what the
 * loader's structure scan accepts. Hashes are the TEXT_METADATA rule of {@link
 * dev.storescope.storage.docstore.NodeHasher} (text, then Python's repr of the metadata, written
 * straight from the bytes for flat metadata, else by {@link PythonRepr}).
 * <p>
 * Written for a fresh JVM: per entry and per member one method call (the JIT compiles the
 * per-entry work after a few hundred entries instead of interpreting a long loop), the large
 * per-member methods not inlined at every call (less for C2 to compile), few objects kept.
 * {@code -Dstorescope.fastcheck.debug=true} prints why it gave up, or where the time went.
 */
final class FastCheck {
    private static final boolean DEBUG = Boolean.getBoolean("storescope.fastcheck.debug");
    private static final long SMALL_FILE = 64L << 20;

    /** Thrown anywhere the fast path cannot decide: the full checker runs instead. */
    static final class Bail extends RuntimeException {
        Bail(String why) {
            super(why, null, false, false);
        }
    }

    private FastCheck() {
    }

    /** The report of a healthy dir (no findings), or null when the full checker has to run. */
    static CheckReport tryRun(Path dir) {
        return tryRun(dir, 2);
    }

    /**
     * As {@link #tryRun(Path)}, on at most {@code threads} threads: with one, the docstore is read
     * before the vector stores on the calling thread (for a check in the background of the window).
     */
    static CheckReport tryRun(Path dir, int threads) {
        try {
            run(dir, threads > 1);
            return new CheckReport(List.of());
        } catch (Bail e) {
            if (DEBUG) System.err.println("fastcheck: full check needed: " + e.getMessage());
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (DEBUG) System.err.println("fastcheck: full check needed: " + e);
            return null;
        }
    }

    static Bail bail(String why) {
        return new Bail(why);
    }

    private static void run(Path dir, boolean parallel) throws IOException {
        if (!Files.isDirectory(dir)) throw bail("not a directory");
        PersistFile doc = null;
        PersistFile idx = null;
        PersistFile graph = null;
        PersistFile chat = null;
        List<PersistFile> vectors = new ArrayList<>();
        for (PersistFile f : PersistDirScanner.scan(dir)) {
            if (f.size() == 0) throw bail("empty file " + f.name());
            switch (f.name()) {
                case "docstore.json" -> doc = f;
                case "index_store.json" -> idx = f;
                case "graph_store.json" -> graph = f;
                case "chat_store.json" -> chat = f;
                case "default__vector_store.json", "image__vector_store.json" -> {
                    if (f.kind() != FileKind.VECTOR_STORE) throw bail(f.name() + " is no JSON vector store");
                    vectors.add(f);
                }
                default -> throw bail("file not modelled: " + f.name());
            }
        }
        if (doc == null || idx == null || vectors.isEmpty() || !vectors.get(0).name().startsWith("default")) throw bail("layout");
        FastDocScan docs = new FastDocScan(doc.path());
        PersistFile indexFile = idx;
        java.util.concurrent.atomic.AtomicBoolean indexTaken = new java.util.concurrent.atomic.AtomicBoolean();
        Index[] index = new Index[1];
        Thread t = fork(parallel, "storescope-fastcheck", () -> { // in line: the docstore, its checks and the index store, then the rest
            docs.runCatching();
            long t0 = System.nanoTime();
            try {
                if (docs.failure == null) docs.checks(); // while the main thread reads the vector store
                docs.crossNanos = System.nanoTime() - t0;
                if (docs.failure == null && indexTaken.compareAndSet(false, true)) index[0] = index(indexFile); // done first: take the index too
            } catch (IOException | RuntimeException | StackOverflowError e) {
                docs.failure = e instanceof Bail b ? b : bail(e.toString());
            }
        });
        try {
            long t0 = System.nanoTime();
            if (graph != null) graphStore(graph);
            if (chat != null) chatStore(chat);
            long t1 = System.nanoTime();
            List<VecScan> vs = new ArrayList<>();
            for (PersistFile f : vectors) {
                VecScan v = new VecScan(f.path());
                v.other = docs; // gives up as soon as the docstore thread did
                try {
                    v.run();
                } finally {
                    v.close();
                }
                vs.add(v);
            }
            long t2 = System.nanoTime();
            boolean keysDone = false;
            if (indexTaken.compareAndSet(false, true)) { // else the docstore thread reads it
                index[0] = index(idx);
                for (VecScan v : vs) vectorKeys(v, index[0]); // needs only the index: while the docstore thread works on
                keysDone = true;
            }
            long t3 = System.nanoTime();
            join(t);
            long t4 = System.nanoTime();
            if (docs.failure != null) throw docs.failure;
            crossStore(docs, index[0], vs, keysDone, parallel);
            long t5 = System.nanoTime();
            if (DEBUG) System.err.printf("fastcheck: small files %d ms, vectors %d ms, index %d ms | docstore %d ms, docstore checks %d ms"
                            + " | waited %d ms, cross-store checks %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    docs.nanos / 1_000_000, docs.crossNanos / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
            if (DEBUG) threadTimes();
        } finally {
            docs.cancelled = true;
        }
    }

    /** Measuring only: CPU time per thread of this process (Linux), by thread name. */
    private static void threadTimes() {
        Map<String, Long> by = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat = Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                by.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        System.err.println("fastcheck: cpu ms by thread: " + by);
    }

    /** {@code task} on a thread of its own (join it), or, not parallel, run here and now (joining is then a no-op). */
    private static Thread fork(boolean parallel, String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        if (parallel) t.start();
        else t.run();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw bail("interrupted");
        }
    }

    // ------------------------------------------------------------------ small files (the full checker's own code)

    /** BOM and UTF-8 of a small file, as {@link FileChecks#encoding} checks them. */
    private static void smallEncoding(PersistFile f) throws IOException {
        if (f.size() > SMALL_FILE) throw bail(f.name() + " is big");
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(f.path())) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) throw bail("BOM");
        if (Utf8Check.firstInvalid(f.path()) >= 0) throw bail("not UTF-8");
    }

    /** What LlamaIndex writes for an empty SimpleGraphStore: loads without a finding (no need to load the graph classes). */
    private static final byte[] EMPTY_GRAPH = "{\"graph_dict\": {}}".getBytes(StandardCharsets.US_ASCII);

    private static void graphStore(PersistFile f) throws IOException {
        if (f.size() == EMPTY_GRAPH.length && java.util.Arrays.equals(Files.readAllBytes(f.path()), EMPTY_GRAPH)) return;
        smallEncoding(f);
        SimpleGraphStore.fromSource(JsonSource.open(f.path())); // any error: the full checker reports it
    }

    /** The chat store, loaded and checked by the full checker's own code: clean or bail. */
    private static void chatStore(PersistFile f) throws IOException {
        smallEncoding(f);
        Findings out = new Findings();
        GraphChatChecks.chat(out, dev.storescope.storage.chat_store.SimpleChatStore.fromSource(JsonSource.open(f.path())));
        if (!out.sorted().isEmpty()) throw bail("chat store findings");
    }

    /** What the cross checks need of the index store. */
    record Index(Set<String> vectorIds, Set<String> nodeIds) {
    }

    /** The index store: exactly one vector index struct (its {@code __data__} a JSON string) with a flat {@code nodes_dict}. */
    private static Index index(PersistFile f) throws IOException {
        IdxScan sc = new IdxScan(f.path());
        try {
            sc.run();
        } finally {
            sc.close();
        }
        return new Index(sc.vectorIds, sc.nodeIds);
    }

    static final class IdxScan extends Scan {
        private static final byte[] COLLECTION = lit("index_store/data");
        private static final byte[] TYPE = lit("__type__");
        private static final byte[] DATA = lit("__data__");
        private static final byte[] VECTOR_STORE = lit(IndexStructType.VECTOR_STORE.value());
        private static final byte[][] DATA_KEYS = {lit("index_id"), lit("nodes_dict"), lit("summary"), lit("doc_id_dict"), lit("embeddings_dict")};
        final Set<String> vectorIds = new HashSet<>();
        /** The node ids (nodes_dict values): the same set as {@link #vectorIds} while each maps to itself. */
        Set<String> nodeIds = vectorIds;

        IdxScan(Path file) throws IOException {
            super(file);
        }

        void run() {
            int p = first(ws(0), '{', '}');
            if (p < 0) throw bail("empty index store");
            int ke = str(p);
            plainKey();
            if (!keyIs(p, ke, COLLECTION)) throw bail("index store collection");
            int q = first(colon(ke), '{', '}');
            if (q < 0) throw bail("no index struct");
            String key = string(q);
            int r = first(colon(end), '{', '}');
            int seen = 0;
            int dataS = 0;
            int dataE = 0;
            while (r >= 0) {
                int fe = str(r);
                plainKey();
                int v = colon(fe);
                int e = str(v);
                if (keyIs(r, fe, TYPE) && (seen & 1) == 0) {
                    seen |= 1;
                    if (!keyIs(v, e, VECTOR_STORE) || esc) throw bail("index struct type");
                } else if (keyIs(r, fe, DATA) && (seen & 2) == 0) {
                    seen |= 2;
                    dataS = v;
                    dataE = e;
                } else {
                    throw bail("index struct member");
                }
                r = next(e, '}');
            }
            if (seen != 3) throw bail("index struct members");
            if (next(end, '}') >= 0) throw bail("several index structs");
            if (next(end, '}') >= 0) throw bail("index store collections");
            finish(end);
            outLen = 0;
            strDecode(dataS);
            Scan inner = new Scan(java.util.Arrays.copyOf(out, outLen));
            int x = inner.first(inner.ws(0), '{', '}');
            seen = 0;
            while (x >= 0) {
                int fe = inner.str(x);
                inner.plainKey();
                int v = inner.colon(fe);
                int k = 0;
                while (k < DATA_KEYS.length && !inner.keyIs(x, fe, DATA_KEYS[k])) k++;
                if (k == DATA_KEYS.length || (seen & (1 << k)) != 0) throw bail("index struct data member");
                seen |= 1 << k;
                int e;
                if (k == 0) {
                    if (!key.equals(inner.string(v))) throw bail("index_id is not the key");
                    e = inner.end;
                } else if (k == 1) {
                    e = nodesDict(inner, v);
                } else {
                    e = inner.value(v, 1);
                }
                x = inner.next(e, '}');
            }
            if ((seen & 3) != 3) throw bail("index struct without index_id or nodes_dict");
            inner.finish(inner.end);
        }

        /** nodes_dict: vector id -> node id, both strings. */
        private int nodesDict(Scan inner, int v) {
            int y = inner.first(v, '{', '}');
            while (y >= 0) y = inner.next(nodesDictEntry(inner, y), '}');
            return inner.end;
        }

        private int nodesDictEntry(Scan inner, int y) {
            String vid = inner.string(y);
            int ve = inner.end;
            int v2 = inner.colon(ve);
            int ne = inner.str(v2);
            String nid = !inner.esc && inner.sameBytes(y, ve, v2, ne) ? vid : inner.text(v2, ne); // usually the same id
            if (!vectorIds.add(vid)) throw bail("repeated nodes_dict key");
            if (nid != vid || nodeIds != vectorIds) {
                if (nodeIds == vectorIds) { // the first node id that is not its vector id: from here on a set of its own
                    nodeIds = new HashSet<>(vectorIds);
                    nodeIds.remove(vid);
                }
                nodeIds.add(nid);
            }
            return ne;
        }
    }

    // ------------------------------------------------------------------ cross checks

    /**
     * The checks across the stores, once every file is read: the index against the docstore on a
     * second thread (when parallel) beside the vector stores against both.
     */
    private static void crossStore(FastDocScan d, Index index, List<VecScan> vs, boolean keysDone, boolean parallel) {
        RuntimeException[] failed = new RuntimeException[1];
        Thread refs = fork(parallel, "storescope-fastcheck-index", () -> {
            try {
                d.indexReferences(index.nodeIds());
            } catch (RuntimeException | StackOverflowError e) {
                failed[0] = e instanceof RuntimeException r ? r : bail(e.toString());
            }
        });
        try {
            for (VecScan v : vs) {
                if (!keysDone) vectorKeys(v, index);
                vectorRefs(v, d);
                vectorMetadata(v, d);
            }
            // every vector id is an index's (vectorKeys): the index's ids all have a vector when there are as many
            List<VecScan> holding = vs.stream().filter(v -> !v.embeddings.isEmpty()).toList();
            if (vectorCount(holding) != index.vectorIds.size()) throw bail("node without vector");
        } finally {
            join(refs);
        }
        if (failed[0] != null) throw failed[0];
    }

    /** How many distinct vector ids the stores hold (one store: its own count, no union built). */
    private static int vectorCount(List<VecScan> holding) {
        if (holding.size() == 1) return holding.get(0).embeddings.size();
        Set<String> all = new HashSet<>();
        for (VecScan v : holding) all.addAll(v.embeddings);
        return all.size();
    }

    /** X3, X4, X6: every vector has a ref doc id and metadata, and an index maps it. */
    private static void vectorKeys(VecScan v, Index index) {
        for (String id : v.embeddings) {
            if (!v.aligned && !v.refs.containsKey(id)) throw bail("vector without ref doc id");
            if (!v.aligned && !v.metaIds.contains(id)) throw bail("vector without metadata");
            if (!index.vectorIds.contains(id)) throw bail("orphan vector");
        }
    }

    /** X7: text_id_to_ref_doc_id agrees with the node's SOURCE. */
    private static void vectorRefs(VecScan v, FastDocScan d) {
        if (v.aligned) {
            for (int j = 0; j < v.order.size(); j++) vectorRef(d, v.order.get(j), v.refVals.get(j));
        } else {
            for (Map.Entry<String, String> e : v.refs.entrySet()) vectorRef(d, e.getKey(), e.getValue());
        }
    }

    private static void vectorRef(FastDocScan d, String id, String ref) {
        if (!d.refAgrees(id, ref)) throw bail("vector ref doc id");
    }

    /** X5: metadata_dict's ref doc id copies and _node_type. */
    private static void vectorMetadata(VecScan v, FastDocScan d) {
        for (String[] m : v.meta) vectorMetadata(v, d, m);
    }

    private static void vectorMetadata(VecScan v, FastDocScan d, String[] m) {
        String ref = v.aligned ? null : v.refs.get(m[0]); // aligned: compared while reading
        for (int k = 1; k <= 3; k++) if (m[k] != null && ref != null && !ref.equals(m[k])) throw bail("vector metadata ref doc id");
        if (m[4] != null && d.isNode(m[0]) && !"TextNode".equals(m[4])) throw bail("vector metadata _node_type");
    }

    // ------------------------------------------------------------------ byte scanning

    /** A strict JSON scanner over a mapped file; every irregularity bails. */
    static class Scan {
        static final long ONES = 0x0101010101010101L;
        static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
        static final long HIGH = 0x8080808080808080L;
        private static final java.lang.invoke.VarHandle LONGS =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final int WINDOW = 1 << 19;
        /** The file, read window by window (plain reads: mapping a fresh 1 GB file costs a page fault per 4 KB). */
        private final FileChannel ch;
        /** The bytes {@code [base, wEnd)} of the file. */
        private byte[] w;
        int base;
        int wEnd;
        /** The earliest position still needed: a refill keeps the bytes from here on (set at each entry). */
        int mark;
        final int lim;
        /** The OR of the bytes of every string scanned (a set high bit: a non-ASCII byte). */
        long high;
        /** True when the last string scanned had an escape. */
        boolean esc;

        Scan(Path file) throws IOException {
            this.ch = FileChannel.open(file, StandardOpenOption.READ);
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 16) throw bail("file over 2 GiB");
            this.lim = (int) size;
            this.w = new byte[(int) Math.min(WINDOW, Math.max(16, size))];
            if (lim >= 3 && (at(0) & 0xff) == 0xEF && (at(1) & 0xff) == 0xBB && (at(2) & 0xff) == 0xBF) {
                close();
                throw bail("BOM");
            }
        }

        Scan(byte[] bytes) {
            this.ch = null;
            this.lim = bytes.length;
            this.w = bytes;
            this.wEnd = lim;
        }

        final void close() {
            try {
                if (ch != null) ch.close();
            } catch (IOException e) {
                // read-only: nothing lost
            }
        }

        /** Makes {@code [mark, need)} available (need <= lim). */
        private void fill(int need) {
            if (ch == null) throw bail("truncated");
            int keep = Math.min(mark, wEnd);
            if (keep > base) {
                System.arraycopy(w, keep - base, w, 0, wEnd - keep);
                base = keep;
            }
            if (need - base > w.length) w = java.util.Arrays.copyOf(w, Math.max(w.length * 2, need - base + WINDOW));
            ByteBuffer bb = ByteBuffer.wrap(w, wEnd - base, Math.min(w.length, lim - base) - (wEnd - base));
            try {
                while (bb.position() < need - base) {
                    if (ch.read(bb, (long) base + bb.position()) < 0) throw bail("the file shrank");
                }
            } catch (IOException e) {
                throw bail("read: " + e);
            }
            wEnd = base + bb.position();
        }

        /** The byte at {@code i}, reading on when needed; bails past the end. */
        final byte at(int i) {
            if (i >= wEnd) {
                if (i >= lim) throw bail("truncated");
                fill(i + 1);
            }
            return w[i - base];
        }

        /** The byte at {@code i}, or 0 past the end. */
        final byte peek(int i) {
            if (i >= wEnd) {
                if (i >= lim) return 0;
                fill(i + 1);
            }
            return w[i - base];
        }

        /** A byte already scanned (in the window). */
        final byte g(int i) {
            return w[i - base];
        }

        /**
         * The end of the value at {@code v} when its bytes are {@code copy}'s, else -1. A copy of a
         * value this scan validated (a complete JSON value ends where its bytes end), so the same
         * bytes again need no second look: metadata repeats in each relationship and from node to node.
         */
        final int same(int v, byte[] copy) {
            if (copy == null) return -1;
            int n = copy.length;
            if (v + n > wEnd) {
                if (v + n > lim) return -1;
                fill(v + n);
            }
            return java.util.Arrays.equals(w, v - base, v - base + n, copy, 0, n) ? v + n : -1;
        }

        /** True when the 8 bytes at {@code i} are in the file (then in the window). */
        final boolean has8(int i) {
            if (i + 8 <= wEnd) return true;
            if (i + 8 > lim) return false;
            fill(i + 8);
            return true;
        }

        /**
         * The 8 bytes at {@code i} (in the window: {@link #has8} said so) as a little-endian long.
         * Read with {@link sun.misc.Unsafe} where it is there: the JIT's first tier (C1) compiles
         * it to one load, while a VarHandle stays a slow call there, and the big loops run in C1 code
         * for most of a fresh JVM's first seconds.
         */
        final long word(int i) {
            int k = i - base;
            if (U != null) {
                if (k < 0 || k > w.length - 8) throw new ArrayIndexOutOfBoundsException(k);
                long v = U.getLong(w, BYTES + k);
                return LITTLE ? v : Long.reverseBytes(v);
            }
            return (long) LONGS.get(w, k);
        }

        /** The window's array, for a loop of {@link #word(byte[], int)} over {@code [base, wEnd)}. */
        final byte[] window() {
            return w;
        }

        /** The 8 bytes at index {@code k} of {@code a} (the caller keeps {@code k + 8 <= a.length}) as a little-endian long. */
        static long word(byte[] a, int k) {
            if (U != null) {
                long v = U.getLong(a, BYTES + k);
                return LITTLE ? v : Long.reverseBytes(v);
            }
            return (long) LONGS.get(a, k);
        }

        private static final sun.misc.Unsafe U = unsafe();
        private static final long BYTES = U == null ? 0 : U.arrayBaseOffset(byte[].class);
        private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

        private static sun.misc.Unsafe unsafe() {
            try {
                java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                f.setAccessible(true);
                return (sun.misc.Unsafe) f.get(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        /** A copy of the scanned bytes {@code [s, e)}. */
        final byte[] copy(int s, int e) {
            return java.util.Arrays.copyOfRange(w, s - base, e - base);
        }

        final int ws(int i) {
            while (true) {
                byte c = peek(i);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return i;
                i++;
            }
        }

        final int expect(int i, char c) {
            if (at(i) != c) throw bail("expected " + c + " at " + i);
            return i + 1;
        }

        /** After a member or element: the position of the next one, or -1 after the closing bracket (the end in {@link #end}). */
        int end;

        final int next(int i, char close) {
            i = ws(i);
            byte c = at(i);
            if (c == ',') return ws(i + 1);
            if (c != close) throw bail("expected , or " + close + " at " + i);
            end = i + 1;
            return -1;
        }

        /** After the opening bracket at {@code i}: the first member or element, or -1 for an empty one. */
        final int first(int i, char open, char close) {
            i = ws(expect(i, open));
            if (at(i) == close) {
                end = i + 1;
                return -1;
            }
            return i;
        }

        /** The value after a member key ending at {@code keyEnd}. */
        final int colon(int keyEnd) {
            return ws(expect(ws(keyEnd), ':'));
        }

        /** High bits flagging quotes, backslashes and control bytes; the lowest set one is exact (higher ones may be borrows). */
        static long special8(long v) {
            long q = v ^ 0x2222222222222222L;
            long s = v ^ 0x5C5C5C5C5C5C5C5CL;
            return (((q - ONES) & ~q) | ((s - ONES) & ~s) | ((v - 0x2020202020202020L) & ~v)) & HIGH;
        }

        /** The end (after the closing quote) of the string at {@code i}, validating escapes and control characters. */
        final int str(int i) {
            return string0(i, false);
        }

        /**
         * As {@link #str}, also appending the string's value to {@link #out} encoded as Python's
         * {@code encode("utf-8", "surrogatepass")}: a surrogate pair as one 4-byte sequence, a lone
         * surrogate as its own 3-byte sequence (non-ASCII bytes are copied; they fail the file later).
         */
        final int strDecode(int i) {
            return string0(i, true);
        }

        /** One method for both (large on purpose: the JIT compiles it once instead of inlining it at every call). */
        private int string0(int i, boolean decode) {
            if (at(i) != '"') throw bail("expected a string at " + i);
            i++;
            boolean e = false;
            long acc = 0;
            while (true) {
                int run = i;
                while (has8(i)) {
                    long v = word(i);
                    long hits = special8(v);
                    acc |= v; // bytes after the string too: a non-ASCII byte there fails the file anyway
                    if (hits != 0) { // the lowest flagged byte is exactly the first quote, backslash or control byte
                        i += Long.numberOfTrailingZeros(hits) >>> 3;
                        break;
                    }
                    i += 8;
                }
                if (decode && i > run) putBytes(run, i);
                byte c = at(i);
                if (c == '"') {
                    high |= acc;
                    esc = e;
                    return i + 1;
                }
                if (c == '\\') {
                    e = true;
                    byte x = at(i + 1);
                    if (x == 'u') {
                        int u = hexAt(i + 2);
                        if (u < 0) throw bail("bad \\u");
                        if (decode) {
                            if (u >= 0xD800 && u <= 0xDBFF && peek(i + 6) == '\\' && peek(i + 7) == 'u') {
                                int lo = hexAt(i + 8);
                                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                                    putCodeUnit(Character.toCodePoint((char) u, (char) lo));
                                    i += 12;
                                    continue;
                                }
                            }
                            putCodeUnit(u);
                        }
                        i += 6;
                    } else {
                        int d = switch (x) {
                            case '"', '\\', '/' -> x;
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> throw bail("bad escape");
                        };
                        if (decode) put(d);
                        i += 2;
                    }
                } else if (c >= 0 && c < 0x20) {
                    throw bail("control character");
                } else {
                    if (c < 0) acc |= HIGH;
                    if (decode) put(c);
                    i++;
                }
            }
        }

        /** The 4 hex digits at {@code i} as a number, or -1. */
        private int hexAt(int i) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                byte h = peek(i + k);
                int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) return -1;
                v = v * 16 + d;
            }
            return v;
        }

        final void putBytes(int from, int to) {
            int n = to - from;
            if (outLen + n > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, outLen + n));
            System.arraycopy(w, from - base, out, outLen, n);
            outLen += n;
        }

        /** The decoded string at {@code [s, e)} (quotes included), as the full checker decodes it. */
        final String text(int s, int e) {
            if (!esc) {
                for (int k = s + 1 - base; k < e - 1 - base; k++) if (w[k] < 0) throw bail("non-ASCII");
                return new String(w, s + 1 - base, e - s - 2, StandardCharsets.ISO_8859_1);
            }
            String d = FastStrings.decode(JsonSource.of(copy(s, e), "string"), 0, e - s);
            if (d == null) throw bail("string does not decode");
            return d;
        }

        /** The string value at {@code i} (decoded), with its end in {@link #end}. */
        final String string(int i) {
            int e = str(i);
            end = e;
            return text(i, e);
        }

        private byte[] lastRaw = new byte[0];
        private String lastString;

        /** As {@link #string}, returning the previous instance when the bytes repeat (ref doc ids do, ten times a document). */
        final String shared(int i) {
            int e = str(i);
            end = e;
            int n = e - i - 2;
            if (!esc && lastString != null && n == lastRaw.length && java.util.Arrays.equals(w, i + 1 - base, e - 1 - base, lastRaw, 0, n)) {
                return lastString;
            }
            String s = text(i, e);
            if (!esc) {
                lastRaw = copy(i + 1, e - 1);
                lastString = s;
            }
            return s;
        }

        final boolean sameBytes(int s1, int e1, int s2, int e2) {
            if (e1 - s1 != e2 - s2 || e1 == 0) return false;
            for (int k = 0; k < e1 - s1; k++) if (g(s1 + k) != g(s2 + k)) return false;
            return true;
        }

        /** True when the key at {@code [s, e)} is {@code lit} (an escaped key bails). */
        final boolean keyIs(int s, int e, byte[] lit) {
            if (e - s - 2 != lit.length) return false;
            for (int k = 0; k < lit.length; k++) if (g(s + 1 + k) != lit[k]) return false;
            return true;
        }

        final void plainKey() {
            if (esc) throw bail("escaped key");
        }

        /** Scratch output of {@link #strDecode} and the repr writers. */
        byte[] out = new byte[1 << 14];
        int outLen;

        final void put(int x) {
            if (outLen == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
            out[outLen++] = (byte) x;
        }

        final void putCodeUnit(int cp) {
            if (cp < 0x80) {
                put(cp);
            } else if (cp < 0x800) {
                put(0xC0 | (cp >> 6));
                put(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                put(0xE0 | (cp >> 12));
                put(0x80 | ((cp >> 6) & 0x3F));
                put(0x80 | (cp & 0x3F));
            } else {
                put(0xF0 | (cp >> 18));
                put(0x80 | ((cp >> 12) & 0x3F));
                put(0x80 | ((cp >> 6) & 0x3F));
                put(0x80 | (cp & 0x3F));
            }
        }

        /**
         * Skips any value strictly (no NaN/Infinity, strict numbers), iteratively: a bit stack of the
         * open containers (1 object, 0 array), at most 62 deep. The second argument is unused.
         */
        final int value(int i, int unused) {
            long stack = 1; // a sentinel bit below the open containers
            while (true) {
                byte c = at(i);
                if (c == '{' || c == '[') {
                    if (stack < 0 || (stack >>> 62) != 0) throw bail("nested too deep");
                    boolean object = c == '{';
                    stack = (stack << 1) | (object ? 1 : 0);
                    i = ws(i + 1);
                    if (at(i) != (object ? '}' : ']')) {
                        if (object) i = colon(str(i));
                        continue;
                    }
                    i++;
                    stack >>>= 1;
                } else if (c == '"') {
                    i = str(i);
                } else if (c == 't' || c == 'f' || c == 'n') {
                    String w = c == 't' ? "true" : c == 'f' ? "false" : "null";
                    for (int k = 1; k < w.length(); k++) if (at(i + k) != w.charAt(k)) throw bail("bad literal");
                    i += w.length();
                } else {
                    i = number(i);
                }
                while (true) { // after a value: close what ends here, or go on after a comma
                    if (stack == 1) return i;
                    i = ws(i);
                    byte d = at(i);
                    boolean object = (stack & 1) != 0;
                    if (d == ',') {
                        i = ws(i + 1);
                        if (object) i = colon(str(i));
                        break;
                    }
                    if (d != (object ? '}' : ']')) throw bail("expected , or a closing bracket at " + i);
                    i++;
                    stack >>>= 1;
                }
            }
        }

        final int literal(int i, String w) {
            for (int k = 0; k < w.length(); k++) if (at(i + k) != w.charAt(k)) throw bail("bad literal");
            return i + w.length();
        }

        static boolean digit(byte c) {
            return c >= '0' && c <= '9';
        }

        final int number(int i) {
            if (at(i) == '-') i++;
            byte c = at(i);
            if (c == '0') {
                i++;
            } else if (c >= '1' && c <= '9') {
                i++;
                while (digit(peek(i))) i++;
            } else {
                throw bail("bad value at " + i);
            }
            if (peek(i) == '.') {
                i++;
                if (!digit(at(i))) throw bail("bad fraction");
                while (digit(peek(i))) i++;
            }
            if (peek(i) == 'e' || peek(i) == 'E') {
                i++;
                if (at(i) == '+' || at(i) == '-') i++;
                if (!digit(at(i))) throw bail("bad exponent");
                while (digit(peek(i))) i++;
            }
            return i;
        }

        /** Only whitespace after the top-level value, and no non-ASCII byte anywhere. */
        final void finish(int i) {
            if (ws(i) != lim) throw bail("extra data");
            if ((high & HIGH) != 0) throw bail("non-ASCII bytes");
        }

        static byte[] lit(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }

    // ------------------------------------------------------------------ the vector store

    static final class VecScan extends Scan {
        private static final byte[] EMB = lit("embedding_dict");
        private static final byte[] REFS = lit("text_id_to_ref_doc_id");
        private static final byte[] META = lit("metadata_dict");
        private static final byte[][] META_KEYS = {lit("ref_doc_id"), lit("doc_id"), lit("document_id"), lit("_node_type")};
        final Set<String> embeddings = new HashSet<>();
        /** The embedding ids in file order: Python writes text_id_to_ref_doc_id and metadata_dict in the same order. */
        final List<String> order = new ArrayList<>();
        /** While {@link #aligned}: the ref doc id of {@code order[j]}; afterwards {@link #refs} and {@link #metaIds} hold the keys. */
        final List<String> refVals = new ArrayList<>();
        boolean aligned = true;
        private int metaCount;
        final Map<String, String> refs = new HashMap<>();
        final Set<String> metaIds = new HashSet<>();
        /** Per metadata entry: id, ref_doc_id, doc_id, document_id, _node_type (null when absent). */
        final List<String[]> meta = new ArrayList<>();
        private int dim = -1;

        VecScan(Path file) throws IOException {
            super(file);
        }

        /** The members read so far: 1 embedding_dict, 2 text_id_to_ref_doc_id, 4 metadata_dict. */
        private int seen;

        void run() {
            int p = first(ws(0), '{', '}');
            while (p >= 0) {
                mark = p;
                int ke = str(p);
                plainKey();
                int v = colon(ke);
                int which = keyIs(p, ke, EMB) ? 1 : keyIs(p, ke, REFS) ? 2 : keyIs(p, ke, META) ? 4 : 0;
                if (which == 0 || (seen & which) != 0) throw bail("vector store member");
                seen |= which;
                int e = which == 1 ? embeddingDict(v) : which == 2 ? refs(v) : metadata(v);
                p = next(e, '}');
            }
            if (seen != 7) throw bail("vector store members");
            finish(end);
            if (aligned && (refVals.size() != order.size() || metaCount != order.size())) unalign(); // the cross checks decide
            if (!meta.isEmpty() && aligned) unalign();
        }

        // One loop per collection, one call per entry: the JIT compiles the per-entry work after a few
        // hundred entries instead of interpreting a long loop, and each loop sees one kind of entry.
        private int embeddingDict(int i) {
            int p = first(i, '{', '}');
            while (p >= 0) {
                mark = p;
                p = next(embeddingEntry(p), '}');
            }
            return end;
        }

        private int refs(int i) {
            int p = first(i, '{', '}');
            while (p >= 0) {
                mark = p;
                p = next(entry(2, p), '}');
            }
            return end;
        }

        private int metadata(int i) {
            int p = first(i, '{', '}');
            while (p >= 0) {
                mark = p;
                p = next(entry(3, p), '}');
            }
            return end;
        }

        /** The docstore's scan: when it gave up, so does this one (the full checker runs anyway). */
        FastDocScan other;

        private int embeddingEntry(int p) {
            if (other != null && other.failure != null) throw bail("the docstore scan gave up");
            String id = string(p);
            int v = colon(end);
            if (!embeddings.add(id)) throw bail("duplicate vector id");
            order.add(id);
            return embedding(v);
        }

        /** An entry of text_id_to_ref_doc_id (kind 2) or metadata_dict (kind 3). */
        private int entry(int kind, int p) {
            int ke = str(p);
            int j = kind == 2 ? refVals.size() : metaCount;
            if (aligned && !((seen & 1) != 0 && j < order.size() && !esc && rawEquals(p, ke, order.get(j))
                    && (kind == 2 ? metaCount == 0 : j < refVals.size()))) {
                unalign();
            }
            String id = aligned ? order.get(j) : text(p, ke);
            int v = colon(ke);
            if (kind == 2) {
                String ref = shared(v);
                if (aligned) refVals.add(ref);
                else if (refs.put(id, ref) != null) throw bail("duplicate ref doc id key");
                return end;
            }
            metaCount++;
            return metadataEntry(id, v);
        }

        /** The keys of the raw string {@code [s, e)} equal {@code str} (no escapes). */
        private boolean rawEquals(int s, int e, String str) {
            if (e - s - 2 != str.length()) return false;
            for (int k = 0; k < str.length(); k++) if (g(s + 1 + k) != str.charAt(k)) return false;
            return true;
        }

        /** The ids are not in embedding order: from here on the maps hold them. */
        private void unalign() {
            aligned = false;
            for (int k = 0; k < refVals.size(); k++) refs.put(order.get(k), refVals.get(k));
            for (int k = 0; k < metaCount; k++) metaIds.add(order.get(k));
            refVals.clear();
        }

        /** The ref doc id text_id_to_ref_doc_id gives {@code id} ({@code j}: its position while aligned). */
        String ref(String id, int j) {
            return aligned ? (j < refVals.size() ? refVals.get(j) : null) : refs.get(id);
        }

        private int metadataEntry(String id, int i) {
            if (!aligned && !metaIds.add(id)) throw bail("duplicate metadata key");
            String[] m = new String[5];
            m[0] = id;
            int q = first(i, '{', '}');
            while (q >= 0) {
                int ke = str(q);
                int v = colon(ke);
                int k = 0;
                while (k < 4 && !keyIs(q, ke, META_KEYS[k])) k++;
                if (esc) throw bail("escaped metadata key");
                int e;
                if (k < 4) {
                    if (m[k + 1] != null) throw bail("repeated metadata key");
                    m[k + 1] = shared(v);
                    e = end;
                } else {
                    e = value(v, 3);
                }
                q = next(e, '}');
            }
            int e = end;
            if ((seen & 2) == 0) {
                meta.add(m); // text_id_to_ref_doc_id comes later: compared in the cross checks
            } else {
                String ref = ref(id, metaCount - 1);
                for (int k = 1; k <= 3; k++) if (m[k] != null && ref != null && !ref.equals(m[k])) throw bail("vector metadata ref doc id");
                if (m[4] != null && !"TextNode".equals(m[4])) meta.add(m);
            }
            return e;
        }

        /**
         * One embedding: number tokens (bytes of {@code 0-9 . - + e E}) separated by {@code ", "}, as
         * Python's json.dump writes them; 8 bytes at a time. Accepts only what the loader's
         * structure scan accepts; bails on anything else, on a zero vector and on a dimension
         * other than the first embedding's.
         */
        private int embedding(int i) {
            if (at(i) != '[') throw bail("embedding is no array");
            int p = i + 1;
            int commas = 0;
            long cc = 0; // the previous byte was a comma (then this one is a space)
            long sc = 1; // the previous byte was a space or the '[' (then this one is no comma)
            scan:
            while (true) {
                if (!has8(p)) break;
                byte[] a = window();
                int k = p - base;
                int stop = wEnd - base - 8;
                while (k <= stop) {
                    long w = word(a, k);
                    long x = w & LOW7;
                    long nc = (x + ONES * (0x80 - '+')) & ~(x + ONES * (0x7F - '9')) & ~w & HIGH; // + , - . / 0-9
                    long y = x ^ (ONES * '/');
                    nc &= (y + LOW7) | y; // without '/' (y, z and e have 7-bit bytes: no carry)
                    long z = x ^ (ONES * ',');
                    long c = ~((z + LOW7) | z) & HIGH;
                    long e = (x | (ONES * 0x20)) ^ (ONES * 'e');
                    e = ~((e + LOW7) | e) & HIGH; // e or E
                    long s = (c << 8) | (cc << 7); // where the spaces must be: after each comma
                    long m = (s >>> 7) * 0xFF;
                    // the bytes: number bytes or commas, a space exactly after each comma, and no comma after a space
                    long bad = ((w ^ (ONES * ' ')) & m) | ((nc | e | s) ^ HIGH) | (((s << 8) | (sc << 7)) & c);
                    if (bad != 0) {
                        p = k + base;
                        break scan;
                    }
                    commas += Long.bitCount(c);
                    cc = c >>> 63;
                    sc = s >>> 63;
                    k += 8;
                }
                p = k + base;
            }
            int prev = cc != 0 ? 1 : sc != 0 ? 2 : 0; // 0 number, 1 comma, 2 space or '['
            while (true) {
                byte ch = at(p);
                if ((ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E') {
                    if (prev == 1) throw bail("embedding separators");
                    prev = 0;
                } else if (ch == ',') {
                    if (prev != 0) throw bail("embedding separators");
                    commas++;
                    prev = 1;
                } else if (ch == ' ') {
                    if (prev != 1) throw bail("embedding separators");
                    prev = 2;
                } else if (ch == ']') {
                    if (prev != 0) throw bail("embedding end");
                    break;
                } else {
                    throw bail("embedding byte");
                }
                p++;
            }
            int dimension = commas + 1;
            if (dim < 0) dim = dimension;
            else if (dim != dimension) throw bail("mixed dimensions");
            if (!nonZero(i + 1, p)) throw bail("zero vector");
            return p + 1;
        }

        /** True when some value has a digit 1-9 before its exponent (as {@link EmbeddingScan} judges it). */
        private boolean nonZero(int from, int to) {
            boolean exponent = false;
            for (int k = from; k < to; k++) {
                byte ch = g(k);
                if (ch >= '1' && ch <= '9') {
                    if (!exponent) return true;
                } else if (ch == ',') {
                    exponent = false;
                } else if (ch == 'e' || ch == 'E') {
                    exponent = true;
                }
            }
            return false;
        }
    }
}
