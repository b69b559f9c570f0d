package dev.storescope.app;

import dev.storescope.app.diff.CompareDialog;
import dev.storescope.app.diff.DiffView;
import dev.storescope.inspect.diff.Change;
import dev.storescope.inspect.diff.Kind;
import dev.storescope.inspect.diff.Snapshot;
import dev.storescope.inspect.diff.Status;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff view: open it on a refreshed store against its older state, filter, F7 / Shift+F7, take the old side, undo. */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(DiffViewTest.class.getResource("/fixtures/diff-pair/" + name).toURI());
    }

    private static Path copy(Path from) throws Exception {
        Path to = Files.createTempDirectory("storescope-diffview");
        TempDirs.deleteOnExit(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName().toString()));
        }
        return to;
    }

    private static long count(DiffView v, Kind k, Status s) {
        return v.result().changes().stream().filter(c -> c.kind() == k && c.status() == s).count();
    }

    @Test
    void compareFilterStepTakeAndUndo(FxRobot robot) throws Exception {
        Path dir = copy(fixture("variant1"));
        FxTestSupport.open(robot, window, dir);
        Snapshot old = Snapshot.ofDir(fixture("base"));
        DiffView[] view = new DiffView[1];
        robot.interact(() -> view[0] = CompareDialog.open(stage, window.session(), old));
        DiffView v = view[0];
        FxTestSupport.waitUntil(v::isSettled);
        int all = v.tree().changeCount();
        assertTrue(all > 0);
        assertEquals(v.result().changes().stream().filter(c -> !(c.kind() == Kind.FILE && c.fields().size() > 0 && c.details().isEmpty())).count(), all);

        // filter: without "added" the tree lists exactly the other changes
        long added = v.result().changes().stream().filter(c -> c.status() == Status.ADDED).count();
        robot.clickOn("#filter_added");
        assertEquals(all - added, v.tree().changeCount());
        assertTrue(v.tree().shownChanges().stream().noneMatch(c -> c.status() == Status.ADDED));
        robot.clickOn("#filter_added");
        assertEquals(all, v.tree().changeCount());
        assertTrue(((ToggleButton) robot.lookup("#filter_added").query()).getText().endsWith(" " + added));

        // F7 / Shift+F7 walk the changes
        robot.clickOn("#diffTree");
        robot.interact(() -> v.tree().getSelectionModel().clearSelection());
        robot.type(KeyCode.F7);
        Change first = v.tree().selectedChange();
        assertTrue(first != null);
        robot.type(KeyCode.F7);
        Change second = v.tree().selectedChange();
        assertNotEquals(first, second);
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        assertEquals(first, v.tree().selectedChange());

        // a changed ref doc: both sides shown, changed lines and characters marked
        Change changed = v.result().changes().stream().filter(c -> c.kind() == Kind.REF_DOC && c.status() == Status.CHANGED).findFirst().orElseThrow();
        robot.interact(() -> {
            while (!changed.equals(v.tree().selectedChange())) v.tree().step(1);
        });
        String oldText = v.oldPane().text();
        String newText = v.newPane().text();
        assertTrue(oldText.contains("\"node_ids\"") && newText.contains("\"node_ids\""), oldText);
        int line = newText.substring(0, newText.indexOf("last_modified_date")).split("\n", -1).length - 1;
        assertTrue(v.newPane().lineStyles(line).contains("diff-line-new"), v.newPane().lineStyles(line).toString());
        assertTrue(v.newPane().lineStyles(line - 1).isEmpty(), "creation_date did not change");
        int at = newText.indexOf("2026-03-01");
        assertTrue(v.newPane().stylesAt(at + 6).contains("diff-char-new"), v.newPane().stylesAt(at + 6).toString()); // 3 (was 2)
        assertTrue(v.newPane().stylesAt(at).isEmpty(), "the unchanged year is not marked");
        Screenshots.save(robot, v.getScene(), "diff-view");

        // take the old side of a removed ref doc: it comes back into the open store, undo removes it again
        Change removed = v.result().changes().stream().filter(c -> c.kind() == Kind.REF_DOC && c.status() == Status.REMOVED).findFirst().orElseThrow();
        long removedBefore = count(v, Kind.REF_DOC, Status.REMOVED);
        robot.interact(() -> {
            while (!removed.equals(v.tree().selectedChange())) v.tree().step(1);
        });
        assertTrue(v.newPane().text().contains("not on this side"));
        robot.clickOn("#takeOld");
        FxTestSupport.waitUntil(() -> v.isSettled() && count(v, Kind.REF_DOC, Status.REMOVED) == removedBefore - 1);
        assertTrue(window.session().isDirty());
        assertTrue(window.session().context().orElseThrow().docstore().orElseThrow().refDocExists(removed.id()));
        robot.interact(() -> window.session().undo());
        FxTestSupport.waitUntil(() -> v.isSettled() && count(v, Kind.REF_DOC, Status.REMOVED) == removedBefore);
        assertTrue(!window.session().context().orElseThrow().docstore().orElseThrow().refDocExists(removed.id()));
    }

    @Test
    void compareMenuAgainstTheFilesOnDiskShowsUnsavedEdits(FxRobot robot) throws Exception {
        Path dir = copy(fixture("base"));
        FxTestSupport.open(robot, window, dir);
        String ref = window.session().context().orElseThrow().docstore().orElseThrow().getAllRefDocInfo().keySet().iterator().next();
        robot.interact(() -> window.session().context().orElseThrow().docstore().orElseThrow().deleteRefDoc(ref));
        robot.clickOn("#menuFile").clickOn("#menuCompare");
        javafx.scene.Node dialog = FxTestSupport.waitForDialog(robot, "compareDialog");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<String> source = (javafx.scene.control.ChoiceBox<String>) dialog.lookup("#compareSource");
            source.getSelectionModel().select(0); // the files on disk
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog;
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        javafx.scene.Node view = FxTestSupport.waitForDialog(robot, "diffView");
        DiffView v = (DiffView) view;
        FxTestSupport.waitUntil(v::isSettled);
        assertEquals(1, count(v, Kind.REF_DOC, Status.REMOVED)); // still on disk (old side), gone from the open store (new side)
        assertEquals(1, v.result().counts(Kind.REF_DOC).removed());
        assertEquals(0, v.result().counts(Kind.REF_DOC).added() + v.result().counts(Kind.REF_DOC).changed());
    }
}
