package dev.storescope.storage.kvstore;

import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In-memory semantics of {@link SimpleKVStore} / {@link MutableMappingKVStore} (spec §3.1). */
class SimpleKVStoreTest {

    private static JsonObject obj(String json) {
        return (JsonObject) JsonReader.parse(json, "test");
    }

    private static String text(SimpleKVStore s) throws IOException {
        return new String(s.toBytes(), StandardCharsets.UTF_8);
    }

    private static SimpleKVStore load(String json) {
        return SimpleKVStore.fromSource(JsonSource.of(json, "test.json"));
    }

    @Test
    void putGetGetAllDelete() throws IOException {
        SimpleKVStore s = new SimpleKVStore();
        s.put("k1", obj("{\"a\": 1}"));
        s.put("k2", obj("{\"b\": \"x\"}"), "other");
        assertEquals(obj("{\"a\": 1}"), s.get("k1"));
        assertEquals(obj("{\"a\": 1}"), s.get("k1", BaseKVStore.DEFAULT_COLLECTION));
        assertNull(s.get("k2"));
        assertEquals(obj("{\"b\": \"x\"}"), s.get("k2", "other"));
        assertEquals(List.of("k1"), List.copyOf(s.getAll().keySet()));
        assertEquals(List.of("data", "other"), s.collectionNames());
        assertEquals("{\"data\": {\"k1\": {\"a\": 1}}, \"other\": {\"k2\": {\"b\": \"x\"}}}", text(s));
        assertTrue(s.delete("k1"));
        assertFalse(s.delete("k1"));
        assertNull(s.get("k1"));
        // an emptied collection stays (Python keeps the empty dict)
        assertEquals("{\"data\": {}, \"other\": {\"k2\": {\"b\": \"x\"}}}", text(s));
        assertTrue(s.containsKey("k2", "other"));
        assertEquals(1, s.size("other"));
    }

    @Test
    void overwriteKeepsPositionDeleteAndReAddMovesLast() throws IOException {
        SimpleKVStore s = new SimpleKVStore();
        for (String k : List.of("a", "b", "c")) s.put(k, obj("{\"v\": \"" + k + "\"}"));
        s.put("a", obj("{\"v\": \"A\"}"));
        assertEquals(List.of("a", "b", "c"), s.keys("data"));
        s.delete("b");
        s.put("b", obj("{\"v\": \"B\"}"));
        assertEquals(List.of("a", "c", "b"), s.keys("data"));
        assertEquals("{\"data\": {\"a\": {\"v\": \"A\"}, \"c\": {\"v\": \"c\"}, \"b\": {\"v\": \"B\"}}}", text(s));
    }

    @Test
    void sameOrderRulesOnALoadedFile() throws IOException {
        SimpleKVStore s = load("{\"c1\": {\"a\": {\"x\": 1}, \"b\": {\"x\": 2}, \"c\": {\"x\": 3}}, \"c2\": {\"z\": {}}}");
        s.put("a", obj("{\"x\": 10}"), "c1");
        s.delete("b", "c1");
        s.put("b", obj("{\"x\": 20}"), "c1");
        assertEquals("{\"c1\": {\"a\": {\"x\": 10}, \"c\": {\"x\": 3}, \"b\": {\"x\": 20}}, \"c2\": {\"z\": {}}}", text(s));
    }

    /** Values are immutable: nothing a caller does with a value it passed in or got back changes the store. */
    @Test
    void valuesAreCopiesInEffect() throws IOException {
        SimpleKVStore s = new SimpleKVStore();
        LinkedHashMap<String, dev.storescope.json.JsonValue> m = new LinkedHashMap<>();
        m.put("a", JsonNumber.of(1));
        s.put("k", JsonObject.of(m));
        m.put("b", JsonNumber.of(2)); // the caller's map changes after put
        JsonObject got = s.get("k");
        JsonObject modified = got.with("a", JsonString.of("changed")).with("new", JsonNumber.of(3));
        assertEquals(obj("{\"a\": \"changed\", \"new\": 3}"), modified);
        assertEquals(obj("{\"a\": 1}"), s.get("k"));
        Map<String, JsonObject> all = s.getAll();
        all.put("other", JsonObject.EMPTY);
        all.remove("k");
        Map<String, Map<String, JsonObject>> dict = s.toDict();
        dict.get("data").clear();
        dict.put("extra", Map.of());
        assertEquals("{\"data\": {\"k\": {\"a\": 1}}}", text(s));
        assertThrows(UnsupportedOperationException.class, () -> got.rawMembers().put("x", JsonNumber.of(1)));
    }

