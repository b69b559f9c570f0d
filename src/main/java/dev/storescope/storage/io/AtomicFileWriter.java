package dev.storescope.storage.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Safe save (after JabRef's AtomicFileOutputStream): write a temp file in the target's folder,
 * fsync it, keep the previous version in a backup folder, then atomically rename over the target.
 * A crash leaves either the old file or the new one, never half of one.
 */
public final class AtomicFileWriter {
    /** Produces the new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(WritableByteChannel channel) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target}. If it exists and {@code backups} is not null, its previous version is
     * kept there first. Returns the backup file, or null when nothing was replaced.
     */
    public static Path write(Path target, Content content, BackupSet backups) throws IOException {
        return write(target, content, backups, false).backup();
    }

    /**
     * {@link #write}, except that a target which already holds exactly the new bytes is left alone
     * (no rename, no backup, its modification time kept). Returns whether it wrote.
     */
    public static boolean writeIfChanged(Path target, Content content, BackupSet backups) throws IOException {
        return write(target, content, backups, true).written();
    }

    private record Outcome(boolean written, Path backup) {
    }

    private static Outcome write(Path target, Content content, BackupSet backups, boolean skipSame) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = (dir == null ? Path.of(".") : dir).resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            try (SeekableByteChannel ch = Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(ch);
                if (!skipSame && ch instanceof FileChannel fc) fc.force(true);
            }
            if (skipSame) {
                if (sameBytes(tmp, target)) return new Outcome(false, null);
                if (tmp.getFileSystem() == FileSystems.getDefault()) { // (a zip file system would start the entry afresh)
                    try (FileChannel fc = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                        fc.force(true);
                    }
                }
            }
            Path backup = null;
            if (backups != null && Files.exists(target)) backup = backups.keep(target);
            move(tmp, target);
            syncDirectory(dir);
            return new Outcome(true, backup);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean sameBytes(Path written, Path target) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == Files.size(written) && Files.mismatch(written, target) == -1;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        if (dir == null || dir.getFileSystem() != FileSystems.getDefault()) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not every platform lets a directory be opened for sync; the rename is still atomic
        }
    }
}
