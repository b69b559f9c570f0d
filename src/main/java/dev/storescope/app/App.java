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
        List<String> raw = getParameters().getRaw();
        MainWindow window = show(stage, new RecentDirs(Preferences.userNodeForPackage(App.class)));
        window.open(raw.isEmpty() ? SampleStore.copyToTemp() : Path.of(raw.get(0)));
    }

    /** Builds the main window into {@code stage} (theme, styles, icon, close prompt) and shows it. */
    public static MainWindow show(Stage stage, RecentDirs recent) {
        Theme.apply(false);
        MainWindow window = new MainWindow(stage, recent);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.getIcons().add(new Image(Objects.requireNonNull(App.class.getResourceAsStream("icon-256.png"))));
        stage.setOnCloseRequest(e -> {
            if (!window.confirmDiscard("close StoreScope")) e.consume();
        });
        stage.show();
        return window;
    }
}
