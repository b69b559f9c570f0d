package dev.storescope.inspect.salvage;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonSource;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a salvaged file atomically (temp file, fsync, rename). When {@code out} is the damaged
 * file itself, the damaged original is kept in the dir's backup folder. The written bytes are
 * re-read to prove they form a valid file before the rename.
 */
public final class SalvageWriter {
    private SalvageWriter() {
    }

    /** Writes the recovered document to {@code out}; returns the backup of a replaced file, or null. */
    public static Path write(SalvageResult r, Path out) throws IOException {
        byte[] bytes = r.document().toBytes();
        JsonDocument.load(JsonSource.of(bytes, out.getFileName().toString())); // throws if the result were not valid JSON
        Path parent = out.toAbsolutePath().getParent();
        return AtomicFileWriter.write(out, ch -> ch.write(java.nio.ByteBuffer.wrap(bytes)), BackupSet.forDirectory(parent));
    }
}