    @Test
    void putAllBatchSizeOneOnly() throws IOException {
        SimpleKVStore s = new SimpleKVStore();
        s.putAll(List.of(Map.entry("k1", obj("{\"i\": 1}")), Map.entry("k2", obj("{\"i\": 2}"))), "c", 1);
        assertEquals("{\"c\": {\"k1\": {\"i\": 1}, \"k2\": {\"i\": 2}}}", text(s));
        for (int size : new int[] {0, 2, 10, -1}) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> s.putAll(List.of(Map.entry("k3", obj("{}"))), "c", size));
            assertEquals("Batching not supported by this key-value store.", e.getMessage());
        }
        assertNull(s.get("k3", "c"));
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> s.aputAll(List.of(Map.entry("k3", obj("{}"))), "c", 2).get());
        assertEquals("Batching not supported by this key-value store.", async.getCause().getMessage());
    }

    @Test
    void asyncForms() throws Exception {
        SimpleKVStore s = new SimpleKVStore();
        s.aput("k", obj("{\"a\": [1]}"), "c").get();
        assertEquals(obj("{\"a\": [1]}"), s.aget("k", "c").get());
        assertNull(s.aget("missing", "c").get());
        s.aputAll(List.of(Map.entry("k2", obj("{}"))), "c", 1).get();
        assertEquals(List.of("k", "k2"), List.copyOf(s.agetAll("c").get().keySet()));
        assertTrue(s.adelete("k", "c").get());
        assertFalse(s.adelete("k", "c").get());
        CompletableFuture<Void> bad = s.aput(null, obj("{}"), "c");
        assertTrue(bad.isCompletedExceptionally());
        assertEquals("{\"c\": {\"k2\": {}}}", text(s));
    }

    /** Deliberate deviation from core >= 0.12.41: reads and deletes do not create collections. */
    @Test
    void readsAndDeletesDoNotCreateCollections() throws IOException {
        String file = "{\"docstore/data\": {\"n1\": {\"__data__\": {}}}}";
        SimpleKVStore s = load(file);
        assertNull(s.get("n1", "docstore/metadata"));
        assertTrue(s.getAll("docstore/ref_doc_info").isEmpty());
        assertFalse(s.delete("n1", "docstore/metadata"));
        assertNull(s.getRaw("n1", "nope"));
        assertFalse(s.containsKey("n1", "nope"));
        assertEquals(List.of(), s.keys("nope"));
        assertEquals(List.of("docstore/data"), s.collectionNames());
        assertFalse(s.hasCollection("docstore/metadata"));
        assertTrue(s.unchangedSinceLoad());
        assertEquals(0, s.revision());
        assertEquals(file, text(s));
        SimpleKVStore empty = new SimpleKVStore();
        empty.get("k");
        empty.getAll("x");
        empty.delete("k", "y");
        assertEquals("{}", text(empty));
    }

    @Test
    void deleteOfMissingKeyInExistingCollectionChangesNothing() throws IOException {
        String file = "{\"c\":{\"k\":{\"v\":1}}}";
        SimpleKVStore s = load(file);
        assertFalse(s.delete("other", "c"));
        assertTrue(s.unchangedSinceLoad());
        assertEquals(file, text(s));
    }

    @Test
    void toDictFromDictRoundTrip() throws IOException {
        String file = "{\"c1\": {\"k\": {\"n\": 1e-05, \"t\": \"caf\\u00e9\"}}, \"c2\": {}, \"c3\": {\"a\": {}, \"b\": {\"x\": [null, true]}}}";
        SimpleKVStore s = load(file);
        Map<String, Map<String, JsonObject>> dict = s.toDict();
        assertEquals(List.of("c1", "c2", "c3"), List.copyOf(dict.keySet()));
        assertEquals(obj("{\"x\": [null, true]}"), dict.get("c3").get("b"));
        SimpleKVStore copy = SimpleKVStore.fromDict(dict);
        // fromDict drops empty collections only if nothing is put in them: c2 has no key to put
        assertEquals("{\"c1\": {\"k\": {\"n\": 1e-05, \"t\": \"caf\\u00e9\"}}, \"c3\": {\"a\": {}, \"b\": {\"x\": [null, true]}}}", text(copy));
        assertEquals(dict.get("c1"), copy.toDict().get("c1"));
    }

    @Test
    void valuesThatAreNotObjectsAreAFormatError() {
        SimpleKVStore s = load("{\"c\": {\"k\": [1, 2]}}");
        assertThrows(dev.storescope.storage.StoreFormatException.class, () -> s.get("k", "c"));
        assertInstanceOf(dev.storescope.json.RawJson.class, s.getRaw("k", "c"));
    }

    @Test
    void duplicateKeysAndCollectionsInAFileFollowPython() throws IOException {
        String file = "{\"c\": {\"k\": {\"v\": 1}, \"j\": {\"v\": 2}, \"k\": {\"v\": 3}}, \"d\": {}, \"c\": {\"z\": {}}}";
        SimpleKVStore s = load(file);
        assertArrayEquals(file.getBytes(StandardCharsets.UTF_8), s.toBytes()); // untouched: the file's bytes
        assertEquals(List.of("c", "d"), s.collectionNames());
        assertEquals(List.of("z"), s.keys("c"));
        s.put("n", obj("{}"), "d");
        // Python: json.dump(json.load(f)) after the put
        assertEquals("{\"c\": {\"z\": {}}, \"d\": {\"n\": {}}}", text(s));
        SimpleKVStore t = load("{\"c\": {\"k\": {\"v\": 1}, \"j\": {\"v\": 2}, \"k\": {\"v\": 3}}}");
        assertEquals(obj("{\"v\": 3}"), t.get("k", "c"));
        t.put("x", obj("{}"), "c");
        assertEquals("{\"c\": {\"k\": {\"v\": 3}, \"j\": {\"v\": 2}, \"x\": {}}}", text(t));
    }

    @Test
    void bomFileRoundTripsAndAChangeWritesPythonBytes() throws IOException {
        byte[] body = "{\"c\": {\"k\": {\"v\": 1}}}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SimpleKVStore s = SimpleKVStore.fromSource(JsonSource.of(bytes, "bom.json"));
        assertArrayEquals(bytes, s.toBytes());
        s.put("k2", obj("{}"), "c");
        // json.dump never writes a BOM
        assertEquals("{\"c\": {\"k\": {\"v\": 1}, \"k2\": {}}}", text(s));
    }
}
