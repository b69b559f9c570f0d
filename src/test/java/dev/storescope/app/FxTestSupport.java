package dev.storescope.app;

import javafx.scene.Node;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/** Shared steps of the inspector's TestFX tests. */
final class FxTestSupport {
    private FxTestSupport() {
    }

    /** Recent dirs kept in a throw-away preferences node (never the user's). */
    static RecentDirs scratchRecent() {
        return new RecentDirs(Preferences.userRoot().node("storescope-test/" + UUID.randomUUID()));
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code dir} in the window and waits until it is loaded. */
    static void open(FxRobot robot, MainWindow window, Path dir) {
        robot.interact(() -> window.open(dir));
        waitUntil(() -> window.session().dir().map(dir::equals).orElse(false) && window.session().context().isPresent()
                && window.storePane().tree().getRoot() instanceof StoreTreeItem r && r.isLoaded() && !r.isLoading());
    }

    /** Waits until the tree shows the current state of the stores (rebuilds after edits run in the background). */
    static void waitForTree(MainWindow window) {
        waitUntil(() -> window.storePane().tree().isSettled());
    }

    /** Expands {@code item} and waits until its first page of children is there. */
    static void expand(FxRobot robot, javafx.scene.control.TreeItem<Object> item) {
        robot.interact(() -> item.setExpanded(true));
        if (item instanceof StoreTreeItem s) waitUntil(() -> s.isLoaded() && !s.isLoading());
    }

    /** The dialog pane with this id in any open window. */
    static Optional<Node> dialog(FxRobot robot, String id) {
        for (Window w : robot.listWindows()) {
            if (w.getScene() == null) continue;
            Node n = w.getScene().lookup("#" + id);
            if (n != null && w.isShowing()) return Optional.of(n);
        }
        return Optional.empty();
    }

    static Node waitForDialog(FxRobot robot, String id) {
        waitUntil(() -> dialog(robot, id).isPresent());
        return dialog(robot, id).orElseThrow();
    }

    /** Clicks the button with this text in a dialog pane. */
    static void clickButton(FxRobot robot, Node dialog, String text) {
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog;
        for (javafx.scene.control.ButtonType t : pane.getButtonTypes()) {
            if (t.getText().equals(text)) {
                robot.clickOn(pane.lookupButton(t));
                return;
            }
        }
        throw new AssertionError("no button " + text + " in " + pane.getButtonTypes());
    }

    /** The tree cell showing {@code value} (scrolled into view first), looked up on the FX thread until one shows it. */
    static StoreTreeCell cellOf(FxRobot robot, StoreTreeView tree, Object value) {
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (tree.getTreeItem(row).getValue().equals(value)) tree.scrollTo(row);
            }
        });
        StoreTreeCell[] found = new StoreTreeCell[1];
        waitUntil(() -> {
            found[0] = WaitForAsyncUtils.asyncFx(() -> tree.lookupAll(".tree-cell").stream()
                    .filter(c -> c instanceof StoreTreeCell s && value.equals(s.getItem())).map(c -> (StoreTreeCell) c)
                    .findFirst().orElse(null)).get();
            return found[0] != null;
        });
        return found[0];
    }
}
