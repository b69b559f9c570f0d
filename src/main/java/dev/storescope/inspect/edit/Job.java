package dev.storescope.inspect.edit;

/** One undoable action (Scene Builder style): {@link JobManager#push} executes and records it. */
public interface Job {
    /** What the Edit menu shows: "Undo " + description. */
    String description();

    /** Does it the first time; on failure nothing stays changed and the exception says why. */
    void execute();

    void undo();

    void redo();
}
