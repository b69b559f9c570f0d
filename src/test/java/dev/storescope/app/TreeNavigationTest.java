package dev.storescope.app;

import dev.storescope.inspect.tree.NodeKind;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.storage.kvstore.SimpleKVStore;
import javafx.scene.control.TreeItem;
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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a dir and walking every branch kind of the tree, with the mouse and the keyboard; paging of big branches. */
@ExtendWith(ApplicationExtension.class)
class TreeNavigationTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    private StoreTreeView tree() {
        return window.storePane().tree();
    }

    /** Expands {@code parent} and returns its child whose label starts with {@code prefix}. */
    static TreeItem<Object> child(FxRobot robot, TreeItem<Object> parent, String prefix) {
        FxTestSupport.expand(robot, parent);
        for (TreeItem<Object> c : parent.getChildren()) {
            if (c.getValue() instanceof StoreNode n && n.label().startsWith(prefix)) return c;
        }
        throw new AssertionError("no child " + prefix + " under " + parent.getValue() + ": " + labels(parent));
    }

    static List<String> labels(TreeItem<Object> parent) {
        List<String> out = new ArrayList<>();
        for (TreeItem<Object> c : parent.getChildren()) out.add(c.getValue() instanceof StoreNode n ? n.label() : String.valueOf(c.getValue()));
        return out;
    }

    private static NodeKind kind(TreeItem<Object> item) {
        return ((StoreNode) item.getValue()).kind();
    }

    @Test
    void everyBranchKindOfTheSampleStoreOpensLazily(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        TreeItem<Object> root = tree().getRoot();
        assertTrue(root.isExpanded());
        assertEquals(6, root.getChildren().size(), labels(root).toString());

        TreeItem<Object> docstore = child(robot, root, "docstore.json");
        StoreTreeItem docItem = (StoreTreeItem) docstore;
        TreeItem<Object> refDocs = child(robot, docstore, "Ref docs");
        assertEquals("Ref docs (3)", ((StoreNode) refDocs.getValue()).label());
        StoreTreeItem refDoc = (StoreTreeItem) child(robot, refDocs, "veloria-tides.md");
        assertFalse(((StoreTreeItem) child(robot, refDocs, "marrow-glass.md")).isLoaded(), "children only on expand");
        TreeItem<Object> node = child(robot, refDoc, "Veloria's seven lighthouses");
        assertEquals(NodeKind.DOC_NODE, kind(node));
        assertTrue(docItem.isLoaded());
        TreeItem<Object> raw = child(robot, docstore, "Raw collections");
        assertEquals(NodeKind.KV_ENTRY, kind(child(robot, child(robot, raw, "docstore/metadata"), "doc-veloria-tides")));

        TreeItem<Object> index = child(robot, root, "index_store.json");
        FxTestSupport.expand(robot, index);
        TreeItem<Object> struct = index.getChildren().get(0);
        assertEquals(NodeKind.INDEX_STRUCT, kind(struct));
        TreeItem<Object> s = struct;
        FxTestSupport.expand(robot, s);
        assertTrue(s.getChildren().stream().allMatch(c -> c.getValue() instanceof StoreNode n
                && (n.kind() == NodeKind.DOC_NODE || n.kind() == NodeKind.MISSING || n.kind() == NodeKind.GROUP)), labels(s).toString());

        TreeItem<Object> vectors = child(robot, root, "default__vector_store.json");
        assertEquals(NodeKind.VECTOR, kind(child(robot, vectors, "doc-veloria-tides-node-1")));
        assertTrue(((StoreNode) child(robot, vectors, "doc-veloria-tides-node-1").getValue()).detail().contains("dim 8"));

        TreeItem<Object> graph = child(robot, root, "graph_store.json");
        TreeItem<Object> subject = child(robot, graph, "Keeper Ansel");
        assertEquals(NodeKind.TRIPLET, kind(child(robot, subject, "Keeper Ansel —keeps")));

        TreeItem<Object> chat = child(robot, root, "chat_store.json");
        TreeItem<Object> session = child(robot, chat, "visitor-1");
        assertEquals(NodeKind.CHAT_MESSAGE, kind(child(robot, session, "user: Why do")));
        assertEquals(4, session.getChildren().size());
        assertEquals(6, root.getChildren().size());
    }

    /** An index id that resolves to no node: a red "missing" row whose tooltip (made on hover) says why. */
    @Test
    void aMissingNodeIsMarkedAndExplainedOnHover(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        Path index = dir.resolve("index_store.json");
        String s = Files.readString(index);
        Files.writeString(index, s.replaceFirst(java.util.regex.Pattern.quote("\\\"nodes_dict\\\": {"),
                java.util.regex.Matcher.quoteReplacement("\\\"nodes_dict\\\": {\\\"ghost-node\\\": \\\"ghost-node\\\", ")));
        FxTestSupport.open(robot, window, dir);
        TreeItem<Object> struct = child(robot, child(robot, tree().getRoot(), "index_store.json"), "veloria-vector");
        TreeItem<Object> ghost = null;
        FxTestSupport.expand(robot, struct);
        for (TreeItem<Object> c : struct.getChildren()) if (((StoreNode) c.getValue()).label().contains("ghost-node")) ghost = c;
        assertTrue(ghost != null, labels(struct).toString());
        assertEquals(NodeKind.MISSING, kind(ghost));
        Object ghostValue = ghost.getValue();
        FxTestSupport.waitUntil(() -> {
            StoreTreeCell c = FxTestSupport.cellOf(robot, tree(), ghostValue);
            return c.getStyleClass().contains("missing") && c.labelText().contains("ghost-node") && c.tipText() != null && !c.tipText().isBlank();
        });
        StoreTreeCell cell = FxTestSupport.cellOf(robot, tree(), ghostValue);
        robot.moveTo(cell);
        FxTestSupport.waitUntil(() -> {
            StoreTreeCell c = FxTestSupport.cellOf(robot, tree(), ghostValue);
            if (c != cell) robot.moveTo(c);
            return c.getTooltip() != null && c.getTooltip().getText().equals(c.tipText());
        });
        TreeItem<Object> present = struct.getChildren().get(struct.getChildren().indexOf(ghost) == 0 ? 1 : 0);
        FxTestSupport.waitUntil(() -> {
            StoreTreeCell ok = FxTestSupport.cellOf(robot, tree(), present.getValue());
            return !ok.getStyleClass().contains("missing") && !ok.getStyleClass().contains("problem") && ok.labelText().equals(((StoreNode) present.getValue()).label());
        });
    }

    @Test
    void keyboardMovesExpandsAndSelects(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        robot.interact(() -> {
            tree().requestFocus();
            tree().getSelectionModel().select(0);
        });
        robot.type(KeyCode.DOWN);
        StoreNode first = tree().selectedNode().orElseThrow();
        assertEquals(NodeKind.FILE, first.kind(), first.label());
        robot.type(KeyCode.RIGHT);
        assertTrue(tree().getSelectionModel().getSelectedItem().isExpanded());
        FxTestSupport.expand(robot, tree().getSelectionModel().getSelectedItem());
        robot.type(KeyCode.DOWN);
        StoreNode inside = tree().selectedNode().orElseThrow();
        assertEquals(first, inside.parent());
        robot.type(KeyCode.LEFT);
        assertEquals(first, tree().selectedNode().orElseThrow());
    }

    @Test
    void aBigBranchIsPagedAThousandAtATime(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        SimpleKVStore kv = SimpleKVStore.fromPersistPath(dir.resolve("docstore.json"));
        for (int i = 0; i < 6_500; i++) kv.put(String.format("extra-%05d", i), JsonObject.of(Map.of("doc_hash", JsonString.of("h" + i))), "docstore/metadata");
        Files.delete(dir.resolve("docstore.json"));
        kv.persist(dir.resolve("docstore.json"));
        FxTestSupport.open(robot, window, dir);
        TreeItem<Object> meta = child(robot, child(robot, child(robot, tree().getRoot(), "docstore.json"), "Raw collections"), "docstore/metadata");
        assertEquals("docstore/metadata (6,512)", ((StoreNode) meta.getValue()).label());
        FxTestSupport.expand(robot, meta);
        assertEquals(1_001, meta.getChildren().size());
        TreeItem<Object> more = meta.getChildren().get(1_000);
        MorePage page = assertInstanceOf(MorePage.class, more.getValue());
        assertEquals("show next 1,000 (1,000 of 6,512 shown)", page.label());
        robot.interact(() -> {
            tree().getSelectionModel().select(more);
            tree().scrollTo(tree().getRow(more));
        });
        robot.interact(() -> tree().requestFocus());
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> meta.getChildren().size() == 2_001);
        assertInstanceOf(StoreNode.class, tree().getSelectionModel().getSelectedItem().getValue(), "the first item of the new page is selected");
    }
}
