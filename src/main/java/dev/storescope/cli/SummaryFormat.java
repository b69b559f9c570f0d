package dev.storescope.cli;

import dev.storescope.inspect.CollectionSummary;
import dev.storescope.inspect.DirSummary;
import dev.storescope.inspect.FileSummary;
import dev.storescope.inspect.IndexSummary;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.JsonNull;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link DirSummary} as text for people or JSON for scripts. */
final class SummaryFormat {
    private SummaryFormat() {
    }

    static String text(DirSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.dir()).append('\n');
        int w = 10;
        for (FileSummary f : s.files()) w = Math.max(w, f.name().length());
        for (FileSummary f : s.files()) {
            sb.append(String.format("  %-" + w + "s %,14d B  %s", f.name(), f.size(), f.kind()));
            if (f.writer() != null) sb.append("; ").append(f.writer());
            if (f.era() != null) sb.append("; ").append(f.era());
            sb.append('\n');
            for (CollectionSummary c : f.collections()) sb.append(String.format("      %-40s %,10d%n", c.name(), c.entries()));
        }
        if (!s.indexes().isEmpty()) {
            sb.append("index structs\n");
            for (IndexSummary i : s.indexes()) {
                sb.append(String.format("  %s  %s  %,d nodes%s  (%s)%n", i.id(), i.type(), i.nodeCount(),
                        i.loadable() ? "" : "  [not loadable by llama-index-core]", i.file()));
            }
        }
        if (!s.warnings().isEmpty()) {
            sb.append("warnings\n");
            for (String m : s.warnings()) sb.append("  ! ").append(m).append('\n');
        }
        if (!s.problems().isEmpty()) {
            sb.append("files that cannot be read\n");
            for (String m : s.problems()) sb.append("  x ").append(m.replace("\n", "\n    ")).append('\n');
        }
        return sb.toString();
    }

    static String json(DirSummary s) {
        List<JsonValue> files = new ArrayList<>();
        for (FileSummary f : s.files()) {
            List<JsonValue> cols = new ArrayList<>();
            for (CollectionSummary c : f.collections()) {
                cols.add(JsonObject.builder().put("name", c.name()).put("entries", c.entries()).build());
            }
            files.add(JsonObject.builder().put("name", f.name()).put("size", f.size()).put("kind", f.kind())
                    .put("writer", str(f.writer())).put("era", str(f.era())).put("collections", JsonArray.of(cols)).build());
        }
        List<JsonValue> idx = new ArrayList<>();
        for (IndexSummary i : s.indexes()) {
            idx.add(JsonObject.builder().put("file", i.file()).put("id", i.id()).put("type", i.type())
                    .put("node_count", i.nodeCount()).put("loadable", i.loadable()).build());
        }
        JsonObject root = JsonObject.builder().put("dir", s.dir().toString()).put("files", JsonArray.of(files))
                .put("index_structs", JsonArray.of(idx)).put("warnings", JsonArray.ofStrings(s.warnings()))
                .put("problems", JsonArray.ofStrings(s.problems())).build();
        return JsonWriter.toJson(root, JsonStyle.indented(2, false)) + "\n";
    }

    private static JsonValue str(String s) {
        return s == null ? JsonNull.INSTANCE : JsonString.of(s);
    }


}
