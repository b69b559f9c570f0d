package dev.storescope.inspect.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between two snapshots: counts per kind of item (over every store) and the listed
 * changes (unchanged items are counted, never listed), in store order.
 */
public final class DiffResult {
    private final String oldLabel;
    private final String newLabel;
    private final EnumMap<Kind, Counts> summary = new EnumMap<>(Kind.class);
    private final List<Change> changes = new ArrayList<>();

    DiffResult(String oldLabel, String newLabel) {
        this.oldLabel = oldLabel;
        this.newLabel = newLabel;
    }

    /** The old side (A). */
    public String oldLabel() {
        return oldLabel;
    }

    /** The new side (B). */
    public String newLabel() {
        return newLabel;
    }

    /** Counts of the kinds that occur on either side, in {@link Kind} order. */
    public Map<Kind, Counts> summary() {
        return Collections.unmodifiableMap(summary);
    }

    public Counts counts(Kind k) {
        Counts c = summary.get(k);
        return c == null ? new Counts() : c;
    }

    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** True when nothing differs. */
    public boolean isEqual() {
        return changes.isEmpty();
    }

    void merge(DiffCollector c) {
        for (Map.Entry<Kind, Counts> e : c.counts().entrySet()) summary.computeIfAbsent(e.getKey(), k -> new Counts()).add(e.getValue());
        changes.addAll(c.changes());
    }
}
