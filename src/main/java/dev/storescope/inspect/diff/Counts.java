package dev.storescope.inspect.diff;

/** Added / removed / changed / re-id'd / unchanged counts of one kind of item. */
public final class Counts {
    private long added;
    private long removed;
    private long changed;
    private long reId;
    private long unchanged;

    /** Counts with the given values (for views that count a filtered list of changes). */
    public static Counts of(long added, long removed, long changed, long reId, long unchanged) {
        Counts c = new Counts();
        c.added = added;
        c.removed = removed;
        c.changed = changed;
        c.reId = reId;
        c.unchanged = unchanged;
        return c;
    }

    public long added() {
        return added;
    }

    public long removed() {
        return removed;
    }

    public long changed() {
        return changed;
    }

    public long reId() {
        return reId;
    }

    public long unchanged() {
        return unchanged;
    }

    public long get(Status s) {
        return switch (s) {
            case ADDED -> added;
            case REMOVED -> removed;
            case CHANGED -> changed;
            case RE_ID -> reId;
        };
    }

    /** Everything but the unchanged ones. */
    public long differing() {
        return added + removed + changed + reId;
    }

    void count(Status s) {
        switch (s) {
            case ADDED -> added++;
            case REMOVED -> removed++;
            case CHANGED -> changed++;
            case RE_ID -> reId++;
        }
    }

    void unchanged(long n) {
        unchanged += n;
    }

    void add(Counts o) {
        added += o.added;
        removed += o.removed;
        changed += o.changed;
        reId += o.reId;
        unchanged += o.unchanged;
    }

    @Override
    public String toString() {
        return "+" + added + " -" + removed + " ~" + changed + (reId > 0 ? " re-id " + reId : "") + " =" + unchanged;
    }
}
