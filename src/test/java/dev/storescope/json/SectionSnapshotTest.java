package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Undo support: a restored section has its entries back in their original positions. */
class SectionSnapshotTest {
    private static final String TEXT = "{\"c\": {\"a\": {\"x\": 1}, \"b\": {\"x\": 2}, \"c\": {\"x\": 3}}, \"d\": {}}";

    @Test
    void restoringAnUntouchedSnapshotGivesTheOriginalBytes() throws Exception {
        JsonDocument doc = JsonDocument.load(JsonSource.of(TEXT, "t"));
        Section c = doc.section("c");
        Section.Snapshot s = c.snapshot();
        c.remove("a");
        c.put("a", JsonObject.EMPTY);
        assertEquals(List.of("b", "c", "a"), List.copyOf(c.entries().keySet()));
        c.restore(s);
        assertEquals(List.of("a", "b", "c"), List.copyOf(c.entries().keySet()));
        assertArrayEquals(TEXT.getBytes(), doc.toBytes());
    }

    @Test
    void restoringAChangedSnapshotKeepsThatState() throws Exception {
        JsonDocument doc = JsonDocument.load(JsonSource.of(TEXT, "t"));
        Section c = doc.section("c");
        c.put("b", JsonObject.builder().put("x", 20).build());
        Section.Snapshot s = c.snapshot();
        c.remove("b");
        c.restore(s);
        assertEquals(List.of("a", "b", "c"), List.copyOf(c.entries().keySet()));
        assertEquals("{\"c\": {\"a\": {\"x\": 1}, \"b\": {\"x\": 20}, \"c\": {\"x\": 3}}, \"d\": {}}", new String(doc.toBytes()));
    }

    @Test
    void restoringTheLoadedStateKeepsTheIndexInsteadOfScanningAgain() throws Exception {
        JsonDocument doc = JsonDocument.load(JsonSource.of(TEXT, "t"));
        Section c = doc.section("c");
        Section d = doc.section("d");
        JsonValue a = c.get("a");
        JsonDocument.Snapshot s = doc.snapshot();
        c.remove("a");
        doc.restore(s);
        assertSame(a, c.get("a"), "the entry objects of the loaded index come back (no rescan of the bytes)");
        assertFalse(c.changed());
        assertFalse(d.changed());
        assertEquals(List.of("a", "b", "c"), List.copyOf(c.entries().keySet()));
        c.put("z", JsonObject.EMPTY);
        doc.restore(s);
        assertSame(a, c.get("a"));
        assertArrayEquals(TEXT.getBytes(), doc.toBytes());
    }
}
