package dev.storescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where one {@code storescope} command line goes: no arguments or a single directory opens the
 * inspector window; anything else ({@code info DIR}, {@code --version}, {@code --help}, a typo) is
 * the command line, which never starts JavaFX. A command name wins over a directory of that name
 * ({@code storescope ./info} opens the directory).
 *
 * @param gui {@code true} for the window
 * @param dir the directory to open, or {@code null} (the bundled sample store); only for the window
 * @param args the arguments for the command line; only for the CLI
 */
public record LaunchRoute(boolean gui, Path dir, String[] args) {
    static LaunchRoute of(String[] args, Set<String> commandNames) {
        return of(args, () -> commandNames);
    }

    /**
     * As {@link #of(String[], Set)}, asking for the command names only when the one argument is a
     * directory: building the command line's model costs a third of a second the window does not need.
     */
    static LaunchRoute of(String[] args, Supplier<Set<String>> commandNames) {
        if (args.length == 0) return new LaunchRoute(true, null, args);
        if (args.length == 1 && !args[0].startsWith("-")) {
            Path dir = Path.of(args[0]);
            if (Files.isDirectory(dir) && !commandNames.get().contains(args[0])) return new LaunchRoute(true, dir, args);
        }
        return new LaunchRoute(false, null, args);
    }
}
