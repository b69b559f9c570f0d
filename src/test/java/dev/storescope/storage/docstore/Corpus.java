package dev.storescope.storage.docstore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test access to the shared corpus (system property {@code storescope.corpus}, fallback {@code ../shared/corpus}). */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("storescope.corpus", "../shared/corpus"));
    }

    static Path docstore(String dir) {
        return root().resolve(dir).resolve("docstore.json");
    }

    /** A temp copy of a corpus docstore (tests never write the corpus). */
    static Path copy(String dir, Path tmp) throws IOException {
        Path target = tmp.resolve(dir.replace('/', '_')).resolve("docstore.json");
        Files.createDirectories(target.getParent());
        return Files.copy(docstore(dir), target, StandardCopyOption.REPLACE_EXISTING);
    }

    static SimpleDocumentStore load(String dir, Path tmp) throws IOException {
        return SimpleDocumentStore.fromPersistPath(copy(dir, tmp));
    }

    static final String R01 = "real/01-ktny__study-llamaindex__storage";
    static final String R03 = "real/03-KridtinC__ls-chatbot-demo__storage";
    static final String R06 = "real/06-greenl8__JGPT__root";
    static final String R07 = "real/07-run-llama__llama_index__storage";
    static final String R13 = "real/13-Sathiya-Moorthi__RAG_Sathiya__storage";
    static final String R14 = "real/14-gaojs__llamaIndex__storage_index";
    static final String R15 = "real/15-Mehmetttzd__mehmetportfolio__backend_storage";
    static final String R16 = "real/16-nitzannossery__mid-project325694537__storage_summary";
    static final String R19 = "real/19-AnupamPatil899__Hybrid-Graph-RAG-Personal-AI-Assistant__storage";
    static final String R20 = "real/20-AlgoDM-Fall2023-Team2__MultiModal-Image-Retrieval__storage";
    static final String HYBRID = "ts/hybrid_py_layout_then_ts";
}
