package dev.storescope.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: open dir, what it holds, load time, unsaved state. */
final class StatusBar extends HBox {
    private final Label dir = new Label("no dir open");
    private final Label summary = new Label();
    private final Label state = new Label();

    StatusBar() {
        super(16);
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        dir.setId("statusDir");
        summary.setId("statusSummary");
        state.setId("statusState");
        getChildren().addAll(dir, summary, grow, state);
    }

    void setDir(String text) {
        dir.setText(text);
    }

    void setSummary(String text) {
        summary.setText(text);
    }

    void setState(String text) {
        state.setText(text);
    }
}
