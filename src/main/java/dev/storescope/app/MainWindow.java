package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.edit.DeletePlan;
import dev.storescope.inspect.edit.Deletes;
import dev.storescope.storage.StorageContext;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main window: menu bar, the store tree (left), the editor (right), the status bar, and the
 * loading overlay. It owns opening dirs (File → Open, Open Recent, drag and drop, the command
 * line) and the questions asked before unsaved changes would be lost.
 */
public final class MainWindow extends BorderPane {
    private final Stage stage;
    private final RecentDirs recent;
    private final Session session = new Session();
    private final StatusBar status = new StatusBar();
    private final LoadingOverlay overlay = new LoadingOverlay();
    private final StorePane storePane;
    private final EditorPane editorPane;
    private LoadTask loading;
    private DirLoader loader = DirLoader.STORAGE;
    private final dev.storescope.app.problems.ProblemsPanel problems;

    public MainWindow(Stage stage, RecentDirs recent) {
        this.stage = stage;
        this.recent = recent;
        this.editorPane = new EditorPane(session, this::selectRef);
        this.storePane = new StorePane(session, editorPane::show);
        storePane.tree().setOnEnter(editorPane::focusEditor);
        setId("mainWindow");
        setTop(new MainMenu(this, session, recent).build());
        SplitPane split = new SplitPane(storePane, editorPane);
        split.setDividerPositions(0.38);
        this.problems = new dev.storescope.app.problems.ProblemsPanel(session, this::selectRef, () -> stage, this::reload);
        SplitPane main = new SplitPane(split, problems);
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        main.setDividerPositions(0.78);
        setCenter(new StackPane(main, overlay));
        setBottom(status);
        setOnDragOver(e -> {
            if (droppedDir(e.getDragboard()).isPresent()) e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            Optional<Path> dir = droppedDir(e.getDragboard());
            dir.ifPresent(this::open);
            e.setDropCompleted(dir.isPresent());
            e.consume();
        });
        session.addListener(this::refreshChrome);
        refreshChrome();
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now && loading == null) Platform.runLater(this::checkExternalChanges);
        });
    }

    /** Replaces how dirs are loaded (tests: a loader that waits, to press Cancel while it runs). */
    void useLoader(DirLoader l) {
        loader = l;
    }

    public Session session() {
        return session;
    }

    LoadingOverlay overlay() {
        return overlay;
    }

    dev.storescope.app.problems.ProblemsPanel problems() {
        return problems;
    }

    StorePane storePane() {
        return storePane;
    }

    EditorPane editorPane() {
        return editorPane;
    }

    /** Opens {@code dir} off the FX thread (asks first when there are unsaved changes). */
    public void open(Path dir) {
        if (!Files.isDirectory(dir)) {
            error("Cannot open " + dir, "It is not a directory.");
            return;
        }
        if (!confirmDiscard("open " + dir.getFileName())) return;
        if (loading != null) loading.cancel();
        long t0 = System.nanoTime();
        LoadTask task = new LoadTask(dir, loader, (partial, counts) -> { // the big vector stores still load: show the rest (never for a cancelled load)
            overlay.done();
            opened(dir, partial, counts, t0);
        });
        loading = task;
        overlay.track(task);
        task.setOnSucceeded(e -> {
            overlay.done();
            loading = null;
            StorageContext ctx = task.getValue();
            if (ctx == null) return;
            if (ctx.completes(session.context().orElse(null))) session.complete(ctx, task.counts(), (System.nanoTime() - t0) / 1_000_000);
            else opened(dir, ctx, task.counts(), t0);
        });
        task.setOnFailed(e -> {
            overlay.done();
            loading = null;
            boolean shown = session.isLoading() && dir.equals(session.dir().orElse(null));
            error("Cannot open " + dir, task.getException().getMessage()
                    + (shown ? "\nWhat was read stays open, read-only; F5 reads the dir again." : ""));
        });
        task.setOnCancelled(e -> {
            overlay.done();
            loading = null;
        });
        Thread t = new Thread(task, "storescope-load");
        t.setDaemon(true);
        t.start();
    }

    private void opened(Path dir, StorageContext ctx, String counts, long t0) {
        session.open(dir, ctx, counts, (System.nanoTime() - t0) / 1_000_000);
        storePane.tree().requestFocus();
        storePane.tree().getSelectionModel().select(0);
        recent.add(dir);
    }

    /** True while files of the open dir are still being read after its tree was shown. */
    boolean isLoadingRest() {
        return loading != null && session.isLoading();
    }

    /** A relationship link: select the related item in the tree. */
    private void selectRef(ValueRef ref) {
        if (!storePane.tree().select(ref)) status.setState("not in this dir: " + ref);
    }

    /** Delete key: deletes the selected item after a preview of every key that will change (undoable). */
    void deleteSelected() {
        var node = storePane.tree().selectedNode().orElse(null);
        var deletes = session.deletes().orElse(null);
        if (node == null || deletes == null || node.ref().isEmpty()) return;
        ValueRef ref = node.ref().get();
        if (session.isReadOnly()) {
            status.setState("read-only mode: nothing is deleted");
            return;
        }
        if (session.isLoading()) {
            status.setState("still loading the dir: nothing is deleted until every file is in");
            return;
        }
        if (!Deletes.canDelete(ref)) {
            status.setState(node.label() + " cannot be deleted");
            return;
        }
        try {
            DeletePlan plan = deletes.preview(ref);
            if (!DeleteDialog.confirm(stage, plan)) return;
            session.push(deletes.delete(ref), ref);
            status.setState(plan.description() + " (Ctrl+Z undoes it)");
        } catch (RuntimeException e) {
            error("Cannot delete " + node.label(), e.getMessage());
        }
    }

    /** File → Open…: a directory chooser. */
    void chooseDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a LlamaIndex persist dir");
        session.dir().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File f = chooser.showDialog(stage);
        if (f != null) open(f.toPath());
    }

    /** F5: reload the open dir from disk (asks first when there are unsaved changes). */
    void reload() {
        session.dir().ifPresent(this::open);
    }

    /**
     * Ctrl+S: persist the changed files (atomically, with a backup). A file another program changed
     * since it was loaded is never overwritten: the user is told and offered to reload.
     */
    void save() {
        StorageContext ctx = session.context().orElse(null);
        if (ctx == null || !session.isDirty()) return;
        try {
            List<Path> theirs = new ArrayList<>();
            for (Path p : ctx.changedOnDisk()) {
                String name = p.getFileName().toString();
                if (ctx.file(name).map(f -> f.isModified()).orElse(false)) theirs.add(p);
            }
            if (!theirs.isEmpty()) {
                session.externalChangeAnnounced(theirs);
                askReload(theirs, "Not saved: another program changed " + names(theirs) + " since StoreScope loaded it. "
                        + "Saving would overwrite their version. Reload discards your unsaved changes.");
                return;
            }
            var report = session.persist();
            status.setState("saved " + report.written().size() + " file(s), backup in " + report.backupFolder().getFileName());
        } catch (dev.storescope.storage.FileChangedOnDiskException e) {
            askReload(List.of(), "Not saved: " + e.getMessage());
        } catch (Exception e) {
            error("Could not save", e.getMessage());
        }
    }

    /**
     * With unsaved changes, asks whether to save, discard or cancel before {@code action}; true
     * when the action may go on.
     */
    public boolean confirmDiscard(String action) {
        if (!session.isDirty()) return true;
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "There are unsaved changes. Save them before you " + action + "?",
                save, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText("Unsaved changes");
        a.getDialogPane().setId("unsavedDialog");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) return false;
        if (r.get() == save) {
            save();
            return !session.isDirty();
        }
        return true;
    }

    /** Called when the window regains focus: a file changed on disk is announced with an offer to reload. */
    void checkExternalChanges() {
        if (session.context().isEmpty()) return;
        try {
            List<Path> changed = session.context().get().changedOnDisk();
            if (changed.isEmpty() || session.externalChangeAnnounced(changed)) return;
            askReload(changed, "Another program changed " + names(changed) + " since StoreScope loaded it."
                    + (session.isDirty() ? " Reloading discards your unsaved changes; saving over a changed file is refused." : ""));
        } catch (java.io.IOException e) {
            status.setState("cannot check the dir: " + e.getMessage());
        }
    }

    private void askReload(List<Path> changed, String text) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.WARNING, text, reload, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(changed.isEmpty() ? "Files changed on disk" : "Changed on disk: " + names(changed));
        a.getDialogPane().setId("externalChangeDialog");
        if (a.showAndWait().orElse(ButtonType.CANCEL) == reload) {
            Path dir = session.dir().orElseThrow();
            session.discard();
            open(dir);
        }
    }

    private static String names(List<Path> files) {
        List<String> n = new ArrayList<>();
        for (Path p : files) n.add(p.getFileName().toString());
        return String.join(", ", n);
    }

    private void refreshChrome() {
        String name = session.dir().map(d -> d.getFileName() == null ? d.toString() : d.getFileName().toString()).orElse("");
        // a window no longer shown in its stage (a stage given a new window) leaves the stage's title alone
        if (stage.getScene() == null || stage.getScene().getRoot() == this) {
            stage.setTitle((session.isDirty() ? "• " : "") + (name.isEmpty() ? "" : name + " — ") + "StoreScope");
        }
        status.setDir(session.dir().map(Path::toString).orElse("no dir open"));
        status.setSummary(session.summary());
        status.setState(session.isDirty() ? "unsaved changes" : session.context().isPresent() ? "saved" : "");
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.getDialogPane().setId("errorDialog");
        a.setHeaderText(header);
        a.show();
    }

    private static Optional<Path> droppedDir(Dragboard db) {
        if (!db.hasFiles() || db.getFiles().size() != 1) return Optional.empty();
        File f = db.getFiles().get(0);
        return f.isDirectory() ? Optional.of(f.toPath()) : Optional.empty();
    }
}
