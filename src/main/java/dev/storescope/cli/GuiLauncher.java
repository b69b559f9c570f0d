package dev.storescope.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the inspector window by reflection on {@code dev.storescope.app.Launcher}, so nothing of the
 * command line links against the app or JavaFX. Without a display it says so (exit 2) instead of
 * letting GTK fail with a stack trace.
 */
public final class GuiLauncher {
    static final String LAUNCHER = "dev.storescope.app.Launcher";

    private final Map<String, String> env;
    private final String osName;
    private final PrintStream err;

    GuiLauncher(Map<String, String> env, String osName, PrintStream err) {
        this.env = env;
        this.osName = osName;
        this.err = err;
    }

    static GuiLauncher system() {
        return new GuiLauncher(System.getenv(), System.getProperty("os.name", ""), System.err);
    }

    /** Opens the window on {@code dir} (or on the bundled sample store when {@code null}); returns when it closes. */
    public int open(Path dir) {
        String noDisplay = missingDisplay();
        if (noDisplay != null) return fail(noDisplay);
        Method main;
        try {
            main = Class.forName(LAUNCHER).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return fail("this build has no inspector window (" + LAUNCHER + " or JavaFX is missing: " + e + ")");
        }
        try {
            main.invoke(null, (Object) (dir == null ? new String[0] : new String[] {dir.toString()}));
            return ExitCodes.OK;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return fail("the inspector window failed to start: " + cause);
        } catch (IllegalAccessException e) {
            return fail("cannot call " + LAUNCHER + ".main: " + e.getMessage());
        }
    }

    /** Why no window can open here, or {@code null}: on Linux and the BSDs GTK needs an X11 or Wayland display. */
    String missingDisplay() {
        boolean x11Platform = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        if (!x11Platform || present("DISPLAY") || present("WAYLAND_DISPLAY")) return null;
        return "no display to open the inspector window on (DISPLAY is not set); "
                + "the commands work without one: storescope --help";
    }

    private boolean present(String name) {
        String value = env.get(name);
        return value != null && !value.isEmpty();
    }

    private int fail(String message) {
        err.println("storescope: " + message);
        return ExitCodes.BAD_INPUT;
    }
}
