package dev.storescope.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/** The delete confirmation: names what goes and previews every key in every file that will change. */
final class DeleteDialog {
    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private DeleteDialog() {
    }

    /** True when the user confirms. {@code changes}: file → the keys or entries that will change in it. */
    static boolean confirm(Window owner, String what, Map<String, List<String>> changes) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, DELETE, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Delete");
        a.setHeaderText("Delete " + what + "?");
        a.getDialogPane().setId("deleteDialog");
        TreeItem<String> root = new TreeItem<>("changes");
        int total = 0;
        for (Map.Entry<String, List<String>> e : changes.entrySet()) {
            TreeItem<String> file = new TreeItem<>(e.getKey() + " (" + e.getValue().size() + ")");
            file.setExpanded(true);
            for (String k : e.getValue()) file.getChildren().add(new TreeItem<>(k));
            total += e.getValue().size();
            root.getChildren().add(file);
        }
        TreeView<String> list = new TreeView<>(root);
        list.setShowRoot(false);
        list.setId("deletePreview");
        list.setPrefSize(620, 300);
        javafx.scene.control.Label head = new javafx.scene.control.Label(total + " change(s) in " + changes.size()
                + " file(s); nothing is written until you save, and Undo (Ctrl+Z) brings it back:");
        head.setWrapText(true);
        a.getDialogPane().setContent(new javafx.scene.layout.VBox(8, head, list));
        a.setResizable(true);
        return a.showAndWait().orElse(ButtonType.CANCEL) == DELETE;
    }
}
