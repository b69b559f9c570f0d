package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Side-by-side highlighting: changed lines and the changed characters inside them. */
class TextDiffTest {
    @Test
    void changedLinesAndCharacters() {
        String a = "{\n  \"a\": 1,\n  \"text\": \"hello world\"\n}";
        String b = "{\n  \"a\": 1,\n  \"text\": \"hello there world\",\n  \"new\": true\n}";
        TextDiff d = TextDiff.of(a, b);
        assertEquals(List.of(2), d.oldLines());
        assertEquals(List.of(2, 3), d.newLines());
        assertEquals(List.of(2), d.hunks());
        int[] inserted = d.newChars().get(0);
        assertEquals("there ", b.substring(inserted[0], inserted[1]));
        assertTrue(TextDiff.of(a, a).isEmpty());
    }

    @Test
    void bothSidesOfAChangedNodeAsJson() throws Exception {
        Snapshot a = Snapshot.ofDir(GeneratedPair.base());
        Snapshot b = Snapshot.ofDir(GeneratedPair.variant());
        Change removed = SnapshotDiff.compare(a, b).changes().stream()
                .filter(c -> c.kind() == Kind.REF_DOC && c.status() == Status.CHANGED).findFirst().orElseThrow();
        String old = ItemJson.of(a, removed.store(), removed.ref());
        String neu = ItemJson.of(b, removed.store(), removed.ref());
        assertTrue(old.contains("\"docstore/ref_doc_info\"") && old.contains("\"doc_hash\""), old);
        TextDiff d = TextDiff.of(old, neu);
        assertTrue(!d.isEmpty());
        assertNull(ItemJson.of(a, "docstore.json", new ValueRef.DocNode("no-such-node")));
    }
}
