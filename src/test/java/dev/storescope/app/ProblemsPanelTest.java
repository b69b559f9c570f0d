package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.check.CheckId;
import dev.storescope.inspect.check.Finding;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Problems panel: findings after open, row → tree item, filter, Fix with preview, undo and redo. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {
    static final String REF_DOC = "doc-marrow-glass";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    /** The sample store with a zombie node id in one ref doc's node_ids. */
    private static Path sampleWithDanglingId() throws Exception {
        Path dir = SampleStore.copyToTemp();
        StorageContext c = StorageContext.fromPersistDir(dir);
        SimpleDocumentStore d = c.docstore().orElseThrow();
        List<String> ids = new ArrayList<>(d.getRefDocInfo(REF_DOC).nodeIds());
        ids.add("ghost-node");
        d.kvstore().put(REF_DOC, d.getRefDocInfo(REF_DOC).withNodeIds(ids).toJson(), "docstore/ref_doc_info");
        c.persist();
        return dir;
    }

    private boolean shows(CheckId id) {
        return window.problems().shown().stream().anyMatch(f -> f.check() == id);
    }

    private void waitForCheck() {
        FxTestSupport.waitUntil(() -> !window.problems().isChecking() && window.problems().checkedRevision() == window.session().revision());
    }

    @Test
    void findsSelectsFiltersFixesAndUndoes(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, sampleWithDanglingId());
        waitForCheck();
        FxTestSupport.waitUntil(() -> shows(CheckId.DOC_DANGLING_REF_NODE));
        assertTrue(shows(CheckId.INDEX_SEVERAL_STRUCTS), "the sample's two indexes are an info finding");

        @SuppressWarnings("unchecked")
        TableView<Finding> table = (TableView<Finding>) robot.lookup("#problemsTable").query();
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) if (table.getItems().get(i).check() == CheckId.DOC_DANGLING_REF_NODE) row = i;
        int r = row;
        robot.interact(() -> table.getSelectionModel().select(r));
        FxTestSupport.waitUntil(() -> window.storePane().tree().selectedNode().flatMap(n -> n.ref()).map(new ValueRef.RefDoc(REF_DOC)::equals).orElse(false));
        assertNotNull(window.session().problemAt(window.storePane().tree().selectedNode().orElseThrow()), "the tree item is marked");

        TextField filter = robot.lookup("#problemsFilter").query();
        robot.interact(() -> filter.setText("several"));
        assertEquals(1, window.problems().shown().size());
        assertEquals(CheckId.INDEX_SEVERAL_STRUCTS, window.problems().shown().get(0).check());
        robot.interact(() -> filter.setText(""));
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) if (table.getItems().get(i).check() == CheckId.DOC_DANGLING_REF_NODE) table.getSelectionModel().select(i);
        });

        robot.clickOn((Button) robot.lookup("#problemsFix").query());
        Node dialog = FxTestSupport.waitForDialog(robot, "repairDialog");
        String preview = ((TextArea) dialog.lookup("#repairPreview")).getText();
        assertTrue(preview.contains("drop-dangling-ids") && preview.contains("\"ghost-node\""), preview);
        DialogPane pane = (DialogPane) dialog;
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().stream().filter(t -> t.getText().equals("Apply")).findFirst().orElseThrow()));
        waitForCheck();
        FxTestSupport.waitUntil(() -> !shows(CheckId.DOC_DANGLING_REF_NODE) && !window.problems().isChecking());
        assertTrue(window.session().isDirty(), "repaired in memory, not yet saved");
        assertTrue(window.session().context().orElseThrow().docstore().orElseThrow().getRefDocInfo(REF_DOC).nodeIds().stream().noneMatch("ghost-node"::equals));

        robot.interact(() -> window.session().undo());
        waitForCheck();
        FxTestSupport.waitUntil(() -> shows(CheckId.DOC_DANGLING_REF_NODE));
        robot.interact(() -> window.session().redo());
        waitForCheck();
        FxTestSupport.waitUntil(() -> !shows(CheckId.DOC_DANGLING_REF_NODE));
    }

    @Test
    void aTruncatedFileIsSalvagedFromTheProblemsPanel(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        Path docs = dir.resolve("docstore.json");
        byte[] all = java.nio.file.Files.readAllBytes(docs);
        java.nio.file.Files.write(docs, java.util.Arrays.copyOf(all, all.length * 3 / 4));
        FxTestSupport.open(robot, window, dir);
        waitForCheck();
        FxTestSupport.waitUntil(() -> shows(CheckId.FILE_TRUNCATED));
        @SuppressWarnings("unchecked")
        TableView<Finding> table = (TableView<Finding>) robot.lookup("#problemsTable").query();
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) if (table.getItems().get(i).check() == CheckId.FILE_TRUNCATED) table.getSelectionModel().select(i);
        });
        robot.clickOn((Button) robot.lookup("#problemsFix").query());
        Node dialog = FxTestSupport.waitForDialog(robot, "salvageDialog");
        String text = ((TextArea) dialog.lookup("#salvagePreview")).getText();
        assertTrue(text.contains("damage at byte " + all.length * 3 / 4) && text.contains("recovered"), text);
        DialogPane pane = (DialogPane) dialog;
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().stream().filter(t -> t.getText().equals("Write recovered file")).findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> window.session().context().map(c -> c.problems().isEmpty()).orElse(false));
        waitForCheck();
        FxTestSupport.waitUntil(() -> !shows(CheckId.FILE_TRUNCATED) && !window.problems().isChecking());
        assertTrue(java.nio.file.Files.isDirectory(dir.resolve(".storescope").resolve("backups")), "the damaged original is kept");
    }
}
