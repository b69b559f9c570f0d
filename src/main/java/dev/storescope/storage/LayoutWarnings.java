package dev.storescope.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What LlamaIndex will say about the set of files found (spec §1.3, §1.4, §11.3): missing
 * docstore/index store, a legacy-only vector store.
 */
final class LayoutWarnings {
    private LayoutWarnings() {
    }

    static List<String> of(Path dir, List<PersistFile> files) {
        List<String> out = new ArrayList<>();
        boolean ts = has(files, FileKind.TS_DOC_STORE);
        boolean doc = has(files, FileKind.DOCSTORE);
        boolean idx = has(files, FileKind.INDEX_STORE);
        boolean anyVector = has(files, FileKind.VECTOR_STORE) || has(files, FileKind.BINARY_VECTOR_INDEX);
        boolean anyContextFile = doc || idx || ts || anyVector || has(files, FileKind.GRAPH_STORE) || has(files, FileKind.PROPERTY_GRAPH_STORE);
        if (!anyContextFile) {
            // a chat store or an ingestion cache lives outside the storage context: nothing is missing
            if (!has(files, FileKind.CHAT_STORE) && !has(files, FileKind.INGESTION_CACHE)) {
                out.add("no LlamaIndex persist files found in " + dir + " (expected docstore.json, index_store.json, "
                        + "default__vector_store.json, …): check the persist_dir");
            }
            return out;
        }
        if (!doc && !ts) {
            out.add("docstore.json is missing: StorageContext.from_defaults(persist_dir=...) raises FileNotFoundError: "
                    + "[Errno 2] No such file or directory: '" + dir.resolve(PersistDirScanner.DOCSTORE) + "'. Likely cause: "
                    + (idx && !anyVector ? "persist was never called with this docstore, or only the index store was copied"
                    : idx ? "an external vector store keeps the text (docstore not stored), or the file was not copied"
                    : "this is not a persist dir, or persist was never called"));
        }
        if (!idx) {
            out.add("index_store.json is missing: StorageContext.from_defaults(persist_dir=...) raises FileNotFoundError: "
                    + "[Errno 2] No such file or directory: '" + dir.resolve(PersistDirScanner.INDEX_STORE) + "'");
        }
        boolean legacyOnly = false;
        boolean namespacedDefault = false;
        for (PersistFile f : files) {
            if (f.kind() == FileKind.VECTOR_STORE && f.legacy()) legacyOnly = true;
            if (f.name().equals("default__vector_store.json")) namespacedDefault = true;
        }
        if (legacyOnly && !namespacedDefault) {
            out.add("only the legacy vector_store.json exists: llama-index-core >= 0.11.3 raises ValueError: No existing "
                    + "llama_index.core.vector_stores.simple found at " + dir.resolve("default__vector_store.json")
                    + ", skipping load. (rename it to default__vector_store.json)");
        }
        return out;
    }

    private static boolean has(List<PersistFile> files, FileKind k) {
        for (PersistFile f : files) if (f.kind() == k) return true;
        return false;
    }
}
