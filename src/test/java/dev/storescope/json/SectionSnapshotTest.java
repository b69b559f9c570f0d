package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
