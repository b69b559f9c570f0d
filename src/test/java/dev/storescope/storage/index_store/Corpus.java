package dev.storescope.storage.index_store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared corpus (system property {@code storescope.corpus}, else {@code ../shared/corpus}). */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String p = System.getProperty("storescope.corpus");
        Path root = p != null ? Path.of(p) : Path.of("..", "shared", "corpus");
        if (!Files.isDirectory(root)) throw new IllegalStateException("corpus not found at " + root.toAbsolutePath());
        return root;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Every file with this name under real/* and ts/*, sorted. */
    static List<Path> all(String fileName) {
        try (Stream<Path> s = Stream.concat(Files.list(root().resolve("real")), Files.list(root().resolve("ts")))) {
            return s.map(d -> d.resolve(fileName)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a corpus file into {@code dir} (tests never write to the corpus). */
    static Path copy(String relative, Path dir) throws IOException {
        Path src = file(relative);
        Path dst = dir.resolve(src.getFileName().toString());
        Files.copy(src, dst);
        return dst;
    }
}
