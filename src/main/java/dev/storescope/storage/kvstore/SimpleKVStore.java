package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonPath;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.RawJson;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final JsonSource source;
    private final JsonStyle style;
    private final byte[] leading;
    private final byte[] trailing;

    /** An empty in-memory store (Python-style output). */
    public SimpleKVStore() {
        this(null, JsonStyle.PYTHON, new byte[0], new byte[0]);
    }

    private SimpleKVStore(JsonSource source, JsonStyle style, byte[] leading, byte[] trailing) {
        this.source = source;
        this.style = style;
        this.leading = leading;
        this.trailing = trailing;
    }

    /** Loads a persisted file; a missing file fails the way Python's open() does. */
    public static SimpleKVStore fromPersistPath(Path persistPath) throws IOException {
        try {
            return fromSource(JsonSource.open(persistPath));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("[Errno 2] No such file or directory: '" + persistPath + "'");
        }
    }

    /** A store over the bytes of a file (scans the top-level structure only). */
    public static SimpleKVStore fromSource(JsonSource src) {
        JsonScanner scanner = new JsonScanner(src);
        int start = scanner.skipWs(src.bodyStart());
        if (start >= src.length()) {
            throw src.error(start, JsonPath.ROOT, src.length() == 0 ? "empty file" : "Expecting value (only whitespace)");
        }
        if (src.get(start) != '{') {
            int[] root = scanner.rootRange();
            RawJson r = new RawJson(src, root[0], root[1], JsonStyle.PYTHON, 0, JsonPath.ROOT);
            throw new StoreFormatException(src.label() + ": the top-level JSON value is a " + r.kind()
                    + ", a key-value store file is an object of collections");
        }
        List<JsonScanner.Collection> cols = scanner.scanCollections(start);
        int end = start;
        for (int i = src.length() - 1; i >= start; i--) {
            if (src.get(i) == '}') {
                end = i + 1;
                break;
            }
        }
        JsonStyle style = JsonStyle.detect(src.buffer0(), start, end);
        SimpleKVStore store = new SimpleKVStore(src, style, src.bytes(src.bodyStart(), start), src.bytes(end, src.length()));
        for (JsonScanner.Collection c : cols) {
            RawJson raw = new RawJson(src, c.start(), c.end(), style, 1, JsonPath.key(JsonPath.ROOT, c.name()));
            store.addLoadedCollection(c.entries() == null ? KVCollection.fromFile(c.name(), raw) : KVCollection.fromFile(c.name(), raw, c.entries()));
        }
        return store;
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
        return source;
    }

    public JsonStyle style() {
        return style;
    }

    /** True when persisting would write exactly the loaded bytes. */
    public boolean unchangedSinceLoad() {
        return source != null && revision() == 0;
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
        if (unchangedSinceLoad()) {
            source.writeTo(ch);
            return;
        }
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        out.write(leading);
        LinkedHashMap<String, JsonValue> root = new LinkedHashMap<>();
        for (KVCollection c : collections()) root.put(c.name(), c.persistValue());
        new JsonWriter(out, style).write(JsonObject.of(root), 0);
        out.write(trailing);
        out.flush();
    }

    /** Convenience for tests and tools: the bytes persist would write. */
    public byte[] toBytes() throws IOException {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        writeTo(Channels.newChannel(bos));
        return bos.toByteArray();
    }
}
