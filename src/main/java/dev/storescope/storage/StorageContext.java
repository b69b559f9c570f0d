package dev.storescope.storage;

import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import dev.storescope.storage.index_store.SimpleIndexStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * The stores of one persist dir (LlamaIndex's {@code StorageContext}), opened tolerantly: an
 * inspector must open what LlamaIndex refuses. Every file found is held; a missing
 * {@code docstore.json}/{@code index_store.json} is a warning carrying the error LlamaIndex would
 * raise; a file that cannot be read is a {@link LoadProblem} and stays untouched.
 */
public final class StorageContext {
    private final Path dir;
    private final Map<String, StoreFile> files = new LinkedHashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, FileStamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
    private SimpleDocumentStore docstore;
    private SimpleIndexStore indexStore;
    /** The partial context handed out while this one loaded, or null. */
    private StorageContext completed;

    private StorageContext(Path dir) {
        this.dir = dir;
    }

    /** Opens every file of {@code dir} (spec §1.3–1.4 rules, but tolerant). */
    public static StorageContext fromPersistDir(Path dir) throws IOException {
        return fromPersistDir(dir, f -> { });
    }

    /** As {@link #fromPersistDir(Path)}, calling {@code onLoaded} (from loader threads) as each file is loaded. */
    public static StorageContext fromPersistDir(Path dir, java.util.function.Consumer<PersistFile> onLoaded) throws IOException {
        return fromPersistDir(dir, onLoaded, f -> false, p -> { });
    }

    /**
     * As {@link #fromPersistDir(Path, java.util.function.Consumer)}, and as soon as every file but
     * those {@code later} picks is in while one of those is still being read, {@code onPartial}
     * (called once, from a loader thread) gets a partial context: the files read so far, the others
     * {@link #pending()} (held as {@link PendingFile}s: listed, copied verbatim when persisted
     * elsewhere, no store). A viewer shows it while the biggest files (vector stores) load. The
     * context returned {@link #completes} it and shares its stores (the very objects). A partial
     * context knows nothing of what its pending files hold: a delete planned on it does not reach
     * them.
     */
    public static StorageContext fromPersistDir(Path dir, java.util.function.Consumer<PersistFile> onLoaded,
                                                java.util.function.Predicate<PersistFile> later,
                                                java.util.function.Consumer<StorageContext> onPartial) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.io.FileNotFoundException("[Errno 2] No such file or directory: '" + dir + "' (not a directory)");
        }
        StorageContext ctx = new StorageContext(dir);
        List<PersistFile> found = PersistDirScanner.scan(dir);
        StoreFile[] loaded = new StoreFile[found.size()];
        boolean[] isLater = new boolean[found.size()];
        int[] first = {0}; // files to read before the partial context
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
            isLater[i] = later.test(found.get(i));
            if (!isLater[i]) first[0]++;
        }
        java.util.Comparator<Integer> biggestFirst = (a, b) -> Long.compare(found.get(b).size(), found.get(a).size());
        // on one core the files are read one after the other: those read later come last, so the partial context comes first
        order.sort(Runtime.getRuntime().availableProcessors() > 1 ? biggestFirst
                : java.util.Comparator.<Integer, Boolean>comparing(i -> isLater[i]).thenComparing(biggestFirst));
        Object lock = new Object();
        Parallel.forEach(order, i -> {
            StoreFile f = ctx.load(found.get(i));
            onLoaded.accept(found.get(i));
            StorageContext partial = null;
            synchronized (lock) {
                loaded[i] = f;
                if (!isLater[i] && --first[0] == 0 && java.util.Arrays.asList(loaded).contains(null)) partial = ctx.partial(found, loaded);
            }
            if (partial != null) onPartial.accept(partial);
        });
        for (int i = 0; i < found.size(); i++) ctx.files.put(found.get(i).name(), loaded[i]);
        ctx.warnings.addAll(LayoutWarnings.of(dir, found));
        return ctx;
    }

    /** What is read so far ({@code loaded}, null where a file is still being read) as a context of its own, which this one {@link #completes}. */
    private StorageContext partial(List<PersistFile> found, StoreFile[] loaded) {
        StorageContext p = new StorageContext(dir);
        synchronized (problems) {
            p.problems.addAll(problems);
        }
        synchronized (warnings) {
            p.warnings.addAll(warnings);
        }
        p.stamps.putAll(stamps);
        for (int i = 0; i < found.size(); i++) p.files.put(found.get(i).name(), loaded[i] != null ? loaded[i] : new PendingFile(found.get(i)));
        p.warnings.addAll(LayoutWarnings.of(dir, found));
        completed = p;
        return p;
    }

    /** The files a partial context has not read (see {@link #fromPersistDir(Path, java.util.function.Consumer, java.util.function.Predicate, java.util.function.Consumer)}), in name order. */
    public List<PersistFile> pending() {
        List<PersistFile> out = new ArrayList<>();
        for (StoreFile f : files.values()) if (f instanceof PendingFile) out.add(f.info());
        return out;
    }

    /** True when this context is {@code partial} with its pending files read: it shares its stores and takes its place. */
    public boolean completes(StorageContext partial) {
        return partial != null && completed == partial;
    }

    /** True when every file of the dir was read (nothing {@link #pending()}). */
    public boolean isComplete() {
        return pending().isEmpty();
    }

    private StoreFile load(PersistFile f) throws IOException {
        stamps.put(f.name(), FileStamp.of(f.path()));
        try {
            if (f.kind().isKeyValue()) {
                SimpleKVStore kv = SimpleKVStore.fromSource(JsonSource.open(f.path()));
                return new LoadedFile(f, kv, kv::revision, kv::writeTo);
            }
            if (f.kind() == FileKind.VECTOR_STORE || f.kind() == FileKind.TS_VECTOR_STORE) {
                SimpleVectorStore v = SimpleVectorStore.fromSource(JsonSource.open(f.path()));
                return new LoadedFile(f, v, v::revision, v::writeTo);
            }
            if (f.kind() == FileKind.CHAT_STORE) return loadChatStore(f);
            if (f.kind() == FileKind.GRAPH_STORE || f.kind() == FileKind.PROPERTY_GRAPH_STORE) return loadGraphStore(f);
        } catch (JsonSyntaxException | JsonShapeException e) {
            synchronized (problems) {
                problems.add(new LoadProblem(f, e));
            }
        }
        return new OpaqueFile(f);
    }

    private StoreFile loadGraphStore(PersistFile f) throws IOException {
        JsonSource src = JsonSource.open(f.path());
        try {
            if (f.kind() == FileKind.GRAPH_STORE) {
                SimpleGraphStore g = SimpleGraphStore.fromSource(src);
                return new LoadedFile(f, g, g::revision, g::writeTo);
            }
            SimplePropertyGraphStore g = SimplePropertyGraphStore.fromSource(src);
            return new LoadedFile(f, g, g::revision, g::writeTo);
        } catch (StoreFormatException e) {
            synchronized (warnings) {
                warnings.add(f.name() + " is not a LlamaIndex " + (f.kind() == FileKind.GRAPH_STORE ? "SimpleGraphStore" : "SimplePropertyGraphStore")
                        + " (kept untouched): " + e.getMessage());
            }
            return new OpaqueFile(f);
        }
    }

    private StoreFile loadChatStore(PersistFile f) throws IOException {
        JsonSource src = JsonSource.open(f.path());
        try {
            SimpleChatStore chat = SimpleChatStore.fromSource(src);
            return new LoadedFile(f, chat, chat::revision, chat::writeTo);
        } catch (StoreFormatException e) {
            // valid JSON with a foreign schema under LlamaIndex's name: keep it untouched, say so
            synchronized (warnings) {
                warnings.add(f.name() + " is not a LlamaIndex SimpleChatStore (kept untouched): " + e.getMessage());
            }
            return new OpaqueFile(f);
        }
    }

    public Path persistDir() {
        return dir;
    }

    /** Every file found, in name order. */
    public List<PersistFile> files() {
        List<PersistFile> l = new ArrayList<>();
        for (StoreFile f : files.values()) l.add(f.info());
        return l;
    }

    public List<LoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Layout warnings (missing files, legacy names), each with what LlamaIndex would do. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The KV store of a file (docstore.json, index_store.json, doc_store.json, llama_cache), if it loaded. */
    public Optional<SimpleKVStore> kvStore(String fileName) {
        return files.get(fileName) instanceof LoadedFile l && l.store() instanceof SimpleKVStore kv ? Optional.of(kv) : Optional.empty();
    }

    /** The document store of {@code docstore.json} (namespace {@code docstore}), if the file loaded. */
    public Optional<SimpleDocumentStore> docstore() {
        if (docstore == null) docstore = kvStore(PersistDirScanner.DOCSTORE).map(kv -> new SimpleDocumentStore(kv, null)).orElse(null);
        return Optional.ofNullable(docstore);
    }

    /** The index store of {@code index_store.json}, if the file loaded. */
    public Optional<SimpleIndexStore> indexStore() {
        if (indexStore == null) indexStore = kvStore(PersistDirScanner.INDEX_STORE).map(SimpleIndexStore::new).orElse(null);
        return Optional.ofNullable(indexStore);
    }

    /**
     * The vector stores by namespace, as LlamaIndex discovers them (§1.4): {@code default},
     * {@code image}, any other; the legacy {@code vector_store.json} serves as {@code default} when
     * no {@code default__vector_store.json} exists.
     */
    public Map<String, SimpleVectorStore> vectorStores() {
        Map<String, SimpleVectorStore> out = new LinkedHashMap<>();
        for (StoreFile f : files.values()) {
            if (f instanceof LoadedFile l && l.store() instanceof SimpleVectorStore v && !unNamespaced(f.info())) out.put(f.info().namespace(), v);
        }
        for (StoreFile f : files.values()) {
            if (f instanceof LoadedFile l && l.store() instanceof SimpleVectorStore v && unNamespaced(f.info())) out.putIfAbsent("default", v);
        }
        return out;
    }

    private static boolean unNamespaced(PersistFile f) {
        return f.name().equals(PersistDirScanner.VECTOR_STORE_SUFFIX);
    }

    /** The vector store of a namespace, if present. */
    public Optional<SimpleVectorStore> vectorStore(String namespace) {
        return Optional.ofNullable(vectorStores().get(namespace));
    }

    /** The vector store held for a file name, if it loaded as one. */
    public Optional<SimpleVectorStore> vectorStoreFile(String fileName) {
        return files.get(fileName) instanceof LoadedFile l && l.store() instanceof SimpleVectorStore v ? Optional.of(v) : Optional.empty();
    }

    /** The graph store of {@code graph_store.json}, if the file is a SimpleGraphStore. */
    public Optional<SimpleGraphStore> graphStore() {
        return files.get(PersistDirScanner.GRAPH_STORE) instanceof LoadedFile l && l.store() instanceof SimpleGraphStore g
                ? Optional.of(g) : Optional.empty();
    }

    /** The property graph store of {@code property_graph_store.json}, if present. */
    public Optional<SimplePropertyGraphStore> propertyGraphStore() {
        return files.get(PersistDirScanner.PROPERTY_GRAPH_STORE) instanceof LoadedFile l && l.store() instanceof SimplePropertyGraphStore g
                ? Optional.of(g) : Optional.empty();
    }

    /** The chat store of {@code chat_store.json}, if the file is a SimpleChatStore. */
    public Optional<SimpleChatStore> chatStore() {
        return files.get(PersistDirScanner.CHAT_STORE) instanceof LoadedFile l && l.store() instanceof SimpleChatStore c
                ? Optional.of(c) : Optional.empty();
    }

    public Optional<StoreFile> file(String fileName) {
        return Optional.ofNullable(files.get(fileName));
    }

    /**
     * Renames a held file (e.g. the legacy {@code vector_store.json} to
     * {@code default__vector_store.json}). Nothing moves on disk until {@link #persist()}, which
     * writes the new name and retires the old file into the backup folder; renaming back before
     * that undoes it. Only files held as a store can be renamed.
     *
     * @throws NotFoundException         when there is no such file
     * @throws IllegalArgumentException  when {@code to} exists or the file is not held as a store
     */
    public void renameFile(String from, String to) {
        StoreFile f = files.get(from);
        if (f == null) throw new NotFoundException("no file " + from + " in " + dir);
        if (files.containsKey(to)) throw new IllegalArgumentException(to + " already exists in " + dir);
        if (!(f instanceof LoadedFile l)) throw new IllegalArgumentException(from + " is not held as a store and cannot be renamed");
        PersistFile old = f.info();
        boolean vector = to.endsWith(PersistDirScanner.VECTOR_STORE_SUFFIX);
        String ns = vector ? (to.equals(PersistDirScanner.VECTOR_STORE_SUFFIX) ? "default" : PersistDirScanner.namespaceOf(to)) : old.namespace();
        PersistFile nu = new PersistFile(to, dir.resolve(to), old.size(), old.kind(), ns,
                vector && to.equals(PersistDirScanner.VECTOR_STORE_SUFFIX) && old.kind() == FileKind.VECTOR_STORE);
        Map<String, StoreFile> sorted = new java.util.TreeMap<>(files);
        sorted.remove(from);
        sorted.put(to, l.renamed(nu));
        files.clear();
        files.putAll(sorted);
        warnings.removeIf(w -> w.startsWith("only the legacy vector_store.json") || w.startsWith("docstore.json is missing")
                || w.startsWith("index_store.json is missing") || w.startsWith("no LlamaIndex persist files"));
        warnings.addAll(0, LayoutWarnings.of(dir, files()));
    }

    /** True when persisting to the own dir would write something. */
    public boolean isModified() {
        for (StoreFile f : files.values()) if (f.isModified()) return true;
        return false;
    }

    /**
     * Files of the dir that another program changed (or deleted) since they were loaded or last
     * saved by this context, and files that appeared since.
     */
    public List<Path> changedOnDisk() throws IOException {
        List<Path> out = new ArrayList<>();
        for (StoreFile f : files.values()) {
            FileStamp then = stamps.get(f.info().name());
            if (then != null && !then.equals(FileStamp.of(f.info().path()))) out.add(f.info().path());
        }
        java.util.Set<String> renamedAway = new java.util.HashSet<>();
        for (StoreFile f : files.values()) if (f instanceof LoadedFile l) renamedAway.add(l.diskName());
        for (PersistFile f : PersistDirScanner.scan(dir)) {
            if (!files.containsKey(f.name()) && !renamedAway.contains(f.name())) out.add(f.path());
        }
        return out;
    }

    /** Persists back into the dir it came from: only changed files are written. */
    public PersistReport persist() throws IOException {
        return persist(dir);
    }

    /**
     * Writes the files this context holds to {@code outDir} (never inventing files that were not
     * there). Into the own dir only changed files are written; into another dir every file is,
     * unchanged ones byte for byte. Each write is atomic; replaced files are kept in a backup
     * folder ({@link PersistReport#backupFolder()}). A file whose new bytes equal the bytes on disk
     * (an edit undone, a value set to what it was) is not rewritten and gets no backup.
     */
    public PersistReport persist(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        boolean own = Files.isSameFile(outDir, dir);
        if (own) {
            List<Path> newer = new ArrayList<>();
            for (StoreFile f : files.values()) {
                FileStamp then = stamps.get(f.info().name());
                if (f.isModified() && then != null && !then.equals(FileStamp.of(f.info().path()))) newer.add(f.info().path());
            }
            if (!newer.isEmpty()) throw new FileChangedOnDiskException(newer);
        }
        BackupSet backups = BackupSet.forDirectory(outDir);
        List<Path> written = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<StoreFile> toWrite = new ArrayList<>();
        for (StoreFile f : files.values()) {
            Path target = outDir.resolve(f.info().name());
            if (own && !f.isModified()) {
                skipped.add(target);
            } else {
                toWrite.add(f);
                written.add(target);
            }
        }
        Set<Path> same = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Parallel.forEach(toWrite, f -> {
            Path target = outDir.resolve(f.info().name());
            if (!AtomicFileWriter.writeIfChanged(target, f::writeTo, backups)) same.add(target); // e.g. edited, then undone
        });
        written.removeAll(same);
        skipped.addAll(same);
        if (own) {
            for (StoreFile f : toWrite) {
                if (f instanceof LoadedFile l && !l.diskName().equals(f.info().name())) {
                    backups.retire(dir.resolve(l.diskName())); // the renamed file's old name
                    stamps.remove(l.diskName());
                }
                if (f instanceof LoadedFile l) l.markSaved();
                stamps.put(f.info().name(), FileStamp.of(f.info().path()));
            }
        }
        return new PersistReport(written, skipped, backups.kept(), backups.folder());
    }
}
