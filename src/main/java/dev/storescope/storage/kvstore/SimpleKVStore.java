package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonStyle;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LlamaIndex's {@code SimpleKVStore}: a JSON file {collection → {key → object}}.
 * <p>
 * Loading scans the file's structure only (collection and key byte ranges); values are parsed
 * when read. {@link #persist} writes the original bytes when nothing changed, and otherwise copies
 * untouched collections and values verbatim and writes changed ones in the file's own
 * {@link JsonStyle} (Python {@code json.dump} defaults for a new file).
 */
public class SimpleKVStore extends MutableMappingKVStore implements BaseInMemoryKVStore {

    /** An empty in-memory store (Python-style output). */
    public SimpleKVStore() {
        super();
    }

    private SimpleKVStore(JsonDocument doc) {
        super(doc);
    }

    /** Loads a persisted file; a missing file fails the way Python's open() does. */
    public static SimpleKVStore fromPersistPath(Path persistPath) throws IOException {
        try {
            return fromSource(JsonSource.open(persistPath));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("[Errno 2] No such file or directory: '" + persistPath + "'");
        }
    }

    /** A store over the bytes of a file (one pass over its structure). */
    public static SimpleKVStore fromSource(JsonSource src) {
        try {
            return new SimpleKVStore(JsonDocument.load(src));
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage() + " (a key-value store file is an object of collections)");
        }
    }

    /**
     * A store over a file that is likely a later version of {@code like}'s (a snapshot of the same
     * store): collections are indexed against {@code like}'s where the bytes recur (same result, less scanning).
     */
    public static SimpleKVStore fromSource(JsonSource src, SimpleKVStore like) {
        try {
            return new SimpleKVStore(JsonDocument.load(src, like == null ? null : like.document()));
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage() + " (a key-value store file is an object of collections)");
        }
    }

    /** A store holding a copy of {@code data} (collection → key → value). */
    public static SimpleKVStore fromDict(Map<String, ? extends Map<String, JsonObject>> data) {
        SimpleKVStore s = new SimpleKVStore();
        for (Map.Entry<String, ? extends Map<String, JsonObject>> c : data.entrySet()) {
            for (Map.Entry<String, JsonObject> e : c.getValue().entrySet()) s.put(e.getKey(), e.getValue(), c.getKey());
        }
        return s;
    }

    /** Every collection, fully parsed (a copy; changing it changes nothing here). */
    public Map<String, Map<String, JsonObject>> toDict() {
        LinkedHashMap<String, Map<String, JsonObject>> out = new LinkedHashMap<>();
        for (String c : collectionNames()) out.put(c, getAll(c));
        return out;
    }

    /** The file this store was loaded from, or null for an in-memory store. */
    public JsonSource source() {
        return document().source();
    }

    public JsonStyle style() {
        return document().style();
    }

    /** True when persisting would write exactly the loaded bytes. */
    public boolean unchangedSinceLoad() {
        return document().unchangedSinceLoad();
    }

    @Override
    public void persist(Path persistPath) throws IOException {
        persist(persistPath, BackupSet.forDirectory(persistPath.toAbsolutePath().getParent()));
    }

    /** Writes the file atomically; the replaced version goes to {@code backups}. Returns the backup or null. */
    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return AtomicFileWriter.write(persistPath, this::writeTo, backups);
    }

    /** The bytes {@link #persist} writes. */
    public void writeTo(WritableByteChannel ch) throws IOException {
        document().writeTo(ch);
    }

    /** The bytes persist would write (for tests and tools). */
    public byte[] toBytes() throws IOException {
        return document().toBytes();
    }
}
