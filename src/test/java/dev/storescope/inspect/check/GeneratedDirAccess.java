package dev.storescope.inspect.check;

import java.nio.file.Path;

/** {@link GeneratedDir} for tests in other packages. */
public final class GeneratedDirAccess {
    private GeneratedDirAccess() {
    }

    public static Path generate(Path into) {
        return GeneratedDir.generate(into);
    }

    public static Path copy(Path from, Path to) throws java.io.IOException {
        return GeneratedDir.copy(from, to);
    }
}
