package dev.storescope.app.problems;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.check.Finding;
import dev.storescope.inspect.check.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The filter of the Problems table and the tree marks derived from the findings (no JavaFX). */
final class ProblemRows {
    private ProblemRows() {
    }

    /** True when {@code f} passes the severity choice (null = all) and contains the filter text in check, location or message. */
    static boolean matches(Finding f, Severity severity, String text) {
        if (severity != null && f.severity() != severity) return false;
        if (text == null || text.isBlank()) return true;
        String t = text.strip().toLowerCase(Locale.ROOT);
        return f.check().id().contains(t) || f.location().describe().toLowerCase(Locale.ROOT).contains(t)
                || f.message().toLowerCase(Locale.ROOT).contains(t);
    }

    /**
     * Per tree item, the text of its most severe error or warning (and how many more there are). Info
     * findings (e.g. a dir with several index structs) stay in the panel and do not mark the tree red.
     */
    static Map<ValueRef, String> byRef(List<Finding> findings) {
        Map<ValueRef, Finding> worst = new LinkedHashMap<>();
        Map<ValueRef, Integer> count = new LinkedHashMap<>();
        for (Finding f : findings) {
            ValueRef r = f.location().ref();
            if (r == null || f.severity() == Severity.INFO) continue;
            count.merge(r, 1, Integer::sum);
            Finding w = worst.get(r);
            if (w == null || f.severity().ordinal() < w.severity().ordinal()) worst.put(r, f);
        }
        Map<ValueRef, String> out = new LinkedHashMap<>();
        for (Map.Entry<ValueRef, Finding> e : worst.entrySet()) {
            Finding f = e.getValue();
            int more = count.get(e.getKey()) - 1;
            out.put(e.getKey(), f.severity().label() + " " + f.check().id() + ": " + f.message() + (more > 0 ? "\n(+" + more + " more in Problems)" : ""));
        }
        return out;
    }
}
