package dev.storescope.inspect.diff;

import dev.storescope.json.JsonSource;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.io.BackupSet;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * StoreScope's own backups of a dir as snapshots. A save at time T keeps, in
 * {@code <dir>/.storescope/backups/T/}, the previous version of each file it replaced, and only
 * those. So the state <em>before save T</em> is, file by file: the copy in the earliest backup at
 * or after T that has the file (a later save replaced it again, and kept the version T had left),
 * else the file as it is now (no save since T touched it). This holds while only StoreScope wrote
 * the dir; a file another program changed or created since is taken as it is now.
 */
public final class BackupSnapshots {
    private BackupSnapshots() {
    }

    /** One backup folder: its UTC timestamp name and the files it holds. */
    public record Backup(String stamp, Path folder, List<String> files) {
    }

    /** The backups of a dir, oldest first (empty when there are none). */
    public static List<Backup> list(Path dir) throws IOException {
        Path root = dir.resolve(BackupSet.FOLDER).resolve("backups");
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                if (!Files.isDirectory(p)) continue;
                List<String> names = new ArrayList<>();
                for (PersistFile f : PersistDirScanner.scan(p)) names.add(f.name());
                out.add(new Backup(p.getFileName().toString(), p, names));
            }
        }
        out.sort(Comparator.comparing(Backup::stamp));
        return out;
    }

    /**
     * The dir as it was before the save {@code stamp} ({@code latest} or null: the newest backup).
     *
     * @throws IllegalArgumentException when there is no such backup (the message lists the ones there are)
     */
    public static Snapshot before(Path dir, String stamp) throws IOException {
        List<Backup> all = list(dir);
        if (all.isEmpty()) throw new IllegalArgumentException(dir + " has no StoreScope backups (" + dir.resolve(BackupSet.FOLDER).resolve("backups") + ")");
        int at = -1;
        if (stamp == null || stamp.equals("latest")) {
            at = all.size() - 1;
        } else {
            for (int i = 0; i < all.size(); i++) if (all.get(i).stamp().equals(stamp)) at = i;
        }
        if (at < 0) {
            List<String> stamps = new ArrayList<>();
            for (Backup b : all) stamps.add(b.stamp());
            throw new IllegalArgumentException("no backup " + stamp + " in " + dir + "; there are: " + String.join(", ", stamps));
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (PersistFile f : PersistDirScanner.scan(dir)) files.put(f.name(), f.path());
        for (int i = all.size() - 1; i >= at; i--) { // earliest backup at or after T wins: apply it last
            for (String name : all.get(i).files()) files.put(name, all.get(i).folder().resolve(name));
        }
        List<SnapshotFile> sources = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) sources.add(new SnapshotFile(e.getKey(), JsonSource.open(e.getValue())));
        return Snapshot.ofFiles(dir + " before save " + all.get(at).stamp(), sources);
    }
}
