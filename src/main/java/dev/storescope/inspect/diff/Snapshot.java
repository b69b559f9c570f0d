package dev.storescope.inspect.diff;

import dev.storescope.json.JsonSource;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One side of a diff: the stores of a persist dir at some moment, by file name. Each value is the
 * store a {@link StorageContext} would hold ({@code SimpleKVStore}, {@code SimpleVectorStore},
 * {@code SimpleGraphStore}, {@code SimplePropertyGraphStore}, {@code SimpleChatStore}) or an
 * {@link Opaque} file. Values stay raw slices of the files; nothing is parsed on load.
 * <p>
 * Sources: a dir on disk ({@link #ofDir}), a live {@link StorageContext} with its unsaved edits
 * ({@link #ofContext}), any named bytes ({@link #ofFiles}: git revisions, backups).
 */
public final class Snapshot {
    private final String label;
    private final Map<String, Memo> files;

    private Snapshot(String label, Map<String, Object> files) {
        this.label = label;
        TreeMap<String, Memo> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(k, new Memo(() -> v, -1)));
        this.files = Collections.unmodifiableMap(m);
    }

    private Snapshot(String label, TreeMap<String, Memo> files) {
        this.label = label;
        this.files = Collections.unmodifiableMap(files);
    }

    /** A file's store, loaded the first time it is asked for (once, whichever thread asks). */
    private static final class Memo {
        private java.util.function.Supplier<Object> load;
        private Object value;
        /** The file's size when known before loading, else -1. */
        final long size;

        Memo(java.util.function.Supplier<Object> load, long size) {
            this.load = load;
            this.size = size;
        }

        synchronized Object get() {
            if (load != null) {
                value = load.get();
                load = null;
            }
            return value;
        }
    }

    /**
     * {@link #ofDir(Path, Snapshot)} without loading anything yet: each file is loaded when it is
     * first asked for. {@link SnapshotDiff#compare} asks for a file's two sides in the task that
     * compares them, so loading and comparing overlap file by file (the first diff of two big dirs
     * then does not wait for every file of A before it starts on B).
     */
    public static Snapshot deferred(Path dir, Snapshot like) throws IOException {
        return new Snapshot(dir.toString(), memos(open(dir), like));
    }

    /** The files of a persist dir as they are on disk (StoreScope's own {@code .storescope} folder excluded). */
    public static Snapshot ofDir(Path dir) throws IOException {
        return ofDir(dir, null);
    }

    /**
     * {@link #ofDir(Path)} for a dir that is likely a later (or earlier) state of {@code like}: files
     * are indexed against {@code like}'s where their bytes recur, which makes loading the second
     * side of a diff several times faster. {@code like} must not have been read yet.
     */
    public static Snapshot ofDir(Path dir, Snapshot like) throws IOException {
        return ofFiles(dir.toString(), open(dir), like);
    }

    /** Named bytes (a git tree, a backup overlay): each loaded as the store its name says, biggest first, in parallel. */
    public static Snapshot ofFiles(String label, List<SnapshotFile> files) {
        return ofFiles(label, files, null);
    }

    /** {@link #ofFiles(String, List)}, indexing against {@code like}'s files where bytes recur (see {@link #ofDir(Path, Snapshot)}). */
    public static Snapshot ofFiles(String label, List<SnapshotFile> files, Snapshot like) {
        Snapshot s = new Snapshot(label, memos(files, like));
        List<SnapshotFile> order = new ArrayList<>(files);
        order.sort(Comparator.comparingInt((SnapshotFile f) -> f.source().length()).reversed());
        Workers.run(order, f -> s.file(f.name()));
        return s;
    }

    /** The persist files of {@code dir}, opened (mapped), not yet loaded. */
    private static List<SnapshotFile> open(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) throw new java.io.FileNotFoundException(dir + ": not a directory");
        List<SnapshotFile> files = new ArrayList<>();
        for (PersistFile f : PersistDirScanner.scan(dir)) files.add(new SnapshotFile(f.name(), JsonSource.open(f.path())));
        return files;
    }

    /** Each file loaded on first use as the store its name says, indexed against {@code like}'s file of that name. */
    private static TreeMap<String, Memo> memos(List<SnapshotFile> files, Snapshot like) {
        TreeMap<String, Memo> m = new TreeMap<>();
        for (SnapshotFile f : files) {
            m.put(f.name(), new Memo(() -> StoreLoader.load(f.name(), f.source(), like == null ? null : like.file(f.name())), f.source().length()));
        }
        return m;
    }

    /**
     * The state a live context holds, unsaved edits included ("what persist would write"). The
     * stores are shared, not copied: diff it before editing it further.
     */
    public static Snapshot ofContext(StorageContext ctx) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PersistFile f : ctx.files()) {
            String n = f.name();
            Object store = ctx.kvStore(n).map(Object.class::cast)
                    .or(() -> ctx.vectorStoreFile(n).map(Object.class::cast))
                    .or(() -> n.equals(PersistDirScanner.GRAPH_STORE) ? ctx.graphStore().map(Object.class::cast) : java.util.Optional.empty())
                    .or(() -> n.equals(PersistDirScanner.PROPERTY_GRAPH_STORE) ? ctx.propertyGraphStore().map(Object.class::cast) : java.util.Optional.empty())
                    .or(() -> n.equals(PersistDirScanner.CHAT_STORE) ? ctx.chatStore().map(Object.class::cast) : java.util.Optional.empty())
                    .orElse(null);
            if (store == null) {
                try {
                    store = new Opaque(JsonSource.open(f.path()), null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.put(n, store);
        }
        return new Snapshot(ctx.persistDir() + " (unsaved state)", out);
    }

    public String label() {
        return label;
    }

    /** File names in order. */
    public Set<String> fileNames() {
        return files.keySet();
    }

    /** The store (or {@link Opaque}) of a file, or null. */
    Object file(String name) {
        Memo m = files.get(name);
        return m == null ? null : m.get();
    }

    /** The size of a file in bytes without loading it (0 when absent or made in memory). */
    long size(String name) {
        Memo m = files.get(name);
        if (m == null) return 0;
        return m.size >= 0 ? m.size : SnapshotDiff.length(m.get());
    }

    /** The store of a file as a given class, or null when absent or of another kind. */
    public <T> T store(String name, Class<T> type) {
        Object o = file(name);
        return type.isInstance(o) ? type.cast(o) : null;
    }
}
