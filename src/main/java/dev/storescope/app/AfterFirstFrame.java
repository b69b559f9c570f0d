package dev.storescope.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the window does just after its first frame, one step per FX event so that none holds the
 * FX thread long: build the editor and the node tab (the window shows without them) and add the
 * stage icons. (Laying out a highlighted JSON text in an editor outside the window, to make the
 * first value shown cheaper, was tried: the step alone held the FX thread 0.4 s.)
 */
final class AfterFirstFrame {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    private AfterFirstFrame(List<Runnable> steps) {
        this.steps.addAll(steps);
    }

    /** Starts the steps for a window just shown in {@code stage}. */
    static void after(Stage stage, MainWindow window) {
        new AfterFirstFrame(List.of(
                () -> {
                    window.editorPane().editor();
                    StartupTrace.mark("editor built");
                },
                () -> window.editorPane().nodeTab(),
                () -> App.addIcons(stage))).next();
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
