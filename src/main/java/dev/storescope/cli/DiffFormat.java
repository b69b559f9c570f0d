package dev.storescope.cli;

import dev.storescope.inspect.diff.Change;
import dev.storescope.inspect.diff.Counts;
import dev.storescope.inspect.diff.DiffResult;
import dev.storescope.inspect.diff.Kind;
import dev.storescope.inspect.diff.Status;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonBool;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link DiffResult}: grouped text for a terminal, counts only, or JSON for scripts. */
final class DiffFormat {
    private static final Status[] ORDER = {Status.CHANGED, Status.RE_ID, Status.ADDED, Status.REMOVED};

    private DiffFormat() {
    }

    static String stat(DiffResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(r.oldLabel()).append('\n').append("+++ ").append(r.newLabel()).append('\n');
        for (Map.Entry<Kind, Counts> e : r.summary().entrySet()) {
            Counts c = e.getValue();
            if (c.differing() == 0 && c.unchanged() == 0) continue;
            sb.append(String.format("  %-16s %s%n", e.getKey().summaryKey().replace('_', ' '), counts(c, e.getKey())));
        }
        sb.append(r.isEqual() ? "no differences\n" : "");
        return sb.toString();
    }

    private static String counts(Counts c, Kind k) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%,9d added %,9d removed %,9d changed", c.added(), c.removed(), c.changed()));
        if (k == Kind.NODE || c.reId() > 0) sb.append(String.format(" %,7d re-id", c.reId()));
        sb.append(String.format(" %,11d unchanged", c.unchanged()));
        return sb.toString();
    }

    static String text(DiffResult r, int limit) {
        StringBuilder sb = new StringBuilder(stat(r));
        Map<String, Map<Kind, List<Change>>> byStore = new LinkedHashMap<>();
        for (Change c : r.changes()) byStore.computeIfAbsent(c.store(), s -> new LinkedHashMap<>()).computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        for (Map.Entry<String, Map<Kind, List<Change>>> s : byStore.entrySet()) {
            sb.append('\n').append(s.getKey());
            List<Change> fileLevel = s.getValue().getOrDefault(Kind.FILE, List.of());
            for (Change f : fileLevel) {
                if (f.id().equals(s.getKey())) sb.append("  ").append(fileLine(f));
            }
            sb.append('\n');
            for (Map.Entry<Kind, List<Change>> k : s.getValue().entrySet()) {
                if (k.getKey() == Kind.FILE && k.getValue().stream().allMatch(f -> f.id().equals(s.getKey()))) continue;
                sb.append("  ").append(k.getKey().summaryKey().replace('_', ' ')).append('\n');
                for (Status st : ORDER) {
                    int shown = 0, total = 0;
                    for (Change c : k.getValue()) {
                        if (c.status() != st) continue;
                        total++;
                        if (limit > 0 && shown >= limit) continue;
                        shown++;
                        sb.append("    ").append(line(c)).append('\n');
                    }
                    if (total > shown) sb.append(String.format("    … %,d more %s (--limit 0 lists all)%n", total - shown, st.key()));
                }
            }
        }
        return sb.toString();
    }

    /** The header note of a file: added / removed / changed (what changed in it, its facts). */
    private static String fileLine(Change f) {
        StringBuilder sb = new StringBuilder("(").append(f.status().key());
        if (!f.fields().isEmpty()) sb.append(": ").append(String.join(", ", f.fields()).replace('_', ' '));
        sb.append(')');
        for (Map.Entry<String, Object> d : f.details().entrySet()) sb.append("\n  ").append(d.getKey()).append(": ").append(d.getValue());
        return sb.toString();
    }

    private static String line(Change c) {
        String mark = switch (c.status()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
            case RE_ID -> "→";
        };
        StringBuilder sb = new StringBuilder(mark).append(' ');
        if (c.status() == Status.RE_ID) sb.append(c.details().get("old_id")).append(" → ");
        sb.append(c.id());
        if (!c.fields().isEmpty()) sb.append("  ").append(String.join(", ", c.fields()));
        List<String> facts = new ArrayList<>();
        for (Map.Entry<String, Object> d : c.details().entrySet()) {
            if (d.getKey().equals("old_id")) continue;
            facts.add(d.getKey() + " " + d.getValue());
        }
        if (!facts.isEmpty()) sb.append("  (").append(String.join(", ", facts)).append(')');
        return sb.toString();
    }

    static String json(DiffResult r, boolean withChanges) {
        JsonObject.Builder summary = JsonObject.builder();
        for (Map.Entry<Kind, Counts> e : r.summary().entrySet()) {
            Counts c = e.getValue();
            JsonObject.Builder o = JsonObject.builder().put("added", c.added()).put("removed", c.removed()).put("changed", c.changed());
            if (e.getKey() == Kind.NODE || c.reId() > 0) o.put("re_id", c.reId());
            summary.put(e.getKey().summaryKey(), o.put("unchanged", c.unchanged()).build());
        }
        JsonObject.Builder root = JsonObject.builder().put("old", r.oldLabel()).put("new", r.newLabel())
                .put("equal", r.isEqual()).put("summary", summary.build());
        if (withChanges) {
            List<JsonValue> changes = new ArrayList<>(r.changes().size());
            for (Change c : r.changes()) {
                JsonObject.Builder d = JsonObject.builder();
                for (Map.Entry<String, Object> e : c.details().entrySet()) d.put(e.getKey(), value(e.getValue()));
                changes.add(JsonObject.builder().put("store", c.store()).put("kind", c.kind().key()).put("id", c.id())
                        .put("status", c.status().key()).put("fields", JsonArray.ofStrings(c.fields())).put("details", d.build()).build());
            }
            root.put("changes", JsonArray.of(changes));
        }
        return JsonWriter.toJson(root.build(), JsonStyle.indented(2, false)) + "\n";
    }

    private static JsonValue value(Object o) {
        if (o instanceof Boolean b) return JsonBool.of(b);
        if (o instanceof Integer || o instanceof Long) return JsonNumber.of(((Number) o).longValue());
        if (o instanceof Double d) return JsonNumber.of(d);
        return JsonString.of(String.valueOf(o));
    }
}
