package dev.storescope.inspect.edit;

import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link Restorable} store behind each file of a context, and saving/restoring a set of them. */
final class StoreStates {
    private StoreStates() {
    }

    /** The store that holds {@code file}, if it loaded as one. */
    static Optional<Restorable> store(StorageContext ctx, String file) {
        if (ctx.kvStore(file).isPresent()) return Optional.of(ctx.kvStore(file).get());
        if (ctx.vectorStoreFile(file).isPresent()) return Optional.of(ctx.vectorStoreFile(file).get());
        if (file.equals(PersistDirScanner.GRAPH_STORE) && ctx.graphStore().isPresent()) return Optional.of(ctx.graphStore().get());
        if (file.equals(PersistDirScanner.PROPERTY_GRAPH_STORE) && ctx.propertyGraphStore().isPresent()) return Optional.of(ctx.propertyGraphStore().get());
        if (file.equals(PersistDirScanner.CHAT_STORE) && ctx.chatStore().isPresent()) return Optional.of(ctx.chatStore().get());
        return Optional.empty();
    }

    static Map<Restorable, Object> save(StorageContext ctx, Iterable<String> files) {
        Map<Restorable, Object> out = new LinkedHashMap<>();
        for (String f : files) store(ctx, f).ifPresent(s -> out.putIfAbsent(s, s.saveState()));
        return out;
    }

    static void restore(Map<Restorable, Object> states) {
        for (Map.Entry<Restorable, Object> e : states.entrySet()) e.getKey().restoreState(e.getValue());
    }
}
