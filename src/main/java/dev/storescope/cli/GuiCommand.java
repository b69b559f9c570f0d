package dev.storescope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gui [DIR]} (or just {@code storescope DIR}): opens the inspector window. The app is
 * started by reflection so that no other command ever loads a JavaFX class.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the inspector window on DIR (without DIR: on a copy of the bundled sample store).")
final class GuiCommand implements Callable<Integer> {
    static final String LAUNCHER = "dev.storescope.app.Launcher";

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "a persist dir")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (dir != null && !Files.isDirectory(dir)) throw new CliFailure(ExitCodes.BAD_INPUT, dir + " is not a directory");
        String[] args = dir == null ? new String[0] : new String[] {dir.toString()};
        try {
            Class.forName(LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "the inspector is not part of this build (JavaFX missing): " + e.getMessage());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
        return ExitCodes.OK;
    }
}
