package dev.storescope.app.problems;

import dev.storescope.inspect.salvage.SalvageResult;
import dev.storescope.json.JsonSyntaxException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Map;

/** Salvage mode for a damaged file: what was recovered and lost; "Write recovered file" or Cancel. */
final class SalvageDialog {
    private SalvageDialog() {
    }

    static String text(String file, SalvageResult r) {
        StringBuilder sb = new StringBuilder(file).append('\n');
        for (JsonSyntaxException d : r.damage()) {
            sb.append(String.format("damage at byte %d (line %d, column %d), path %s: %s%n", d.offset(), d.line(), d.column(), d.path(), d.detail()));
        }
        for (int p : r.resumed()) sb.append("resumed at byte ").append(p).append('\n');
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SalvageResult.Recovered e : r.recovered()) counts.merge(e.member(), e.key() == null ? 0 : 1, Integer::sum);
        sb.append("recovered (byte for byte):\n");
        for (Map.Entry<String, Integer> e : counts.entrySet()) sb.append(String.format("  %-36s %,d entries%n", e.getKey(), e.getValue()));
        sb.append("lost: ").append(r.lost().size()).append(" known entr").append(r.lost().size() == 1 ? "y" : "ies").append('\n');
        for (SalvageResult.Lost l : r.lost()) sb.append("  ").append(l.member()).append(l.key() == null ? "" : " › " + l.key()).append(" (").append(l.why()).append(")\n");
        return sb.toString();
    }

    /** True when the user writes the recovered file. */
    static boolean confirm(Window owner, String file, SalvageResult r) {
        ButtonType write = new ButtonType("Write recovered file", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", write, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Salvage " + file + ": the damaged original is kept in .storescope/backups, then the dir reloads");
        TextArea area = new TextArea(text(file, r));
        area.setId("salvagePreview");
        area.setEditable(false);
        area.setPrefColumnCount(100);
        area.setPrefRowCount(16);
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("salvageDialog");
        a.setResizable(true);
        return a.showAndWait().orElse(ButtonType.CANCEL) == write;
    }
}
