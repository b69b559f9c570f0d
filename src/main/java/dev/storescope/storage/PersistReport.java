package dev.storescope.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * What a persist did.
 *
 * @param written  files written (new content, or copied to a new place)
 * @param skipped  files left alone because they did not change
 * @param backups  previous versions kept (empty when nothing was replaced)
 * @param backupFolder where backups of this persist live (may not exist when nothing was replaced)
 */
public record PersistReport(List<Path> written, List<Path> skipped, List<Path> backups, Path backupFolder) {
}
