package dev.storescope.app.diff;

import dev.storescope.app.Session;
import dev.storescope.inspect.diff.Change;
import dev.storescope.inspect.diff.DiffResult;
import dev.storescope.inspect.diff.ItemJson;
import dev.storescope.inspect.diff.Snapshot;
import dev.storescope.inspect.diff.SnapshotDiff;
import dev.storescope.inspect.diff.Status;
import dev.storescope.inspect.diff.TakeSide;
import dev.storescope.inspect.diff.TextDiff;
import dev.storescope.inspect.edit.SnapshotJob;
import dev.storescope.storage.StorageContext;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compare view: the changes between another snapshot (old side: a backup, a git revision, another
 * dir, the files on disk) and the open store (new side, unsaved edits included). A tree of changes
 * with a status filter; both sides of the selected item as JSON with changed lines and characters
 * highlighted; F7 / Shift+F7 step through the changes; "Take old side" copies the old item into
 * the open store as an undoable job (Ctrl+Z in the main window undoes it, and the view follows).
 */
public final class DiffView extends BorderPane {
    private final Session session;
    private final Snapshot old;
    private final ChangeTree tree = new ChangeTree();
    private final SidePane oldPane = new SidePane("oldPane", "old");
    private final SidePane newPane = new SidePane("newPane", "new");
    private final Map<Status, ToggleButton> filters = new EnumMap<>(Status.class);
    private final Label summary = new Label();
    private final Button take = new Button("Take old side");
    private DiffResult result;
    private Snapshot current;
    private long shownRevision = -1;
    private volatile boolean busy;
    private boolean firstShow = true;

    public DiffView(Session session, Snapshot old) {
        this.session = Objects.requireNonNull(session);
        this.old = old;
        setId("diffView");
        getStylesheets().add(Objects.requireNonNull(DiffView.class.getResource("diff.css")).toExternalForm());
        HBox bar = new HBox(6);
        bar.setPadding(new Insets(4));
        for (Status s : Status.values()) {
            ToggleButton b = new ToggleButton(s.key().replace('_', '-'));
            b.setId("filter_" + s.key());
            b.setSelected(true);
            b.setOnAction(e -> refreshTree());
            filters.put(s, b);
            bar.getChildren().add(b);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        take.setId("takeOld");
        take.setDisable(true);
        take.setOnAction(e -> takeOldSide());
        summary.setId("diffSummary");
        bar.getChildren().addAll(gap, summary, take);
        setTop(bar);
        SplitPane sides = new SplitPane(oldPane, newPane);
        SplitPane main = new SplitPane(tree, sides);
        main.setOrientation(Orientation.HORIZONTAL);
        main.setDividerPositions(0.34);
        setCenter(main);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F7) {
                tree.step(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        session.addListener(() -> {
            if (session.revision() != shownRevision) recompute();
        });
        recompute();
    }

    /**
     * Compares again (the open store changed: a take, an undo, an edit), off the FX thread: a
     * gigabyte dir takes seconds. The view shows "comparing …" meanwhile; a newer request wins.
     */
    public void recompute() {
        StorageContext ctx = session.context().orElse(null);
        if (ctx == null) return;
        long revision = session.revision();
        shownRevision = revision;
        busy = true;
        take.setDisable(true);
        summary.setText("comparing …");
        Thread t = new Thread(() -> {
            try {
                Snapshot now = Snapshot.ofContext(ctx);
                DiffResult r = SnapshotDiff.compare(old, now);
                Platform.runLater(() -> {
                    if (revision != shownRevision) return; // a newer comparison is running
                    current = now;
                    result = r;
                    busy = false;
                    refreshTree();
                    if (tree.selectedChange() == null && tree.changeCount() > 0 && firstShow) tree.step(1);
                    firstShow = false;
                });
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    busy = false;
                    summary.setText("cannot compare: " + e.getMessage());
                });
            }
        }, "storescope-compare");
        t.setDaemon(true);
        t.start();
    }

    /** True once the shown changes are those of the open store's current state. */
    public boolean isSettled() {
        return !busy && result != null && shownRevision == session.revision();
    }

    private void refreshTree() {
        if (result == null) return;
        Set<Status> on = EnumSet.noneOf(Status.class);
        for (Map.Entry<Status, ToggleButton> e : filters.entrySet()) {
            int n = 0;
            for (Change c : result.changes()) if (c.status() == e.getKey()) n++;
            e.getValue().setText(mark(e.getKey()) + e.getKey().key().replace('_', '-') + " " + n);
            if (e.getValue().isSelected()) on.add(e.getKey());
        }
        tree.show(result, on);
        summary.setText(result.isEqual() ? "no differences" : tree.changeCount() + " changes shown");
        showSelected();
    }

    private static String mark(Status s) {
        return switch (s) {
            case ADDED -> "+ ";
            case REMOVED -> "− ";
            case CHANGED -> "~ ";
            case RE_ID -> "→ ";
        };
    }

    private void showSelected() {
        if (result == null) return;
        Change c = tree.selectedChange();
        take.setDisable(busy || c == null || !session.canChange() || c.ref() instanceof dev.storescope.inspect.ValueRef.File);
        if (c == null) {
            oldPane.show(old.label(), "", java.util.List.of(), java.util.List.of());
            newPane.show("open store", "", java.util.List.of(), java.util.List.of());
            return;
        }
        String a = ItemJson.of(old, c.store(), c.ref());
        String b = ItemJson.of(current, c.store(), c.ref());
        TextDiff d = TextDiff.of(a == null ? "" : a, b == null ? "" : b);
        oldPane.show("old: " + old.label(), a, d.oldLines(), d.oldChars());
        newPane.show("new: open store" + (session.isDirty() ? " (unsaved)" : ""), b, d.newLines(), d.newChars());
        if (!d.hunks().isEmpty()) {
            newPane.reveal(d.hunks().get(0));
            if (!d.oldLines().isEmpty()) oldPane.reveal(d.oldLines().get(0));
        }
    }

    /** Copies the old side of the selected item into the open store (one undoable job). */
    public void takeOldSide() {
        Change c = tree.selectedChange();
        StorageContext ctx = session.context().orElse(null);
        if (c == null || ctx == null) return;
        SnapshotJob job = new SnapshotJob("take old side of " + c.kind().label() + " " + c.id(), ctx,
                TakeSide.affectedFiles(ctx, c.ref()), () -> TakeSide.apply(old, ctx, c.ref()));
        try {
            session.push(job, c.ref());
        } catch (RuntimeException e) {
            summary.setText("cannot take the old side: " + e.getMessage());
        }
        Platform.runLater(tree::requestFocus);
    }

    public ChangeTree tree() {
        return tree;
    }

    public SidePane oldPane() {
        return oldPane;
    }

    public SidePane newPane() {
        return newPane;
    }

    public DiffResult result() {
        return result;
    }
}
