package dev.storescope.inspect.diff;

import dev.storescope.storage.StorageContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Two copies of the generated base dir in a temp dir: {@code a} stays, {@code b} is edited through the store APIs. */
final class DirPair {
    final Path a;
    final Path b;

    DirPair(Path tmp) throws IOException {
        a = copy(GeneratedPair.base(), tmp.resolve("a"));
        b = copy(GeneratedPair.base(), tmp.resolve("b"));
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName().toString()));
        }
        return to;
    }

    interface Edit {
        void apply(StorageContext ctx) throws Exception;
    }

    /** Edits b through its storage context and persists it. */
    DirPair edit(Edit e) throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(b);
        e.apply(ctx);
        ctx.persist();
        return this;
    }

    DiffResult diff() throws IOException {
        Snapshot old = Snapshot.ofDir(a);
        return SnapshotDiff.compare(old, Snapshot.ofDir(b, old));
    }
}
