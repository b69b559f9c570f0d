package dev.storescope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The StoreScope inspector application. Opens the dir given as the first parameter, or a fresh
 * copy of the bundled sample store.
 */
public class App extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        StartupTrace.mark("Application.start (toolkit up)");
        List<String> raw = getParameters().getRaw();
        MainWindow window = show(stage, new RecentDirs(Preferences.userNodeForPackage(App.class)));
        window.open(raw.isEmpty() ? SampleStore.copyToTemp() : Path.of(raw.get(0)));
    }

    static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 256}) { // the window manager picks the size it shows
            stage.getIcons().add(new Image(Objects.requireNonNull(App.class.getResourceAsStream("icon-" + size + ".png"))));
        }
    }

    /** Builds the main window into {@code stage} (theme, styles, icon, close prompt) and shows it. */
    public static MainWindow show(Stage stage, RecentDirs recent) {
        Theme.apply(false);
        StartupTrace.mark("theme");
        MainWindow window = new MainWindow(stage, recent);
        StartupTrace.mark("main window built");
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmDiscard("close StoreScope")) e.consume();
        });
        stage.show();
        StartupTrace.mark("shown (first CSS pass and layout)");
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                StartupTrace.mark("first pulse");
            }
        });
        // the editor, icons and a warm-up once the first frame is on screen: a pulse waits for the render
        // of the one before, so the third pulse starts after the first frame was drawn (started at the first
        // pulse, the steps took the FX thread and a core from the first render: 0.2-0.3 s later on screen)
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 3) return;
                stop();
                StartupTrace.mark("first frame drawn");
                AfterFirstFrame.after(stage, window);
            }
        }.start();
        return window;
    }
}
