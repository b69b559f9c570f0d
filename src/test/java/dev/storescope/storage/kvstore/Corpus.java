package dev.storescope.storage.kvstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test access to the shared corpus (system property {@code storescope.corpus}, fallback {@code ../shared/corpus}). */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("storescope.corpus", "../shared/corpus"));
        if (!Files.isDirectory(p)) throw new IllegalStateException("corpus not found at " + p.toAbsolutePath());
        return p;
    }

    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("corpus file missing: " + p);
        return p;
    }

    /** Every {@code *.json} file directly inside the dirs of {@code real/} and {@code ts/}, sorted. */
    public static List<Path> allJsonFiles() {
        try (Stream<Path> s = Stream.concat(Files.list(root().resolve("real")), Files.list(root().resolve("ts")))) {
            return s.filter(Files::isDirectory).flatMap(Corpus::jsonIn).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> jsonIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a corpus file into {@code dir} (tests never write into the corpus). */
    public static Path copy(String relative, Path dir) throws IOException {
        Path src = file(relative);
        Path dest = dir.resolve(src.getFileName().toString());
        Files.createDirectories(dir);
        return Files.copy(src, dest);
    }
}
