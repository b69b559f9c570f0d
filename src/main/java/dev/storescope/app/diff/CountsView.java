package dev.storescope.app.diff;

import dev.storescope.inspect.diff.Counts;
import dev.storescope.inspect.diff.Status;

import java.util.Map;

/** Counts of a filtered group of changes, for the tree's kind rows. */
final class CountsView {
    private CountsView() {
    }

    static Counts of(Map<Status, Integer> n) {
        return Counts.of(n.getOrDefault(Status.ADDED, 0), n.getOrDefault(Status.REMOVED, 0), n.getOrDefault(Status.CHANGED, 0), n.getOrDefault(Status.RE_ID, 0), 0);
    }
}
