package dev.storescope.storage.index_store;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KVIndexStoreTest {
    private static IndexStruct list(String id, String... nodes) {
        return IndexStruct.of(IndexStructType.LIST, JsonObject.builder().put("index_id", id).putNull("summary")
                .put("nodes", dev.storescope.json.JsonArray.ofStrings(List.of(nodes))).build());
    }

    @Test
    void pythonSemantics() throws Exception {
        SimpleIndexStore s = new SimpleIndexStore();
        assertEquals("index_store/data", s.collection());
        NotFoundException none = assertThrows(NotFoundException.class, s::getIndexStruct);
        assertEquals("No index in storage context, check if you specified the right persist_dir.", none.getMessage());
        assertNull(s.getIndexStruct("nope"));
        s.deleteIndexStruct("nope");
        s.addIndexStruct(list("a", "n1"));
        assertEquals("a", s.getIndexStruct().indexId());
        s.addIndexStruct(list("b"));
        s.addIndexStruct(list("a", "n1", "n2"));
        assertEquals(List.of("a", "b"), s.indexIds(), "overwrite keeps the position");
        assertEquals(2, s.getIndexStruct("a").nodeCount());
        s.deleteIndexStruct("a");
        s.addIndexStruct(list("a"));
        assertEquals(List.of("b", "a"), s.indexStructs().stream().map(IndexStruct::indexId).toList());
        assertEquals("{\"index_store/data\": {\"b\": {\"__type__\": \"list\", \"__data__\": \"{\\\"index_id\\\": \\\"b\\\", \\\"summary\\\": null, \\\"nodes\\\": []}\"}, "
                + "\"a\": {\"__type__\": \"list\", \"__data__\": \"{\\\"index_id\\\": \\\"a\\\", \\\"summary\\\": null, \\\"nodes\\\": []}\"}}}",
                new String(s.toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void asyncForms() throws Exception {
        SimpleIndexStore s = new SimpleIndexStore();
        s.asyncAddIndexStruct(list("a")).get();
        assertEquals("a", s.agetIndexStruct(null).get().indexId());
        assertEquals("a", s.agetIndexStruct("a").get().indexId());
        assertEquals(1, s.asyncIndexStructs().get().size());
        s.adeleteIndexStruct("a").get();
        assertTrue(s.agetIndexStruct(null).isCompletedExceptionally());
    }

    @Test
    void namespaceAndSuffix() {
        SimpleKVStore kv = new SimpleKVStore();
        KVIndexStore a = new KVIndexStore(kv, "ns", "/idx");
        KVIndexStore b = new KVIndexStore(kv);
        a.addIndexStruct(list("x"));
        assertEquals("ns/idx", a.collection());
        assertEquals(List.of("ns/idx"), kv.collectionNames());
        assertTrue(b.indexStructs().isEmpty());
        assertFalse(kv.hasCollection("index_store/data"), "reads create no collection");
    }

    @Test
    void persistDirRoundTripAndMissingFile(@TempDir Path tmp) throws Exception {
        assertThrows(java.io.FileNotFoundException.class, () -> SimpleIndexStore.fromPersistDir(tmp));
        SimpleIndexStore s = new SimpleIndexStore();
        s.addIndexStruct(list("a", "n"));
        s.persist(tmp.resolve("index_store.json"));
        SimpleIndexStore back = SimpleIndexStore.fromPersistDir(tmp);
        assertEquals(List.of("n"), back.getIndexStruct().nodeIds());
        assertEquals(s.toDict(), back.toDict());
        assertEquals(back.toDict(), SimpleIndexStore.fromDict(back.toDict()).toDict());
    }

    /** A compact (TS-rewritten) file: only the edited record changes, the TS collection stays byte for byte. */
    @Test
    void editInHybridCompactFileChangesOnlyThatRecord(@TempDir Path tmp) throws Exception {
        Path file = Corpus.copy("ts/hybrid_py_layout_then_ts/index_store.json", tmp);
        String original = Files.readString(file);
        SimpleIndexStore s = SimpleIndexStore.fromPersistPath(file);
        IndexStruct py = s.getIndexStruct("py-vector-index");
        IndexStruct edited = py.withoutNodeId("n-1");
        s.addIndexStruct(edited);
        s.persist(file);
        String oldLiteral = JsonWriter.toJson(py.toJson().get("__data__"), JsonStyle.COMPACT);
        String newLiteral = JsonWriter.toJson(JsonString.of("{\"index_id\": \"py-vector-index\", \"summary\": null, \"nodes_dict\": "
                + "{\"n-0\": \"n-0\", \"n-2\": \"n-2\"}, \"doc_id_dict\": {}, \"embeddings_dict\": {}}"), JsonStyle.COMPACT);
        assertTrue(original.contains(oldLiteral));
        assertEquals(original.replace(oldLiteral, newLiteral), Files.readString(file));
        assertEquals(1, SimpleIndexStore.fromPersistPath(file).tsIndexStructs().size());
        assertEquals(2, JsonReader.parse(Files.readString(file), "f") instanceof JsonObject o ? o.size() : -1);
    }
}
