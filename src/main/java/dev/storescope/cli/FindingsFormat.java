package dev.storescope.cli;

import dev.storescope.inspect.check.CheckId;
import dev.storescope.inspect.check.CheckReport;
import dev.storescope.inspect.check.Finding;
import dev.storescope.inspect.check.Severity;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link CheckReport}: grouped text for a terminal, or the JSON scripts and CI read. */
final class FindingsFormat {
    /** Findings shown per check in the text form (all of them are in the JSON form). */
    static final int SHOWN_PER_CHECK = 10;

    private FindingsFormat() {
    }

    static String text(String dir, CheckReport r, boolean all) {
        StringBuilder sb = new StringBuilder(dir).append('\n');
        Map<CheckId, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Finding f : r.findings()) byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
        for (Severity s : Severity.values()) {
            for (Map.Entry<CheckId, List<Finding>> e : byCheck.entrySet()) {
                List<Finding> fs = e.getValue().stream().filter(f -> f.severity() == s).toList();
                if (fs.isEmpty()) continue;
                CheckId c = e.getKey();
                String hint = fs.stream().anyMatch(f -> "salvage".equals(f.repair())) ? "  [fix: storescope salvage FILE --out FILE]"
                        : fs.stream().anyMatch(f -> f.repair() != null) ? "  [fix: storescope repair DIR --only " + c.id() + "]" : "";
                sb.append(String.format("%n%s  %s  (%d)  %s%s%n", s.label().toUpperCase(java.util.Locale.ROOT), c.id(), fs.size(), c.title(), hint));
                int n = all ? fs.size() : Math.min(fs.size(), SHOWN_PER_CHECK);
                for (int i = 0; i < n; i++) {
                    Finding f = fs.get(i);
                    sb.append("  ").append(f.location().describe()).append('\n');
                    sb.append("      ").append(f.message().replace("\n", "\n      ")).append('\n');
                }
                if (n < fs.size()) sb.append("  … and ").append(fs.size() - n).append(" more (--all shows every one, --json lists them)\n");
            }
        }
        Map<Severity, Integer> c = r.counts();
        sb.append(String.format("%n%d error(s), %d warning(s), %d info%n", c.get(Severity.ERROR), c.get(Severity.WARNING), c.get(Severity.INFO)));
        return sb.toString();
    }

    static String json(CheckReport r) {
        List<JsonValue> list = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            list.add(JsonObject.builder().put("check", f.check().id()).put("severity", f.severity().label())
                    .put("file", str(f.location().file())).put("collection", str(f.location().collection()))
                    .put("key", str(f.location().key())).put("path", str(f.location().path()))
                    .put("message", f.message()).put("repair", str(f.repair())).build());
        }
        Map<Severity, Integer> c = r.counts();
        JsonObject counts = JsonObject.builder().put("error", c.get(Severity.ERROR)).put("warning", c.get(Severity.WARNING))
                .put("info", c.get(Severity.INFO)).build();
        JsonObject root = JsonObject.builder().put("findings", JsonArray.of(list)).put("counts", counts).build();
        return JsonWriter.toJson(root, JsonStyle.indented(2, false)) + "\n";
    }

    private static JsonValue str(String s) {
        return s == null ? JsonNull.INSTANCE : JsonString.of(s);
    }
}
