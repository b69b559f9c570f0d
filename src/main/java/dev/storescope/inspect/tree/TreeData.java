package dev.storescope.inspect.tree;

import dev.storescope.inspect.IdentityKey;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the nodes of one tree share: the storage context, a change stamp (the sum of every store's
 * revision, so any edit, undo or redo moves it) and caches that are valid for one stamp.
 */
final class TreeData {
    private final StorageContext ctx;
    private final Map<String, Cached<?>> caches = new java.util.concurrent.ConcurrentHashMap<>();
    /** Derived values by the identity of what they come from, least recently used dropped first. */
    private final Map<IdentityKey, Map<String, Object>> byIdentity = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdentityKey, Map<String, Object>> e) {
            return size() > 200_000;
        }
    };

    private record Cached<T>(long stamp, T value) {
    }

    TreeData(StorageContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The data of {@code complete}, the context that {@link StorageContext#completes}
     * {@code partial}'s: what was derived keeps (the caches hold values of the stores both share,
     * which the files read later do not change).
     */
    static TreeData completed(TreeData partial, StorageContext complete) {
        TreeData next = new TreeData(complete);
        long was = partial.stamp();
        long now = next.stamp();
        partial.caches.forEach((name, c) -> {
            if (c.stamp() == was) next.caches.put(name, new Cached<>(now, c.value()));
        });
        synchronized (partial.byIdentity) {
            next.byIdentity.putAll(partial.byIdentity);
        }
        return next;
    }

    StorageContext ctx() {
        return ctx;
    }

    /** Moves whenever any store of the context changes (edits, undo, redo). */
    long stamp() {
        long s = 0;
        for (PersistFile f : ctx.files()) {
            String n = f.name();
            Optional<SimpleKVStore> kv = ctx.kvStore(n);
            if (kv.isPresent()) {
                s += kv.get().revision();
                continue;
            }
            Optional<dev.storescope.vector_stores.SimpleVectorStore> v = ctx.vectorStoreFile(n);
            if (v.isPresent()) s += v.get().revision();
        }
        s += ctx.graphStore().map(g -> g.revision()).orElse(0L);
        s += ctx.propertyGraphStore().map(g -> g.revision()).orElse(0L);
        s += ctx.chatStore().map(c -> c.revision()).orElse(0L);
        return s;
    }

    /** A value computed once per stamp (per name). */
    @SuppressWarnings("unchecked")
    <T> T cached(String name, Supplier<T> compute) {
        long now = stamp();
        Cached<?> c = caches.get(name);
        if (c != null && c.stamp() == now) return (T) c.value();
        T v = compute.get();
        caches.put(name, new Cached<>(now, v));
        return v;
    }

    /**
     * A value derived from an immutable object (e.g. a decoded index struct per raw record), kept
     * as long as that very object is in use; {@code tag} tells several derived values apart.
     */
    @SuppressWarnings("unchecked")
    <K, T> T derived(K key, String tag, Function<K, T> compute) {
        Map<String, Object> m;
        synchronized (byIdentity) {
            m = byIdentity.computeIfAbsent(new IdentityKey(key), k -> new java.util.concurrent.ConcurrentHashMap<>());
        }
        Object v = m.get(tag);
        if (v == null) {
            v = compute.apply(key);
            m.put(tag, v);
        }
        return (T) v;
    }

    /** The KV store of the document store: docstore.json, or LlamaIndex.TS's doc_store.json. */
    Optional<SimpleKVStore> docKv() {
        Optional<SimpleKVStore> py = ctx.kvStore(PersistDirScanner.DOCSTORE);
        return py.isPresent() ? py : ctx.kvStore(PersistDirScanner.TS_DOC_STORE);
    }

    /** The file name of the document store in use, or null. */
    String docFile() {
        if (ctx.kvStore(PersistDirScanner.DOCSTORE).isPresent()) return PersistDirScanner.DOCSTORE;
        if (ctx.kvStore(PersistDirScanner.TS_DOC_STORE).isPresent()) return PersistDirScanner.TS_DOC_STORE;
        return null;
    }

    boolean docExists(String id) {
        return docKv().map(kv -> kv.containsKey(id, "docstore/data")).orElse(false);
    }
}
