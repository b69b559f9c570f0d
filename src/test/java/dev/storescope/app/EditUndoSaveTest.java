package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.storage.StorageContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Select a node, edit it in the JSON editor (validation as you type), apply, undo, redo, save; the files on disk. */
@ExtendWith(ApplicationExtension.class)
class EditUndoSaveTest {
    static final String NODE = "doc-veloria-tides-node-1";
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    private CodeArea area() {
        return window.editorPane().editor().area();
    }

    private void selectNode(FxRobot robot, ValueRef ref) {
        robot.interact(() -> assertTrue(window.storePane().tree().select(ref)));
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(ref)).orElse(false));
    }

    @Test
    void editValidateApplyUndoRedoAndSave(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        String docBefore = Files.readString(dir.resolve("docstore.json"));
        FxTestSupport.open(robot, window, dir);
        selectNode(robot, new ValueRef.DocNode(NODE));
        String original = area().getText();
        assertTrue(original.contains("\"__data__\""), original);
        int keyAt = original.indexOf("\"__data__\"") + 1;
        assertTrue(area().getStyleOfChar(keyAt).contains("json-key"), area().getStyleOfChar(keyAt).toString());
        assertTrue(robot.lookup("#applyButton").queryButton().isDisabled(), "nothing to apply yet");

        // Enter in the tree moves on to the editor; typing breaks the JSON: underlined and explained
        robot.interact(() -> window.storePane().tree().requestFocus());
        robot.type(KeyCode.ENTER);
        assertTrue(area().isFocused());
        int at = original.indexOf("tide engines");
        robot.interact(() -> area().moveTo(at));
        robot.write("\"");
        Label problem = robot.lookup("#editorProblem").queryAs(Label.class);
        FxTestSupport.waitUntil(problem::isVisible);
        assertTrue(problem.getText().startsWith("Line "), problem.getText());
        int errorAt = window.editorPane().editor().error().orElseThrow().offset();
        assertTrue(area().getStyleOfChar(errorAt).contains("json-error"), area().getStyleOfChar(errorAt).toString());
        robot.type(KeyCode.BACK_SPACE);
        FxTestSupport.waitUntil(() -> !problem.isVisible());

        // a real edit, applied with Ctrl+Enter through the document store
        robot.interact(() -> area().replaceText(at, at + "tide".length(), "tidal"));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> window.session().undoCount() == 1 && !window.editorPane().editor().isChanged());
        assertTrue(area().getText().contains("tidal engines"));
        assertTrue(window.session().isDirty());
        assertTrue(stage.getTitle().startsWith("• "), stage.getTitle());
        assertTrue(window.storePane().tree().selectedNode().map(window.session()::isUnsaved).orElse(false), "the edited node is marked");
        Object editedNode = window.storePane().tree().selectedNode().orElseThrow();
        FxTestSupport.waitUntil(() -> {
            StoreTreeCell edited = FxTestSupport.cellOf(robot, window.storePane().tree(), editedNode);
            return edited.getStyleClass().contains("unsaved") && edited.lookup(".unsaved-mark").isVisible();
        });
        assertEquals("Edit node " + NODE, window.session().undoDescription());

        // Ctrl+Z / Ctrl+Shift+Z from the tree: the store's undo and redo
        robot.interact(() -> window.storePane().tree().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> area().getText().equals(original));
        assertFalse(window.session().isDirty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> area().getText().contains("tidal engines"));
        assertTrue(window.session().isDirty());

        // Ctrl+S persists docstore.json (with a backup); the node and its doc_hash changed on disk
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> !window.session().isDirty());
        assertFalse(stage.getTitle().startsWith("• "));
        String docAfter = Files.readString(dir.resolve("docstore.json"));
        assertTrue(docAfter.contains("tidal engines"));
        assertNotEquals(docBefore, docAfter);
        try (var backups = Files.walk(dir.resolve(".storescope/backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().equals("docstore.json")), "the old docstore.json is kept");
        }
        StorageContext reread = StorageContext.fromPersistDir(dir);
        JsonObject before = StorageContext.fromPersistDir(backupDir(dir)).docstore().orElseThrow().kvstore().get(NODE, "docstore/metadata");
        JsonObject after = reread.docstore().orElseThrow().kvstore().get(NODE, "docstore/metadata");
        assertNotEquals(before.getString("doc_hash"), after.getString("doc_hash"), "doc_hash kept in step");
        assertEquals(Files.readString(backupDir(dir).resolve("index_store.json")), Files.readString(dir.resolve("index_store.json")));
    }

    private static Path backupDir(Path dir) throws Exception {
        try (var s = Files.walk(dir.resolve(".storescope/backups"))) {
            Path doc = s.filter(p -> p.getFileName().toString().equals("docstore.json")).findFirst().orElseThrow();
            Path tmp = Files.createTempDirectory("storescope-backup-");
            TempDirs.deleteOnExit(tmp);
            Files.copy(doc, tmp.resolve("docstore.json"));
            Files.copy(dir.resolve("index_store.json"), tmp.resolve("index_store.json"));
            return tmp;
        }
    }

    @Test
    void readOnlyModeAndInvalidEditsChangeNothing(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, dir);
        selectNode(robot, new ValueRef.DocNode(NODE));
        String original = area().getText();
        // a value of the wrong shape is refused by the model with a message, nothing is pushed
        robot.interact(() -> area().replaceText("[1, 2]"));
        robot.clickOn("#applyButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#editorProblem").queryAs(Label.class).isVisible());
        assertEquals(0, window.session().undoCount());
        robot.clickOn("#revertButton");
        assertEquals(original, area().getText());
        // read-only mode: the editor does not take edits, Apply stays off
        robot.interact(() -> window.session().setReadOnly(true));
        assertFalse(area().isEditable());
        assertTrue(robot.lookup("#applyButton").queryButton().isDisabled());
        assertEquals("read-only mode", robot.lookup("#editorBadge").queryAs(Label.class).getText());
        robot.interact(() -> window.session().setReadOnly(false));
        assertTrue(area().isEditable());
    }
}
