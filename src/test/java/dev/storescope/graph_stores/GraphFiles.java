package dev.storescope.graph_stores;

import dev.storescope.TestCorpus;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Corpus graph files and the expectations of {@code python/graph_ops.py}. */
final class GraphFiles {
    static final String C07 = "real/07-run-llama__llama_index__storage/graph_store.json";
    static final String C13 = "real/13-Sathiya-Moorthi__RAG_Sathiya__storage/graph_store.json";
    static final String CTS = "ts/hybrid_py_layout_then_ts/graph_store.json";
    static final String C19 = "real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage/property_graph_store.json";

    private GraphFiles() {
    }

    static Path corpus(String relative) {
        return TestCorpus.root().resolve(relative);
    }

    /** Every file of that name in the corpus (real and ts dirs). */
    static List<Path> all(String fileName) {
        return TestCorpus.allDirs().stream().map(d -> d.resolve(fileName)).filter(Files::isRegularFile).toList();
    }

    /** A copy of a file in {@code dir} under its own name. */
    static Path copy(Path src, Path dir) {
        try {
            Files.createDirectories(dir);
            Path dst = dir.resolve(src.getFileName().toString());
            Files.copy(src, dst);
            return dst;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = GraphFiles.class.getResourceAsStream("/expected/graph_stores/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input of a case: {@code corpus:<path>} or {@code fixture:<file>}, copied to {@code dir}. */
    static Path input(String ref, Path dir) {
        try {
            if (ref.startsWith("corpus:")) return copy(corpus(ref.substring("corpus:".length())), dir);
            String name = ref.substring("fixture:".length());
            Files.createDirectories(dir);
            Path dst = dir.resolve(name);
            Files.write(dst, resource("fixtures/" + name));
            return dst;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonObject> cases() {
        JsonArray a = (JsonArray) JsonReader.parse(resource("cases.json"), "cases.json");
        return a.values().stream().map(v -> (JsonObject) v).toList();
    }
}
