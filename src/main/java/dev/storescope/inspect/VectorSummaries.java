package dev.storescope.inspect;

import dev.storescope.json.JsonStyle;
import dev.storescope.storage.PersistFile;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A vector store file as {@code info} shows it: entries, dimension, layout era, map sizes. */
final class VectorSummaries {
    private VectorSummaries() {
    }

    static FileSummary of(PersistFile f, String kind, SimpleVectorStore v) {
        List<CollectionSummary> members = new ArrayList<>();
        for (Map.Entry<String, Integer> e : v.memberSizes().entrySet()) {
            if (e.getValue() >= 0) members.add(new CollectionSummary(e.getKey(), e.getValue()));
        }
        int dim = v.dimension();
        String what = kind + ", " + String.format("%,d", v.size()) + " vector(s)" + (dim >= 0 ? ", dimension " + dim : "");
        String writer = v.isTypeScript() ? "LlamaIndex.TS (JSON.stringify)" : v.style().equals(JsonStyle.PYTHON) ? "Python json.dump"
                : v.style().isIndented() ? "reformatted (indent " + v.style().indent() + ")" : "compact JSON";
        return new FileSummary(f.name(), f.size(), what, writer, era(f, v), members);
    }

    private static String era(PersistFile f, SimpleVectorStore v) {
        if (v.isTypeScript()) return "LlamaIndex.TS";
        if (v.hasLegacyDocIdKey()) return "0.6.0 - 0.6.17 (text_id_to_doc_id: current LlamaIndex ignores it, delete by ref doc finds nothing)";
        if (!v.hasMetadataDict()) return "0.6.18 - 0.8.28 (no metadata_dict: filtering raises)";
        if (f.legacy()) return "0.8.29 - 0.8.63 (un-namespaced file name)";
        return ">= 0.8.64";
    }
}
