package dev.storescope.inspect.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings from checks running in parallel; {@link #sorted()} gives a stable order. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    synchronized void add(Finding f) {
        list.add(f);
    }

    void add(CheckId check, Location at, String message) {
        add(Finding.of(check, at, message));
    }

    void add(CheckId check, Location at, String subject, String message) {
        add(Finding.of(check, at, subject, message));
    }

    /** By check (catalog order), then file, collection, key, path, message: the same dir gives the same list. */
    synchronized List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(list);
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Finding> ORDER = Comparator.<Finding>comparingInt(f -> f.check().ordinal())
            .thenComparing(f -> nz(f.location().file()))
            .thenComparing(f -> nz(f.location().collection()))
            .thenComparing(f -> nz(f.location().key()))
            .thenComparing(f -> nz(f.location().path()))
            .thenComparing(Finding::message);

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
