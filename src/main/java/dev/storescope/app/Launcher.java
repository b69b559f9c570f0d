package dev.storescope.app;

import javafx.application.Application;

/**
 * Starts the inspector. A plain main (not an {@code Application}) so the app also starts with
 * JavaFX on the class path ({@code java -jar storescope.jar gui}).
 */
public final class Launcher {
    private Launcher() {
    }

    /** {@code args}: an optional persist dir; without one the bundled sample store opens. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
