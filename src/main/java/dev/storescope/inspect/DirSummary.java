package dev.storescope.inspect;

import dev.storescope.storage.FileKind;
import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.kvstore.SimpleKVStore;

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
        for (PersistFile f : ctx.files()) {
            Optional<SimpleKVStore> kv = ctx.kvStore(f.name());
            String kind = f.kind().description() + (f.namespace() != null ? " (namespace " + f.namespace() + ")" : "")
                    + (f.legacy() ? " [legacy name]" : "");
            if (kv.isEmpty()) {
                files.add(new FileSummary(f.name(), f.size(), kind, null, null, List.of()));
                continue;
            }
            SimpleKVStore s = kv.get();
            List<CollectionSummary> cols = new ArrayList<>();
            for (String c : s.collectionNames()) cols.add(new CollectionSummary(c, s.size(c)));
            files.add(new FileSummary(f.name(), f.size(), kind, EraGuess.writer(f.kind(), s), era(f.kind(), s), cols));
            indexes.addAll(IndexSummaries.of(f.name(), s));
        }
        List<String> problems = new ArrayList<>();
        for (LoadProblem p : ctx.problems()) problems.add(p.message());
        return new DirSummary(ctx.persistDir(), files, indexes, ctx.warnings(), problems);
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
