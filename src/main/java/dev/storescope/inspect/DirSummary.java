package dev.storescope.inspect;

import dev.storescope.storage.FileKind;
import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.json.JsonStyle;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a persist dir holds, as {@code info} shows it: files with sizes, writer and era,
 * collections with counts, index structs, warnings and files that could not be read.
 */
public record DirSummary(Path dir, List<FileSummary> files, List<IndexSummary> indexes, List<String> warnings, List<String> problems) {

    public static DirSummary of(StorageContext ctx) {
        List<FileSummary> files = new ArrayList<>();
        List<IndexSummary> indexes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (LoadProblem p : ctx.problems()) problems.add(p.message());
        for (PersistFile f : ctx.files()) {
            Optional<SimpleKVStore> kv = ctx.kvStore(f.name());
            String kind = f.kind().description() + (f.namespace() != null ? " (namespace " + f.namespace() + ")" : "")
                    + (f.legacy() ? " [legacy name]" : "");
            if (f.kind() == FileKind.CHAT_STORE && ctx.chatStore().isPresent()) {
                files.add(chat(f, kind, ctx.chatStore().get()));
                continue;
            }
            if (f.kind() == FileKind.GRAPH_STORE && ctx.graphStore().isPresent()) {
                files.add(GraphSummaries.of(f, kind, ctx.graphStore().get()));
                continue;
            }
            if (f.kind() == FileKind.PROPERTY_GRAPH_STORE && ctx.propertyGraphStore().isPresent()) {
                files.add(GraphSummaries.of(f, kind, ctx.propertyGraphStore().get()));
                continue;
            }
            Optional<SimpleVectorStore> vec = ctx.vectorStoreFile(f.name());
            if (vec.isPresent()) {
                files.add(VectorSummaries.of(f, kind, vec.get()));
                continue;
            }
            if (kv.isEmpty()) {
                files.add(new FileSummary(f.name(), f.size(), kind, null, null, List.of()));
                continue;
            }
            SimpleKVStore s = kv.get();
            List<CollectionSummary> cols = new ArrayList<>();
            for (String c : s.collectionNames()) cols.add(new CollectionSummary(c, s.size(c)));
            try {
                files.add(new FileSummary(f.name(), f.size(), kind, EraGuess.writer(f.kind(), s), era(f.kind(), s), cols));
                if (f.kind() == FileKind.INDEX_STORE) indexes.addAll(IndexSummaries.of(f.name(), s));
            } catch (RuntimeException e) {
                files.add(new FileSummary(f.name(), f.size(), kind, null, null, cols));
                problems.add(e.getMessage());
            }
        }
        List<String> warnings = new ArrayList<>(ctx.warnings());
        List<String> pythonIds = new ArrayList<>();
        for (IndexSummary i : indexes) if (!i.type().endsWith("(LlamaIndex.TS)")) pythonIds.add(i.id());
        if (pythonIds.size() > 1) {
            warnings.add("index_store.json holds " + pythonIds.size() + " index structs: load_index_from_storage(storage_context) without "
                    + "index_id raises ValueError: Expected to load a single index, but got " + pythonIds.size()
                    + " instead. Please specify index_id. (ids: " + String.join(", ", pythonIds) + ")");
        }
        return new DirSummary(ctx.persistDir(), files, indexes, warnings, problems);
    }

    private static FileSummary chat(PersistFile f, String kind, SimpleChatStore chat) {
        List<CollectionSummary> sessions = new ArrayList<>();
        for (String key : chat.getKeys()) sessions.add(new CollectionSummary(key, chat.getMessages(key).size()));
        String era = switch (chat.encoding()) {
            case DOUBLE_ENCODED -> "0.9.26 - 0.11.3 (double-encoded JSON string)";
            case PYTHON_JSON -> "0.11.4 - 2025";
            case PYDANTIC_JSON -> "2026 (pydantic model_dump_json)";
            default -> null;
        };
        String writer = chat.style().equals(JsonStyle.PYTHON) ? "Python json.dump" : chat.style().isIndented()
                ? "reformatted (indent " + chat.style().indent() + ")" : "compact JSON";
        return new FileSummary(f.name(), f.size(), kind + ", " + sessions.size() + " session(s)", writer, era, sessions);
    }

    private static String era(FileKind kind, SimpleKVStore s) {
        if (kind == FileKind.TS_DOC_STORE || EraGuess.isTs(s)) return "LlamaIndex.TS";
        return switch (kind) {
            case DOCSTORE -> EraGuess.docstoreEra(s, "docstore/data");
            case INDEX_STORE -> EraGuess.indexStoreEra(s, "index_store/data");
            default -> null;
        };
    }
}
