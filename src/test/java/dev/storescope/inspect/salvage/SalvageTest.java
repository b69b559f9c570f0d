package dev.storescope.inspect.salvage;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Done-when 3: salvage of truncated and corrupted generated files recovers every complete entry byte for byte. */
class SalvageTest {
    @TempDir
    static Path tmp;
    static byte[] docstore;
    static byte[] vectors;

    record Entry(String collection, String key, int start, int end) {
    }

    @BeforeAll
    static void generate() throws Exception {
        Path dir = dev.storescope.inspect.check.GeneratedDirAccess.generate(tmp);
        docstore = Files.readAllBytes(dir.resolve("docstore.json"));
        vectors = Files.readAllBytes(dir.resolve("default__vector_store.json"));
    }

    static List<Entry> entries(byte[] file) {
        SimpleKVStore kv = SimpleKVStore.fromSource(JsonSource.of(file, "f"));
        List<Entry> out = new ArrayList<>();
        for (String c : kv.collectionNames()) {
            for (String k : kv.keys(c)) {
                RawJson r = (RawJson) kv.getRaw(k, c);
                out.add(new Entry(c, k, r.start(), r.end()));
            }
        }
        return out;
    }

    @Test
    void truncatedAtAHundredRandomOffsetsEveryCompleteEntryComesBackByteForByte() {
        truncations(docstore, 100, 20261201L);
    }

    @Test
    void truncatedVectorStore() {
        truncations(vectors, 25, 7L);
    }

    private static void truncations(byte[] file, int cuts, long seed) {
        List<Entry> all = entries(file);
        Random rnd = new Random(seed);
        for (int n = 0; n < cuts; n++) {
            int cut = 1 + rnd.nextInt(file.length - 1);
            SalvageResult r = Salvager.salvage(JsonSource.of(Arrays.copyOf(file, cut), "docstore.json"));
            assertFalse(r.intact(), "cut at " + cut + " is damage");
            JsonDocument doc = r.document();
            int complete = 0;
            for (Entry e : all) {
                Section s = doc.section(e.collection());
                JsonValue v = s == null ? null : s.get(e.key());
                if (e.end() <= cut) {
                    complete++;
                    assertNotNull(v, "cut " + cut + ": entry " + e + " ended before the cut");
                    assertArrayEquals(Arrays.copyOfRange(file, e.start(), e.end()), ((RawJson) v).bytes(), "cut " + cut + ": bytes of " + e);
                } else {
                    assertNull(v, "cut " + cut + ": entry " + e + " did not end before the cut");
                }
            }
            assertEquals(complete, r.recovered().stream().filter(x -> x.key() != null).count(), "cut " + cut);
            byte[] written = toBytes(doc);
            JsonDocument reread = JsonDocument.load(JsonSource.of(written, "out")); // a valid file
            for (Entry e : all) {
                if (e.end() > cut) continue;
                RawJson w = (RawJson) reread.section(e.collection()).get(e.key());
                assertArrayEquals(Arrays.copyOfRange(file, e.start(), e.end()), w.bytes(), "written bytes of " + e);
            }
        }
    }

    @Test
    void aCutInsideAValueNamesTheLostKey() {
        List<Entry> all = entries(docstore);
        Entry e = all.get(all.size() / 2);
        int cut = (e.start() + e.end()) / 2;
        SalvageResult r = Salvager.salvage(JsonSource.of(Arrays.copyOf(docstore, cut), "docstore.json"));
        assertTrue(r.lost().stream().anyMatch(l -> l.member().equals(e.collection()) && e.key().equals(l.key())), r.lost().toString());
        assertEquals(cut, r.damage().get(0).offset());
    }

    @Test
    void corruptionInTheMiddleLosesOnlyTheDamagedEntry() {
        List<Entry> all = entries(docstore);
        Entry hit = null;
        for (Entry e : all) if (e.collection().equals("docstore/data") && hit == null && all.indexOf(e) > all.size() / 3) hit = e;
        byte[] bad = docstore.clone();
        int at = hit.start() + (hit.end() - hit.start()) / 2;
        for (int i = 0; i < 12; i++) bad[at + i] = '#';
        SalvageResult r = Salvager.salvage(JsonSource.of(bad, "docstore.json"));
        assertEquals(1, r.damage().size());
        assertEquals(1, r.resumed().size());
        for (Entry e : all) {
            JsonValue v = r.document().section(e.collection()).get(e.key());
            if (e.equals(hit)) {
                assertNull(v);
            } else {
                assertNotNull(v, "recovered after the damage too: " + e);
                assertArrayEquals(Arrays.copyOfRange(docstore, e.start(), e.end()), ((RawJson) v).bytes());
            }
        }
        Entry damaged = hit;
        assertEquals(List.of(damaged.key()), r.lost().stream().map(SalvageResult.Lost::key).toList());
        // same collections in the same order, the damaged entry missing: the output is the original minus one entry
        assertEquals(entries(docstore).size() - 1, entries(toBytes(r.document())).size());
    }

    @Test
    void salvageWriterKeepsTheDamagedOriginalAsBackup() throws Exception {
        Path f = tmp.resolve("w").resolve("docstore.json");
        Files.createDirectories(f.getParent());
        Files.write(f, Arrays.copyOf(docstore, docstore.length / 2));
        SalvageResult r = Salvager.salvage(JsonSource.open(f));
        Path backup = SalvageWriter.write(r, f);
        assertNotNull(backup);
        assertArrayEquals(Arrays.copyOf(docstore, docstore.length / 2), Files.readAllBytes(backup));
        JsonDocument.load(JsonSource.open(f));
    }

    @Test
    void anIntactFileIsIntact() {
        SalvageResult r = Salvager.salvage(JsonSource.of(docstore, "docstore.json"));
        assertTrue(r.intact());
        assertArrayEquals(docstore, toBytes(r.document()), "an intact Python file comes back byte for byte");
    }

    static byte[] toBytes(JsonDocument d) {
        try {
            return d.toBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
