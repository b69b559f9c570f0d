package dev.storescope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared corpus (never edited: tests copy a dir to a temp folder first). */
public final class TestCorpus {
    private TestCorpus() {
    }

    public static Path root() {
        String p = System.getProperty("storescope.corpus");
        Path root = p != null ? Path.of(p) : Path.of("../shared/corpus");
        if (!Files.isDirectory(root)) throw new IllegalStateException("corpus not found at " + root.toAbsolutePath());
        return root;
    }

    /** Every persist dir of corpus/real and corpus/ts. */
    public static List<Path> allDirs() {
        try (Stream<Path> real = Files.list(root().resolve("real")); Stream<Path> ts = Files.list(root().resolve("ts"))) {
            return Stream.concat(real, ts).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path dir(String prefix) {
        return allDirs().stream().filter(d -> d.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus dir " + prefix));
    }

    /** A copy of a corpus dir (top-level files) in {@code tmp}. */
    public static Path copy(Path dir, Path tmp) {
        try {
            Path out = tmp.resolve(dir.getFileName().toString());
            Files.createDirectories(out);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, out.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
