package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gathers the changes and counts of one store's diff (one per file, so files can be diffed in parallel). */
final class DiffCollector {
    private final String store;
    private final EnumMap<Kind, Counts> counts = new EnumMap<>(Kind.class);
    private final List<Change> changes = new ArrayList<>();

    DiffCollector(String store) {
        this.store = store;
    }

    String store() {
        return store;
    }

    void change(Kind kind, String id, Status status, List<String> fields, Map<String, Object> details, ValueRef ref) {
        counts(kind).count(status);
        changes.add(new Change(store, kind, id, status, fields, details, ref));
    }

    void change(Kind kind, String id, Status status, ValueRef ref) {
        change(kind, id, status, List.of(), Map.of(), ref);
    }

    void unchanged(Kind kind, long n) {
        counts(kind).unchanged(n);
    }

    /** Makes the kind appear in the summary even when nothing of it exists. */
    Counts counts(Kind kind) {
        return counts.computeIfAbsent(kind, k -> new Counts());
    }

    Map<Kind, Counts> counts() {
        return counts;
    }

    List<Change> changes() {
        return changes;
    }

    /** Takes over the changes and counts of another collector. */
    void merge(DiffCollector o) {
        for (Map.Entry<Kind, Counts> e : o.counts.entrySet()) counts(e.getKey()).add(e.getValue());
        changes.addAll(o.changes);
    }
}
