package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.StorageContext;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delete key on a ref doc: the preview names every key in every file; confirm, undo, redo, save. */
@ExtendWith(ApplicationExtension.class)
class DeleteTest {
    static final String REF_DOC = "doc-marrow-glass";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    @SuppressWarnings("unchecked")
    private static List<String> previewLines(Node dialog) {
        TreeView<String> preview = (TreeView<String>) dialog.lookup("#deletePreview");
        List<String> out = new ArrayList<>();
        for (TreeItem<String> file : preview.getRoot().getChildren()) {
            out.add(file.getValue());
            for (TreeItem<String> k : file.getChildren()) out.add("  " + k.getValue());
        }
        return out;
    }

    private static void press(FxRobot robot, Node dialog, String text) {
        DialogPane pane = (DialogPane) dialog;
        pane.getButtonTypes().stream().filter(t -> t.getText().equals(text)).findFirst()
                .ifPresentOrElse(t -> robot.clickOn((Button) pane.lookupButton(t)), () -> {
                    throw new AssertionError("no button " + text);
                });
    }

    @Test
    void deletingARefDocPreviewsTheCascadeAndIsUndoable(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, dir);
        ValueRef ref = new ValueRef.RefDoc(REF_DOC);
        robot.interact(() -> {
            assertTrue(window.storePane().tree().select(ref));
            window.storePane().tree().requestFocus();
        });

        // Cancel: nothing happens
        robot.type(KeyCode.DELETE);
        Node dialog = FxTestSupport.waitForDialog(robot, "deleteDialog");
        List<String> lines = previewLines(dialog);
        String all = String.join("\n", lines);
        assertTrue(all.contains("docstore.json"), all);
        assertTrue(all.contains("index_store.json"), all);
        assertTrue(all.contains("default__vector_store.json"), all);
        for (int i = 1; i <= 3; i++) assertTrue(all.contains("docstore/data › " + REF_DOC + "-node-" + i), all);
        assertTrue(all.contains("docstore/ref_doc_info › " + REF_DOC), all);
        assertTrue(((DialogPane) dialog).getHeaderText().contains(REF_DOC), ((DialogPane) dialog).getHeaderText());
        press(robot, dialog, "Cancel");
        FxTestSupport.waitUntil(() -> FxTestSupport.dialog(robot, "deleteDialog").isEmpty());
        assertEquals(0, window.session().undoCount());

        // Delete: the ref doc leaves the tree; undo brings it back, redo removes it again
        robot.interact(() -> window.storePane().tree().requestFocus());
        robot.type(KeyCode.DELETE);
        press(robot, FxTestSupport.waitForDialog(robot, "deleteDialog"), "Delete");
        FxTestSupport.waitUntil(() -> window.session().undoCount() == 1);
        FxTestSupport.waitForTree(window);
        robot.interact(() -> assertFalse(window.storePane().tree().select(ref)));
        Platform.runLater(() -> window.session().undo());
        FxTestSupport.waitUntil(() -> window.session().undoCount() == 0);
        FxTestSupport.waitForTree(window);
        robot.interact(() -> assertTrue(window.storePane().tree().select(ref)));
        assertFalse(window.session().isDirty());
        robot.interact(() -> window.session().redo());
        robot.interact(window::save);
        StorageContext reread = StorageContext.fromPersistDir(dir);
        assertFalse(reread.docstore().orElseThrow().kvstore().containsKey(REF_DOC, "docstore/ref_doc_info"));
        assertFalse(reread.docstore().orElseThrow().kvstore().containsKey(REF_DOC + "-node-1", "docstore/data"));
        assertFalse(Files.readString(dir.resolve("default__vector_store.json")).contains(REF_DOC + "-node-2"));
        assertFalse(Files.readString(dir.resolve("index_store.json")).contains(REF_DOC + "-node-3"));
        assertTrue(Files.readString(dir.resolve("index_store.json")).contains("doc-veloria-tides-node-1"));
    }
}
