package dev.storescope.inspect.check;

import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A byte-level review of what changed between two states of a persist dir: files compared byte
 * for byte; in a changed file every entry (file › collection › key) compared by its raw bytes, and
 * the order of the untouched entries compared too.
 */
final class DiskDiff {
    private DiskDiff() {
    }

    static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }

    /**
     * The entries that differ ("file|collection|key"), plus "rename|from|to" for a file whose bytes
     * moved to a new name. Asserts that untouched entries keep their bytes and their order.
     */
    static Set<String> changedEntries(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> f : before.entrySet()) {
            byte[] now = after.get(f.getKey());
            if (now == null) {
                String to = null;
                for (Map.Entry<String, byte[]> a : after.entrySet()) {
                    if (!before.containsKey(a.getKey()) && Arrays.equals(a.getValue(), f.getValue())) to = a.getKey();
                }
                out.add("rename|" + f.getKey() + "|" + to);
                continue;
            }
            if (Arrays.equals(now, f.getValue())) continue;
            out.addAll(entries(f.getKey(), f.getValue(), now));
        }
        return out;
    }

    private static Set<String> entries(String file, byte[] a, byte[] b) {
        SimpleKVStore x = SimpleKVStore.fromSource(JsonSource.of(a, file));
        SimpleKVStore y = SimpleKVStore.fromSource(JsonSource.of(b, file));
        assertEquals(x.collectionNames(), y.collectionNames(), file + ": collections");
        Set<String> out = new LinkedHashSet<>();
        for (String c : x.collectionNames()) {
            List<String> keep = new ArrayList<>();
            for (String k : x.keys(c)) {
                byte[] vb = bytes(y.getRaw(k, c));
                if (vb != null && Arrays.equals(vb, bytes(x.getRaw(k, c)))) keep.add(k);
                else out.add(file + "|" + c + "|" + k);
            }
            for (String k : y.keys(c)) if (!x.containsKey(k, c)) out.add(file + "|" + c + "|" + k);
            List<String> keptAfter = new ArrayList<>(y.keys(c));
            keptAfter.retainAll(keep);
            assertEquals(keep, keptAfter, file + " › " + c + ": untouched entries keep their order");
        }
        return out;
    }

    private static byte[] bytes(JsonValue v) {
        return v == null ? null : ((RawJson) v).bytes();
    }

    static void assertSameBytes(byte[] a, byte[] b, String what) {
        assertArrayEquals(a, b, what);
    }
}
