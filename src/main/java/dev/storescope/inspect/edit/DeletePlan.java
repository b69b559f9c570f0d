package dev.storescope.inspect.edit;

import dev.storescope.inspect.ValueRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a delete will change, key by key in every file, for the confirmation dialog. It is made by
 * running the delete on the stores and undoing it at once, so it is exactly what the job does.
 */
public record DeletePlan(ValueRef target, String description, List<Change> changes, List<String> notes) {
    /** Changes grouped by file, in order. */
    public Map<String, List<Change>> byFile() {
        Map<String, List<Change>> out = new LinkedHashMap<>();
        for (Change c : changes) out.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
        return out;
    }

    public long count(Change.Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** A few lines for a dialog: "docstore.json: 3 deleted, 1 updated". */
    public String summary() {
        StringBuilder sb = new StringBuilder(description).append('\n');
        for (Map.Entry<String, List<Change>> e : byFile().entrySet()) {
            long d = e.getValue().stream().filter(c -> c.action() == Change.Action.DELETE).count();
            long u = e.getValue().stream().filter(c -> c.action() == Change.Action.UPDATE).count();
            long a = e.getValue().stream().filter(c -> c.action() == Change.Action.ADD).count();
            sb.append(e.getKey()).append(": ").append(d).append(" deleted, ").append(u).append(" updated").append(a > 0 ? ", " + a + " added" : "").append('\n');
        }
        for (String n : notes) sb.append(n).append('\n');
        return sb.toString();
    }
}
