package dev.storescope.cli;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.RawJson;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.io.BackupSet;
import dev.storescope.storage.kvstore.SimpleKVStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code kv …}: the key-value level of any SimpleKVStore file (docstore.json, index_store.json, …). */
@Command(name = "kv", mixinStandardHelpOptions = true,
        description = "Read and edit any SimpleKVStore file at the key-value level.")
final class KvCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "keys", description = "List the keys of a collection (without COLLECTION: the collections with their sizes).")
    int keys(@Parameters(paramLabel = "FILE") Path file,
             @Parameters(paramLabel = "COLLECTION", arity = "0..1") String collection) throws IOException {
        SimpleKVStore store = SimpleKVStore.fromPersistPath(file);
        PrintWriter out = spec.commandLine().getOut();
        if (collection == null) {
            for (String c : store.collectionNames()) out.println(c + "\t" + store.size(c));
        } else {
            if (!store.hasCollection(collection)) throw new NotFoundException("collection " + collection + " not found in " + file);
            for (String k : store.keys(collection)) out.println(k);
        }
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "get", description = "Print a value as indented JSON (--raw: the exact stored bytes).")
    int get(@Parameters(paramLabel = "FILE") Path file,
            @Parameters(paramLabel = "COLLECTION") String collection,
            @Parameters(paramLabel = "KEY") String key,
            @Option(names = "--raw", description = "print the bytes exactly as stored in the file") boolean raw) throws IOException {
        SimpleKVStore store = SimpleKVStore.fromPersistPath(file);
        JsonValue v = store.getRaw(key, collection);
        if (v == null) throw notFound(file, collection, key);
        PrintWriter out = spec.commandLine().getOut();
        if (raw && v instanceof RawJson r) {
            out.println(r.text());
        } else {
            out.println(JsonWriter.toJson(v.resolve(), JsonStyle.indented(2, false)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "put", description = "Set KEY in COLLECTION to a JSON object, then persist (atomically, with a backup).")
    int put(@Parameters(paramLabel = "FILE") Path file,
            @Parameters(paramLabel = "COLLECTION") String collection,
            @Parameters(paramLabel = "KEY") String key,
            @Option(names = "--json", required = true, paramLabel = "VALUE", description = "the value, a JSON object") String json) throws IOException {
        JsonValue value = JsonReader.parse(json, "--json");
        if (!(value instanceof JsonObject obj)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "--json must be a JSON object (a key-value store holds objects), got a " + value.kind());
        }
        SimpleKVStore store = SimpleKVStore.fromPersistPath(file);
        store.put(key, obj, collection);
        return save(store, file);
    }

    @Command(name = "delete", description = "Delete KEY from COLLECTION, then persist (atomically, with a backup).")
    int delete(@Parameters(paramLabel = "FILE") Path file,
               @Parameters(paramLabel = "COLLECTION") String collection,
               @Parameters(paramLabel = "KEY") String key) throws IOException {
        SimpleKVStore store = SimpleKVStore.fromPersistPath(file);
        if (!store.delete(key, collection)) throw notFound(file, collection, key);
        return save(store, file);
    }

    private int save(SimpleKVStore store, Path file) throws IOException {
        Path backup = store.persist(file, BackupSet.forDirectory(file.toAbsolutePath().getParent()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + file + (backup == null ? "" : " (previous version kept at " + backup + ")"));
        out.flush();
        return ExitCodes.OK;
    }

    private static NotFoundException notFound(Path file, String collection, String key) {
        return new NotFoundException("key " + key + " not found in collection " + collection + " of " + file);
    }
}
