package dev.storescope.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Size and modification time of a file, to notice when another program rewrote it. */
record FileStamp(long size, long modifiedNanos, Object fileKey) {
    static final FileStamp MISSING = new FileStamp(-1, -1, null);

    static FileStamp of(Path p) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }
}
