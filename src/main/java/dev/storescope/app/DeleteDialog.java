package dev.storescope.app;

import dev.storescope.inspect.edit.Change;
import dev.storescope.inspect.edit.DeletePlan;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/** The delete confirmation: names what goes and previews every key in every file that will change. */
final class DeleteDialog {
    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private DeleteDialog() {
    }

    /** True when the user confirms. */
    static boolean confirm(Window owner, DeletePlan plan) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, DELETE, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Delete");
        a.setHeaderText(plan.description() + "?");
        a.getDialogPane().setId("deleteDialog");
        TreeItem<String> root = new TreeItem<>("changes");
        for (Map.Entry<String, List<Change>> e : plan.byFile().entrySet()) {
            TreeItem<String> file = new TreeItem<>(e.getKey() + " (" + e.getValue().size() + " change" + (e.getValue().size() == 1 ? "" : "s") + ")");
            file.setExpanded(true);
            for (Change c : e.getValue()) {
                String what = c.action().name().toLowerCase(java.util.Locale.ROOT) + "  " + c.collection() + (c.key() == null ? "" : " › " + c.key())
                        + (c.detail() == null || c.detail().isEmpty() ? "" : "  (" + c.detail() + ")");
                file.getChildren().add(new TreeItem<>(what));
            }
            root.getChildren().add(file);
        }
        TreeView<String> list = new TreeView<>(root);
        list.setShowRoot(false);
        list.setId("deletePreview");
        list.setPrefSize(680, 300);
        Label head = new Label(plan.changes().size() + " key(s) change in " + plan.byFile().size()
                + " file(s). Nothing is written until you save; Undo (Ctrl+Z) brings it back.");
        head.setWrapText(true);
        VBox box = new VBox(8, head, list);
        for (String n : plan.notes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.getStyleClass().add("warning-label");
            box.getChildren().add(l);
        }
        a.getDialogPane().setContent(box);
        a.setResizable(true);
        return a.showAndWait().orElse(ButtonType.CANCEL) == DELETE;
    }
}
