package dev.storescope.inspect.diff;

import dev.storescope.json.JsonSource;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A persist dir as it was at a git revision, read from the repository with JGit (no checkout, the
 * work tree is not touched). Blobs up to {@link #IN_MEMORY_LIMIT} are held as bytes; bigger ones
 * are streamed to a temporary file that is mapped and deleted at once (the mapping stays valid),
 * so a 1 GB blob costs no heap.
 */
public final class GitSnapshot {
    static final long IN_MEMORY_LIMIT = 32L << 20;

    private GitSnapshot() {
    }

    /**
     * @param dir a persist dir inside a git work tree
     * @param rev any revision JGit resolves ({@code HEAD~1}, a branch, a tag, a commit id)
     * @throws IllegalArgumentException when dir is in no repository, rev does not resolve, or the
     *                                  revision has no such dir
     */
    public static Snapshot of(Path dir, String rev) throws IOException {
        return of(dir, rev, IN_MEMORY_LIMIT);
    }

    /** {@link #of(Path, String)} holding blobs of at most {@code inMemoryLimit} bytes in memory. */
    static Snapshot of(Path dir, String rev, long inMemoryLimit) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        FileRepositoryBuilder rb = new FileRepositoryBuilder().findGitDir(abs.toFile());
        if (rb.getGitDir() == null) throw new IllegalArgumentException(dir + " is not inside a git repository");
        try (Repository repo = rb.setMustExist(true).build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(rev);
            if (id == null) throw new IllegalArgumentException("unknown git revision " + rev + " in " + repo.getDirectory());
            RevCommit commit = walk.parseCommit(id);
            Path work = repo.getWorkTree().toPath().toRealPath();
            Path real = abs.toRealPath();
            if (!real.startsWith(work)) throw new IllegalArgumentException(dir + " is outside the work tree " + work);
            String rel = work.relativize(real).toString().replace('\\', '/');
            List<SnapshotFile> files = new ArrayList<>();
            ObjectId tree = commit.getTree();
            if (!rel.isEmpty()) {
                try (TreeWalk at = TreeWalk.forPath(repo, rel, commit.getTree())) {
                    if (at == null) throw new IllegalArgumentException(rel + " does not exist at " + rev + " (" + commit.abbreviate(10).name() + ")");
                    if (!at.getFileMode(0).equals(FileMode.TREE)) throw new IllegalArgumentException(rel + " is not a directory at " + rev);
                    tree = at.getObjectId(0);
                }
            }
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(tree);
                tw.setRecursive(false);
                while (tw.next()) {
                    FileMode m = tw.getFileMode(0);
                    if (!m.equals(FileMode.REGULAR_FILE) && !m.equals(FileMode.EXECUTABLE_FILE)) continue;
                    String name = tw.getNameString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) continue;
                    String label = rel.isEmpty() ? name : rel + "/" + name;
                    files.add(new SnapshotFile(name, blob(repo.open(tw.getObjectId(0)), rev + ":" + label, inMemoryLimit)));
                }
            }
            return Snapshot.ofFiles(dir + " at " + rev + " (" + commit.abbreviate(10).name() + ")", files);
        }
    }

    private static JsonSource blob(ObjectLoader loader, String label, long inMemoryLimit) throws IOException {
        if (!loader.isLarge() && loader.getSize() <= inMemoryLimit) return JsonSource.of(loader.getCachedBytes(), label);
        Path tmp = Files.createTempFile("storescope-git", ".blob");
        try {
            try (InputStream in = loader.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return JsonSource.open(tmp, label);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
