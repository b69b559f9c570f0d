package dev.storescope.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last opened persist dirs (most recent first), kept in the user's preferences. */
public final class RecentDirs {
    private static final int MAX = 10;
    private final Preferences prefs;

    public RecentDirs(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    public void add(Path dir) {
        List<Path> l = list();
        Path abs = dir.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) prefs.put("recent." + i, l.get(i).toString());
            else prefs.remove("recent." + i);
        }
    }
}
