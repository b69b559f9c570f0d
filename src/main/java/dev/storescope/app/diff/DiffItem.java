package dev.storescope.app.diff;

import dev.storescope.inspect.diff.Change;
import dev.storescope.inspect.diff.Counts;
import dev.storescope.inspect.diff.Kind;

/** What a row of the change tree shows: a file, a kind of item in it (with counts), or one change. */
record DiffItem(String label, Change change) {
    static DiffItem group(String label) {
        return new DiffItem(label, null);
    }

    static DiffItem kind(Kind k, Counts c) {
        StringBuilder sb = new StringBuilder(k.summaryKey().replace('_', ' '));
        sb.append("  ");
        if (c.added() > 0) sb.append(" +").append(c.added());
        if (c.removed() > 0) sb.append(" −").append(c.removed());
        if (c.changed() > 0) sb.append(" ~").append(c.changed());
        if (c.reId() > 0) sb.append(" →").append(c.reId());
        return new DiffItem(sb.toString(), null);
    }

    static DiffItem of(Change c) {
        String mark = switch (c.status()) {
            case ADDED -> "+ ";
            case REMOVED -> "− ";
            case CHANGED -> "~ ";
            case RE_ID -> "→ ";
        };
        StringBuilder sb = new StringBuilder(mark);
        if (c.details().containsKey("old_id")) sb.append(c.details().get("old_id")).append(" → ");
        sb.append(c.id());
        if (!c.fields().isEmpty()) sb.append("   ").append(String.join(", ", c.fields()));
        return new DiffItem(sb.toString(), c);
    }

    @Override
    public String toString() {
        return label;
    }
}
