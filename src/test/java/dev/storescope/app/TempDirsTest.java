package dev.storescope.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample's temp copy goes away with everything saved into it (File.deleteOnExit would leave a non-empty dir). */
class TempDirsTest {
    @Test
    void aTreeWithBackupsIsDeleted() throws Exception {
        Path dir = SampleStore.copyToTemp();
        Path backup = Files.createDirectories(dir.resolve(".storescope/backups/20261202T010000Z"));
        Files.writeString(backup.resolve("docstore.json"), "{}");
        assertTrue(Files.isDirectory(dir));
        TempDirs.delete(dir);
        assertFalse(Files.exists(dir));
    }
}
