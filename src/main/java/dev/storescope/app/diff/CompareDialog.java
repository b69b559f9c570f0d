package dev.storescope.app.diff;

import dev.storescope.app.Session;
import dev.storescope.inspect.diff.BackupSnapshots;
import dev.storescope.inspect.diff.GitSnapshot;
import dev.storescope.inspect.diff.Snapshot;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Compare…: choose what the open store is compared with, then open the diff view in its own window. */
public final class CompareDialog {
    static final String DISK = "Files on disk (what Save would change)";
    static final String GIT = "Git revision";
    static final String OTHER = "Another dir…";
    static final String BACKUP = "Before save ";

    private CompareDialog() {
    }

    /** Asks for the other side and opens the diff view; nothing happens when no dir is open or the user cancels. */
    public static void show(Window owner, Session session) {
        Path dir = session.dir().orElse(null);
        if (dir == null) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Compare");
        d.setHeaderText("Compare the open store with …");
        d.getDialogPane().setId("compareDialog");
        ChoiceBox<String> source = new ChoiceBox<>();
        source.setId("compareSource");
        source.getItems().add(DISK);
        List<String> stamps = new ArrayList<>();
        try {
            for (BackupSnapshots.Backup b : BackupSnapshots.list(dir)) stamps.add(b.stamp());
        } catch (IOException e) {
            // no readable backups: not offered
        }
        Collections.reverse(stamps);
        for (String s : stamps) source.getItems().add(BACKUP + s);
        source.getItems().addAll(GIT, OTHER);
        source.getSelectionModel().select(stamps.isEmpty() ? 0 : 1);
        TextField rev = new TextField("HEAD");
        rev.setId("compareRev");
        rev.disableProperty().bind(source.valueProperty().isNotEqualTo(GIT));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("old side"), source);
        g.addRow(1, new Label("git revision"), rev);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) return;
        try {
            Snapshot old = snapshot(owner, dir, source.getValue(), rev.getText().strip());
            if (old != null) open(owner, session, old);
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()), ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText("Cannot read the other side");
            a.getDialogPane().setId("compareError");
            a.showAndWait();
        }
    }

    private static Snapshot snapshot(Window owner, Path dir, String choice, String rev) throws IOException {
        if (choice.equals(DISK)) return Snapshot.ofDir(dir);
        if (choice.equals(GIT)) return GitSnapshot.of(dir, rev.isEmpty() ? "HEAD" : rev);
        if (choice.startsWith(BACKUP)) return BackupSnapshots.before(dir, choice.substring(BACKUP.length()));
        DirectoryChooser ch = new DirectoryChooser();
        ch.setTitle("Dir to compare with");
        File f = ch.showDialog(owner);
        return f == null ? null : Snapshot.ofDir(f.toPath());
    }

    /** Opens a diff view of {@code old} against the session's open store in a new window. */
    public static DiffView open(Window owner, Session session, Snapshot old) {
        DiffView view = new DiffView(session, old);
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Compare: " + old.label() + "  ↔  open store");
        Scene scene = new Scene(view, 1200, 760);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        view.tree().requestFocus();
        return view;
    }
}
