package dev.storescope.storage;

/**
 * A store whose whole state can be saved and put back (undo). States are opaque and cheap: untouched
 * parts are shared, never copied.
 */
public interface Restorable {
    Object saveState();

    /** Puts the store back as it was when {@code state} was saved (by this same store). */
    void restoreState(Object state);
}
