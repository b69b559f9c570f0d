package dev.storescope.inspect.edit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobManagerTest {
    /** A job that appends to / removes from a shared list. */
    static Job add(List<String> l, String s) {
        return new Job() {
            public String description() { return "add " + s; }
            public void execute() { l.add(s); }
            public void undo() { l.remove(l.size() - 1); }
            public void redo() { l.add(s); }
        };
    }

    @Test
    void pushUndoRedoAndDescriptions() {
        List<String> l = new ArrayList<>();
        JobManager m = new JobManager();
        AtomicInteger calls = new AtomicInteger();
        m.addListener(calls::incrementAndGet);
        assertFalse(m.canUndo());
        assertFalse(m.isDirty());
        assertNull(m.undoDescription());
        m.push(add(l, "a"));
        m.push(add(l, "b"));
        assertEquals(List.of("a", "b"), l);
        assertTrue(m.isDirty());
        assertEquals("add b", m.undoDescription());
        m.undo();
        assertEquals(List.of("a"), l);
        assertEquals("add b", m.redoDescription());
        assertEquals("add a", m.undoDescription());
        m.redo();
        assertEquals(List.of("a", "b"), l);
        assertFalse(m.canRedo());
        assertEquals(4, calls.get());
        assertEquals(4, m.revision());
        assertThrows(IllegalStateException.class, m::redo);
    }

    @Test
    void dirtyFollowsTheSavedPosition() {
        List<String> l = new ArrayList<>();
        JobManager m = new JobManager();
        m.push(add(l, "a"));
        m.markSaved();
        assertFalse(m.isDirty());
        m.push(add(l, "b"));
        assertTrue(m.isDirty());
        m.undo();
        assertFalse(m.isDirty(), "back at the saved state");
        m.undo();
        assertTrue(m.isDirty());
        m.redo();
        assertFalse(m.isDirty());
        m.undo();
        m.push(add(l, "c")); // the saved state (after "a") can no longer be reached
        assertTrue(m.isDirty());
        m.undo();
        assertTrue(m.isDirty());
        m.clear();
        assertFalse(m.isDirty());
        assertFalse(m.canUndo());
    }

    @Test
    void aFailingJobIsNotRecorded() {
        JobManager m = new JobManager();
        Job bad = new Job() {
            public String description() { return "bad"; }
            public void execute() { throw new IllegalArgumentException("no"); }
            public void undo() { }
            public void redo() { }
        };
        assertThrows(IllegalArgumentException.class, () -> m.push(bad));
        assertFalse(m.canUndo());
        assertFalse(m.isDirty());
    }
}
