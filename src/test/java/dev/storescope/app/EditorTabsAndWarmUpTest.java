package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor warms up after the first frame; the node tab stays, enabled for nodes only, and is filled when selected. */
@ExtendWith(ApplicationExtension.class)
class EditorTabsAndWarmUpTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    @Test
    void theWindowWarmsItsEditorUpAfterTheFirstFrame() {
        FxTestSupport.waitUntil(() -> window.editorPane().isWarm());
        assertTrue(window.editorPane().isEditorBuilt());
        assertTrue(EditorWarmUp.sample(3).contains("\"key_2\": \"value 2\""), EditorWarmUp.sample(3));
    }

    @Test
    void theNodeTabIsEnabledForNodesOnlyAndFilledWhenSelected(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        TabPane tabs = window.editorPane().tabs();
        Tab nodeTab = tabs.getTabs().get(1);
        assertEquals("nodeTab", nodeTab.getId());
        ValueRef node = new ValueRef.DocNode("doc-veloria-tides-node-2");
        robot.interact(() -> window.storePane().tree().select(node));
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(node)).orElse(false));
        assertFalse(nodeTab.isDisable());
        assertTrue(robot.lookup("#nodeText").tryQuery().isEmpty()
                || !robot.lookup("#nodeText").queryTextInputControl().getText().contains("Each drum winds a spring"), "not filled while hidden");
        robot.interact(() -> tabs.getSelectionModel().select(nodeTab));
        assertTrue(robot.lookup("#nodeText").queryTextInputControl().getText().contains("Each drum winds a spring"), "filled on selection");

        ValueRef other = new ValueRef.DocNode("doc-veloria-tides-node-1");
        robot.interact(() -> window.storePane().tree().select(other));
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(other)).orElse(false));
        assertTrue(robot.lookup("#nodeText").queryTextInputControl().getText().contains("lighthouses"), "the selected node tab follows the selection");

        robot.interact(() -> window.storePane().tree().getSelectionModel().select(0)); // the dir itself: no node
        FxTestSupport.waitUntil(nodeTab::isDisable);
        assertEquals(tabs.getTabs().get(0), tabs.getSelectionModel().getSelectedItem(), "back on the JSON tab");
    }
}
