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
            try (TreeWalk tw = rel.isEmpty() ? new TreeWalk(repo) : TreeWalk.forPath(repo, rel, commit.getTree())) {
                if (tw == null) throw new IllegalArgumentException(rel + " does not exist at " + rev + " (" + commit.abbreviate(10).name() + ")");
                if (rel.isEmpty()) {
                    tw.addTree(commit.getTree());
                } else {
                    if (!tw.getFileMode(0).equals(FileMode.TREE)) throw new IllegalArgumentException(rel + " is not a directory at " + rev);
                    ObjectId sub = tw.getObjectId(0);
                    tw.reset(sub);
                }
                tw.setRecursive(false);
                while (tw.next()) {
                    FileMode m = tw.getFileMode(0);
                    if (!m.equals(FileMode.REGULAR_FILE) && !m.equals(FileMode.EXECUTABLE_FILE)) continue;
                    String name = tw.getNameString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) continue;
                    String label = rel.isEmpty() ? name : rel + "/" + name;
                    files.add(new SnapshotFile(name, blob(repo.open(tw.getObjectId(0)), rev + ":" + label)));
                }
            }
            return Snapshot.ofFiles(dir + " at " + rev + " (" + commit.abbreviate(10).name() + ")", files);
        }
    }

    private static JsonSource blob(ObjectLoader loader, String label) throws IOException {
        if (!loader.isLarge() && loader.getSize() <= IN_MEMORY_LIMIT) return JsonSource.of(loader.getCachedBytes(), label);
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
