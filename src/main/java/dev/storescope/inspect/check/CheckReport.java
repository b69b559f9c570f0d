package dev.storescope.inspect.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of one run over a persist dir, in a stable order, with counts by severity. */
public record CheckReport(List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    public Map<Severity, Integer> counts() {
        EnumMap<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) m.put(s, 0);
        for (Finding f : findings) m.merge(f.severity(), 1, Integer::sum);
        return m;
    }

    public int count(Severity s) {
        return counts().get(s);
    }

    /** The findings of one check. */
    public List<Finding> of(CheckId check) {
        return findings.stream().filter(f -> f.check() == check).toList();
    }

    /** {@code check}'s exit code: 0 clean (info only), 1 warnings only, 2 errors. */
    public int exitCode() {
        if (count(Severity.ERROR) > 0) return 2;
        return count(Severity.WARNING) > 0 ? 1 : 0;
    }
}
