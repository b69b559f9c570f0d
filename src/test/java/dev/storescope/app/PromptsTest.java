package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questions the window asks: unsaved changes before opening another dir, and files changed by another program. */
@ExtendWith(ApplicationExtension.class)
class PromptsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    /** An edit through the model, as Apply makes it: one docstore/metadata entry gets a new doc_hash. */
    private void editDocstoreMetadata(FxRobot robot) {
        robot.interact(() -> {
            Session s = window.session();
            String key = s.context().orElseThrow().kvStore("docstore.json").orElseThrow().keys("docstore/metadata").get(0);
            ValueRef ref = new ValueRef.KvEntry("docstore.json", "docstore/metadata", key);
            s.push(s.valueEditor().orElseThrow().apply(ref, "{\"doc_hash\": \"edited-elsewhere\"}"), ref);
        });
    }

    private static void click(FxRobot robot, Node dialog, String buttonText) {
        DialogPane pane = (DialogPane) dialog;
        for (ButtonType t : pane.getButtonTypes()) {
            if (t.getText().equals(buttonText)) {
                Button b = (Button) pane.lookupButton(t);
                robot.clickOn(b);
                return;
            }
        }
        throw new AssertionError("no button " + buttonText + " in " + pane.getButtonTypes());
    }

    @Test
    void openingAnotherDirWithUnsavedChangesAsksAndCancelKeepsTheChanges(FxRobot robot) throws Exception {
        Path first = SampleStore.copyToTemp();
        Path second = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, first);
        editDocstoreMetadata(robot);
        assertTrue(window.session().isDirty());
        assertTrue(stage.getTitle().startsWith("• "), stage.getTitle());

        Platform.runLater(() -> window.open(second));
        Node dialog = FxTestSupport.waitForDialog(robot, "unsavedDialog");
        click(robot, dialog, "Cancel");
        FxTestSupport.waitUntil(() -> FxTestSupport.dialog(robot, "unsavedDialog").isEmpty());
        assertEquals(first, window.session().dir().orElseThrow());
        assertTrue(window.session().isDirty());

        Platform.runLater(() -> window.open(second));
        click(robot, FxTestSupport.waitForDialog(robot, "unsavedDialog"), "Discard");
        FxTestSupport.waitUntil(() -> window.session().dir().map(second::equals).orElse(false) && window.session().context().isPresent());
        assertFalse(window.session().isDirty());
        assertEquals(Files.readString(second.resolve("docstore.json")), Files.readString(first.resolve("docstore.json")), "discarded, not saved");
    }

    @Test
    void savingFromTheUnsavedPromptPersists(FxRobot robot) throws Exception {
        Path first = SampleStore.copyToTemp();
        Path second = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, first);
        editDocstoreMetadata(robot);
        String before = Files.readString(first.resolve("docstore.json"));
        Platform.runLater(() -> window.open(second));
        click(robot, FxTestSupport.waitForDialog(robot, "unsavedDialog"), "Save");
        FxTestSupport.waitUntil(() -> window.session().dir().map(second::equals).orElse(false) && window.session().context().isPresent());
        String after = Files.readString(first.resolve("docstore.json"));
        assertNotEquals(before, after);
        assertTrue(after.contains("\"doc_hash\": \"edited-elsewhere\""), "written in Python's style");
        assertTrue(Files.isDirectory(first.resolve(".storescope/backups")), "a backup was kept");
    }

    @Test
    void aFileChangedOnDiskIsAnnouncedWithAnOfferToReload(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, dir);
        Path chat = dir.resolve("chat_store.json");
        String changed = Files.readString(chat).replace("\"store\"", "\"store\" ");
        Files.writeString(chat, changed);
        Files.setLastModifiedTime(chat, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        var ctxBefore = window.session().context().orElseThrow();

        Platform.runLater(window::checkExternalChanges);
        Node dialog = FxTestSupport.waitForDialog(robot, "externalChangeDialog");
        assertTrue(((DialogPane) dialog).getContentText().contains("chat_store.json"), ((DialogPane) dialog).getContentText());
        click(robot, dialog, "Reload");
        FxTestSupport.waitUntil(() -> window.session().context().map(c -> c != ctxBefore).orElse(false));
        assertTrue(window.session().context().orElseThrow().changedOnDisk().isEmpty());
    }

    @Test
    void saveRefusesToOverwriteAFileAnotherProgramChanged(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, dir);
        editDocstoreMetadata(robot);
        Path doc = dir.resolve("docstore.json");
        String theirs = Files.readString(doc) + " ";
        Files.writeString(doc, theirs);
        Files.setLastModifiedTime(doc, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Platform.runLater(window::save);
        Node dialog = FxTestSupport.waitForDialog(robot, "externalChangeDialog");
        click(robot, dialog, "Cancel");
        FxTestSupport.waitUntil(() -> FxTestSupport.dialog(robot, "externalChangeDialog").isEmpty());
        assertEquals(theirs, Files.readString(doc), "their file is untouched");
        assertTrue(window.session().isDirty());
    }
}
