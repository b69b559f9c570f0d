package dev.storescope.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class OpenDirTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    @Test
    void opensTheSampleStoreAndShowsItInTitleAndStatusBar(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, dir);
        assertEquals(dir.getFileName() + " — StoreScope", stage.getTitle());
        assertEquals(dir.toString(), robot.lookup("#statusDir").queryAs(Label.class).getText());
        String summary = robot.lookup("#statusSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("9 nodes"), summary);
        assertTrue(summary.contains("loaded in"), summary);
    }

    @Test
    void theEditorIsBuiltJustAfterTheFirstFrameAndTakesOverTheHint(FxRobot robot) throws Exception {
        // the window shows before its RichTextFX editor is built (a quarter second sooner); the JSON tab shows the hint meanwhile
        FxTestSupport.waitUntil(() -> window.editorPane().isEditorBuilt());
        assertEquals(EditorPane.EMPTY_HINT, window.editorPane().editor().text());
        assertTrue(robot.lookup("#editor").tryQuery().isPresent());
        EditorPane fresh = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new EditorPane(new Session(), ref -> { })).get();
        assertTrue(!fresh.isEditorBuilt());
        assertEquals(EditorPane.EMPTY_HINT, fresh.pendingText());
        assertEquals(EditorPane.EMPTY_HINT, org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fresh.editor().text()).get()); // built on first use, with the tab's text
        assertTrue(fresh.isEditorBuilt());
    }

    @Test
    void openRecentListsTheOpenedDirsAndReopensOne(FxRobot robot) throws Exception {
        Path first = SampleStore.copyToTemp();
        Path second = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, first);
        FxTestSupport.open(robot, window, second);
        robot.clickOn("#menuFile");
        robot.clickOn("#menuOpenRecent");
        robot.clickOn(first.toAbsolutePath().normalize().toString());
        FxTestSupport.waitUntil(() -> window.session().dir().map(first.toAbsolutePath().normalize()::equals).orElse(false));
        assertEquals(first.toAbsolutePath().normalize().toString(), robot.lookup("#statusDir").queryAs(Label.class).getText());
    }

    @Test
    void aFileThatCannotBeReadIsMarkedAndExplained(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        java.nio.file.Files.writeString(dir.resolve("graph_store.json"), "{\"graph_dict\": {\"a\": [[\"b\", ");
        FxTestSupport.open(robot, window, dir);
        var files = window.storePane().tree().getRoot().getChildren();
        var graph = files.stream().filter(i -> i.getValue() instanceof dev.storescope.inspect.tree.StoreNode n && n.id().equals("graph_store.json"))
                .findFirst().orElseThrow();
        var node = (dev.storescope.inspect.tree.StoreNode) graph.getValue();
        assertTrue(node.problem(), node.toString());
        robot.interact(() -> window.storePane().tree().getSelectionModel().select(graph));
        FxTestSupport.waitUntil(() -> window.editorPane().editor().text().contains("invalid JSON at byte 28"));
        assertTrue(window.editorPane().editor().text().contains("Could not be loaded"), window.editorPane().editor().text());
        assertTrue(!window.editorPane().editor().area().isEditable());
        assertTrue(!window.editorPane().editor().area().isEditable());
    }
}
