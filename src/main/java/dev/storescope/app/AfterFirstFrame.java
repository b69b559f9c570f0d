package dev.storescope.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the window does just after its first frame, one step per FX event so that none holds the
 * FX thread long: build the editor and the node tab (the window shows without them) and add the
 * stage icons, then warm the editor up ({@link EditorWarmUp}: highlighted JSON laid out outside
 * the window, growing over three steps; in one step it held the FX thread 0.4 s).
 */
final class AfterFirstFrame {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    private AfterFirstFrame(List<Runnable> steps) {
        this.steps.addAll(steps);
    }

    /** Starts the steps for a window just shown in {@code stage}. */
    static void after(Stage stage, MainWindow window) {
        EditorWarmUp[] warmUp = new EditorWarmUp[1];
        new AfterFirstFrame(List.of(
                () -> {
                    window.editorPane().editor();
                    StartupTrace.mark("editor built");
                },
                () -> window.editorPane().nodeTab(),
                () -> App.addIcons(stage),
                () -> warmUp[0] = new EditorWarmUp(stage.getScene()),
                () -> warmUp[0].show(1),
                () -> warmUp[0].show(8),
                () -> warmUp[0].show(30),
                () -> {
                    warmUp[0].remove();
                    warmUp[0] = null;
                    window.editorPane().markWarm();
                    StartupTrace.mark("editor warmed up");
                })).next();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) return;
        Platform.runLater(() -> {
            step.run();
            next();
        });
    }
}
