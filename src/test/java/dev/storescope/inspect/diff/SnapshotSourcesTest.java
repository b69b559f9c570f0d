package dev.storescope.inspect.diff;

import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other sides a dir is compared with: a git revision, StoreScope's backups, its own unsaved state. */
class SnapshotSourcesTest {
    @TempDir
    Path tmp;

    private static void replaceFiles(Path dir, Path with) throws Exception {
        try (Stream<Path> s = Files.list(with)) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve(p.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aGitRevisionIsReadWithoutCheckout() throws Exception {
        Path repo = tmp.resolve("repo");
        Path storage = repo.resolve("app").resolve("storage");
        DirPair.copy(GeneratedPair.base(), storage);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
            replaceFiles(storage, GeneratedPair.variant());
            git.add().addFilepattern(".").call();
            git.commit().setMessage("refresh").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
        }
        Files.writeString(storage.resolve("notes.txt"), "not committed");
        Snapshot old = GitSnapshot.of(storage, "HEAD~1");
        assertTrue(old.label().contains("HEAD~1"), old.label());
        DiffResult r = SnapshotDiff.compare(old, Snapshot.ofDir(storage, old));
        GeneratedPair p = new GeneratedPair();
        assertEquals(p.deleted, r.counts(Kind.REF_DOC).removed());
        assertEquals(p.edited, r.counts(Kind.REF_DOC).changed());
        assertEquals((long) (p.added + p.edited) * GeneratedPair.NODES_PER_DOC, r.counts(Kind.NODE).added());
        assertEquals(1, r.counts(Kind.FILE).added()); // notes.txt exists only on disk
        assertTrue(SnapshotDiff.compare(GitSnapshot.of(storage, "HEAD"), Snapshot.ofDir(GeneratedPair.variant())).isEqual());
        // the work tree was not touched
        assertEquals(-1, Files.mismatch(storage.resolve("docstore.json"), GeneratedPair.variant().resolve("docstore.json")));
    }

    @Test
    void bigBlobsAreSpooledAndMappedLikeSmallOnes() throws Exception {
        Path repo = tmp.resolve("repo2");
        DirPair.copy(GeneratedPair.base(), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
        }
        Snapshot spooled = GitSnapshot.of(repo, "HEAD", 1024);
        assertTrue(SnapshotDiff.compare(spooled, Snapshot.ofDir(GeneratedPair.base())).isEqual());
        assertThrows(IllegalArgumentException.class, () -> GitSnapshot.of(repo, "no-such-branch"));
        assertThrows(IllegalArgumentException.class, () -> GitSnapshot.of(tmp, "HEAD"));
    }

    @Test
    void aBackupIsTheStateBeforeItsSave() throws Exception {
        Path dir = DirPair.copy(GeneratedPair.base(), tmp.resolve("d"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        SimpleDocumentStore docs = ctx.docstore().orElseThrow();
        String first = docs.getAllRefDocInfo().keySet().iterator().next();
        docs.deleteRefDoc(first);
        ctx.persist();
        Thread.sleep(5); // backup folders are named by the millisecond
        ctx.chatStore().orElseThrow().deleteMessages(ctx.chatStore().orElseThrow().getKeys().get(0));
        docs.deleteRefDoc(docs.getAllRefDocInfo().keySet().iterator().next());
        ctx.persist();
        List<BackupSnapshots.Backup> backups = BackupSnapshots.list(dir);
        assertEquals(2, backups.size());
        assertEquals(List.of("docstore.json"), backups.get(0).files());
        assertEquals(List.of("chat_store.json", "docstore.json"), backups.get(1).files());

        Snapshot beforeFirst = BackupSnapshots.before(dir, backups.get(0).stamp());
        assertTrue(SnapshotDiff.compare(beforeFirst, Snapshot.ofDir(GeneratedPair.base())).isEqual(),
                "the first backup plus the second one's older files is the original dir");
        DiffResult last = SnapshotDiff.compare(BackupSnapshots.before(dir, "latest"), Snapshot.ofDir(dir));
        assertEquals(1, last.counts(Kind.REF_DOC).removed());
        assertEquals(1, last.counts(Kind.CHAT_SESSION).removed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackupSnapshots.before(dir, "20000101T000000.000Z"));
        assertTrue(e.getMessage().contains(backups.get(1).stamp()), e.getMessage());
    }

    @Test
    void theUnsavedStateAgainstTheFilesOnDisk() throws Exception {
        Path dir = DirPair.copy(GeneratedPair.base(), tmp.resolve("live"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        assertTrue(SnapshotDiff.compare(Snapshot.ofDir(dir), Snapshot.ofContext(ctx)).isEqual());
        String ref = ctx.docstore().orElseThrow().getAllRefDocInfo().keySet().iterator().next();
        ctx.docstore().orElseThrow().deleteRefDoc(ref);
        DiffResult pending = SnapshotDiff.compare(Snapshot.ofDir(dir), Snapshot.ofContext(ctx));
        assertEquals(1, pending.counts(Kind.REF_DOC).removed());
        assertEquals(GeneratedPair.NODES_PER_DOC, pending.counts(Kind.NODE).removed());
        assertFalse(pending.isEqual());
        ctx.persist();
        assertTrue(SnapshotDiff.compare(Snapshot.ofDir(dir), Snapshot.ofContext(ctx)).isEqual());
    }
}
