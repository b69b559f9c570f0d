package dev.storescope.storage.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup folder of one save: {@code <dir>/.storescope/backups/<UTC timestamp>/}. Created only
 * when a file is actually replaced; every replaced file's previous version lands there.
 */
public final class BackupSet {
    public static final String FOLDER = ".storescope";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final Path folder;
    private final List<Path> kept = new ArrayList<>();

    private BackupSet(Path folder) {
        this.folder = folder;
    }

    /** A backup set for files in {@code dir}, named by the current time. */
    public static BackupSet forDirectory(Path dir) {
        return new BackupSet(dir.toAbsolutePath().resolve(FOLDER).resolve("backups").resolve(STAMP.format(Instant.now())));
    }

    public Path folder() {
        return folder;
    }

    /** The backups made so far. */
    public synchronized List<Path> kept() {
        return List.copyOf(kept);
    }

    /** Keeps {@code file} here, then deletes it (a file renamed away by persist). */
    public synchronized void retire(Path file) throws IOException {
        if (!Files.exists(file)) return;
        keep(file);
        Files.delete(file);
    }

    /** Keeps the current version of {@code file} (a hard link when possible, else a copy). */
    synchronized Path keep(Path file) throws IOException {
        Files.createDirectories(folder);
        Path dest = folder.resolve(file.getFileName().toString());
        Files.deleteIfExists(dest);
        try {
            Files.createLink(dest, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        kept.add(dest);
        return dest;
    }
}
