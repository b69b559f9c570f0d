package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.tree.SearchHit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+F search (text, id, metadata.key=value) with selectable results, and the node tab with its links. */
@ExtendWith(ApplicationExtension.class)
class SearchAndNodeTabTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    /** Ctrl+F, then the query: typed key by key when {@code type}, else pasted at once. */
    private List<SearchHit> search(FxRobot robot, String text, boolean type) {
        robot.interact(() -> window.storePane().searchField().clear());
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(window.storePane().searchField().isFocused());
        if (type) robot.write(text);
        else robot.interact(() -> window.storePane().searchField().setText(text));
        SearchResults results = window.storePane().results();
        FxTestSupport.waitUntil(() -> results.isDone() && window.storePane().lookup("#searchStatus") instanceof Label l && l.getText().contains("hit"));
        return List.copyOf(results.getItems());
    }

    @Test
    void searchFindsByTextIdAndMetadataAndSelectsInTheTree(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        List<SearchHit> hits = search(robot, "green ink", true);
        assertTrue(hits.stream().anyMatch(h -> h.ref().equals(new ValueRef.DocNode("doc-keepers-logbook-node-1"))), hits.toString());

        hits = search(robot, "metadata.title=The Tide Engines of Veloria", false);
        assertTrue(hits.stream().filter(h -> h.ref() instanceof ValueRef.DocNode).count() >= 3, hits.toString());

        hits = search(robot, "doc-marrow-glass-node-2", false);
        assertTrue(hits.stream().anyMatch(h -> h.ref().equals(new ValueRef.DocNode("doc-marrow-glass-node-2"))), hits.toString());
        // Down from the search box into the results; the selected hit is selected in the tree and shown
        robot.type(KeyCode.DOWN);
        SearchHit first = window.storePane().results().getSelectionModel().getSelectedItem();
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(first.ref())).orElse(false));
        assertEquals(first.ref(), window.storePane().tree().selectedNode().flatMap(n -> n.ref()).orElseThrow());

        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.storePane().searchField().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertTrue(window.storePane().searchField().getText().isEmpty());
        assertTrue(!window.storePane().results().isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNodeTabShowsTextMetadataLinksEmbeddingAndHash(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        ValueRef node = new ValueRef.DocNode("doc-veloria-tides-node-2");
        robot.interact(() -> window.storePane().tree().select(node));
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(node)).orElse(false));
        robot.interact(() -> window.editorPane().tabs().getSelectionModel().select(1));
        TextArea text = robot.lookup("#nodeText").queryAs(TextArea.class);
        assertTrue(text.getText().contains("Each drum winds a spring"), text.getText());
        assertTrue(text.isWrapText());
        TableView<?> meta = robot.lookup("#nodeMetadata").queryAs(TableView.class);
        assertTrue(meta.getItems().toString().contains("title=The Tide Engines of Veloria"), meta.getItems().toString());
        String emb = robot.lookup("#nodeEmbedding").queryAs(Label.class).getText();
        assertTrue(emb.contains("dimension 8"), emb);
        String hash = robot.lookup("#nodeHash").queryAs(Label.class).getText();
        assertTrue(hash.contains("doc_hash"), hash);
        // the PREVIOUS link selects node 1
        Hyperlink prev = robot.lookup(".relationship-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("doc-veloria-tides-node-1")).findFirst().orElseThrow();
        robot.interact(prev::fire);
        ValueRef target = new ValueRef.DocNode("doc-veloria-tides-node-1");
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(target)).orElse(false));
        assertEquals(target, window.storePane().tree().selectedNode().flatMap(n -> n.ref()).orElseThrow());
    }
}
