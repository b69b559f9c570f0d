package dev.storescope.inspect.check;

import dev.storescope.storage.FileKind;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.index_store.IndexStructType;

/**
 * What the set of files means for LlamaIndex (spec §1.3, §1.4, §11.3): the storage context's
 * layout warnings (missing docstore or index store with the likely cause, a legacy-only vector
 * store, foreign files) as findings, plus a vector index without any vector store file.
 */
final class LayoutChecks {
    private LayoutChecks() {
    }

    static void run(CheckContext cx, IndexFacts index) {
        for (String w : cx.storage.warnings()) {
            if (w.startsWith("docstore.json is missing")) {
                cx.out.add(CheckId.LAYOUT_MISSING_DOCSTORE, Location.file("docstore.json"), w);
            } else if (w.startsWith("index_store.json is missing")) {
                cx.out.add(CheckId.LAYOUT_MISSING_INDEX_STORE, Location.file("index_store.json"), w);
            } else if (w.startsWith("only the legacy vector_store.json")) {
                cx.out.add(CheckId.FILE_LEGACY_VECTOR_STORE, Location.file("vector_store.json"), w);
            } else if (w.startsWith("no LlamaIndex persist files")) {
                cx.out.add(CheckId.LAYOUT_NO_FILES, new Location(null, null, null, null, null), w);
            } else {
                int sp = w.indexOf(' ');
                String file = sp > 0 ? w.substring(0, sp) : null;
                cx.out.add(CheckId.FILE_FOREIGN, file == null ? new Location(null, null, null, null, null) : Location.file(file), w);
            }
        }
        boolean anyVectorFile = false;
        for (PersistFile f : cx.storage.files()) {
            if (f.kind() == FileKind.VECTOR_STORE || f.kind() == FileKind.TS_VECTOR_STORE || f.kind() == FileKind.BINARY_VECTOR_INDEX) anyVectorFile = true;
        }
        if (anyVectorFile) return;
        for (IndexFacts.Keyed k : index.structs()) {
            if (k.struct().structType() == IndexStructType.VECTOR_STORE && !index.vectorIds().getOrDefault(k.key(), java.util.List.of()).isEmpty()) {
                cx.out.add(CheckId.LAYOUT_MISSING_VECTOR_STORE, IndexChecks.at(cx.storage.indexStore().orElseThrow(), k.key()),
                        "vector index " + DocstorePass.quote(k.key()) + " maps nodes but the dir has no default__vector_store.json: either an external vector "
                                + "store (Chroma, Qdrant, …) holds the vectors and must be passed to StorageContext.from_defaults(vector_store=…), or the file was "
                                + "not copied; loading without it raises ValueError: No existing llama_index.core.vector_stores.simple found");
                return;
            }
        }
    }
}
