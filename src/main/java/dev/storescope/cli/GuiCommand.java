package dev.storescope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gui [DIR]} (or just {@code storescope DIR}, see {@link LaunchRoute}): opens the inspector window.
 * The app is started by reflection ({@link GuiLauncher}) so that no other command ever loads a JavaFX class.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the inspector window on DIR (without DIR: on a copy of the bundled sample store).")
final class GuiCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "a persist dir")
    Path dir;

    @Override
    public Integer call() {
        if (dir != null && !Files.isDirectory(dir)) throw new CliFailure(ExitCodes.BAD_INPUT, dir + " is not a directory");
        return GuiLauncher.system().open(dir);
    }
}
