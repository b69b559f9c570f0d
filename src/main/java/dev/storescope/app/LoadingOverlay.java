package dev.storescope.app;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Over the window while a dir loads: progress, what was loaded last, and Cancel. It takes the
 * mouse at once (the dir on screen is about to be replaced) but is drawn only once a load has
 * taken {@link #SHOW_AFTER}: a small dir opens without a flash of the card, and the window's first
 * frame, on the bundled sample, is drawn without it and its shadow.
 */
final class LoadingOverlay extends VBox {
    static final Duration SHOW_AFTER = Duration.millis(350);
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");

    LoadingOverlay() {
        super(10);
        getStyleClass().add("loading-overlay");
        setAlignment(Pos.CENTER);
        bar.setPrefWidth(360);
        bar.setId("loadProgress");
        cancel.setId("loadCancel");
        VBox card = new VBox(10, title, bar, message, cancel);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("loading-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setVisible(false);
    }

    void track(Task<?> task) {
        title.textProperty().bind(task.titleProperty());
        bar.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        cancel.setOnAction(e -> task.cancel());
        setOpacity(0); // not drawn while transparent, but over the window it takes the mouse
        setVisible(true);
        delay.setOnFinished(e -> setOpacity(1));
        delay.playFromStart();
    }

    void done() {
        delay.stop();
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        setVisible(false);
    }

    /** True once the card is drawn (the load took longer than {@link #SHOW_AFTER}). */
    boolean isDrawn() {
        return isVisible() && getOpacity() > 0;
    }
}
