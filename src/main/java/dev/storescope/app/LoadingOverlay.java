package dev.storescope.app;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Shown over the window while a dir loads: progress, what was loaded last, and Cancel. */
final class LoadingOverlay extends VBox {
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
        setVisible(true);
    }

    void done() {
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        setVisible(false);
    }
}
