package dev.storescope.app.problems;

import dev.storescope.inspect.repair.ChangeDiff;
import dev.storescope.inspect.repair.RepairSession;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.List;

/** The preview of a repair: each repair with the changed entries as a diff; Apply or Cancel. */
final class FixDialog {
    static final int MAX_LINES = 2000;

    private FixDialog() {
    }

    static String text(List<RepairSession.Result> preview) {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (RepairSession.Result r : preview) {
            sb.append(r.repair().id()).append(": ").append(r.repair().description()).append('\n');
            for (var c : r.changes()) {
                for (String l : ChangeDiff.lines(c)) {
                    if (++lines > MAX_LINES) return sb.append("… (more changes not shown)\n").toString();
                    sb.append("  ").append(l).append('\n');
                }
            }
            if (r.changes().isEmpty()) sb.append("  (no change)\n");
        }
        return sb.toString();
    }

    /** True when the user applies. */
    static boolean confirm(Window owner, String header, List<RepairSession.Result> preview) {
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", apply, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(header + " — nothing is written until you save (Ctrl+Z undoes it)");
        TextArea area = new TextArea(text(preview));
        area.setId("repairPreview");
        area.setEditable(false);
        area.setPrefColumnCount(100);
        area.setPrefRowCount(18);
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("repairDialog");
        a.setResizable(true);
        return a.showAndWait().orElse(ButtonType.CANCEL) == apply;
    }
}
