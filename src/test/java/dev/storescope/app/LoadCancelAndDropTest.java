package dev.storescope.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import dev.storescope.storage.StorageContext;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancel while a dir loads, and a folder dropped on the window. */
@ExtendWith(ApplicationExtension.class)
class LoadCancelAndDropTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    @Test
    void cancelWhileLoadingKeepsTheOpenDirAndDropsTheLateResult(FxRobot robot) throws Exception {
        Path first = SampleStore.copyToTemp();
        FxTestSupport.open(robot, window, first);
        String title = stage.getTitle();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        window.useLoader((dir, loaded, partial) -> { // a big dir: the load takes until the test lets it go, or Cancel stops it
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
                return StorageContext.fromPersistDir(dir, loaded);
            } catch (InterruptedException e) {
                stopped.set(true);
                Thread.currentThread().interrupt();
                return null;
            } finally {
                ended.countDown();
            }
        });
        Path second = SampleStore.copyToTemp();
        robot.interact(() -> window.open(second));
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        assertTrue(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.overlay().isVisible()).get(), "the overlay takes the mouse from the start of a load");
        FxTestSupport.waitUntil(() -> window.overlay().isDrawn()); // and is drawn once the load has taken a moment
        assertTrue(shown(robot.lookup("#loadCancel").query()));
        assertTrue(shown(robot.lookup("#loadProgress").query()), "progress is shown while loading");
        robot.clickOn("#loadCancel");
        FxTestSupport.waitUntil(() -> !shown(robot.lookup("#loadCancel").query()));
        assertEquals(first, window.session().dir().orElseThrow(), "the open dir stays");
        assertEquals(title, stage.getTitle());
        assertTrue(ended.await(10, TimeUnit.SECONDS), "Cancel stops the loading thread");
        assertTrue(stopped.get(), "by interrupting it");
        release.countDown();
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, window.session().dir().orElseThrow(), "nothing of the cancelled load arrives later");

        window.useLoader(DirLoader.STORAGE);
        FxTestSupport.open(robot, window, second); // and the same dir opens normally afterwards
    }

    @Test
    void aQuickLoadNeverDrawsTheOverlay(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        AtomicBoolean drawn = new AtomicBoolean();
        robot.interact(() -> window.overlay().opacityProperty().addListener((o, was, now) -> drawn.compareAndSet(false, window.overlay().isDrawn())));
        window.useLoader(DirLoader.STORAGE);
        FxTestSupport.open(robot, window, dir);
        Thread.sleep((long) LoadingOverlay.SHOW_AFTER.toMillis() + 200);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(drawn.get(), "the sample opens without a flash of the loading card");
        assertFalse(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.overlay().isVisible()).get(), "and the overlay is gone");
    }

    @Test
    void aFolderDroppedOnTheWindowOpensAndAFileDoesNot(FxRobot robot) throws Exception {
        Path dir = SampleStore.copyToTemp();
        Node target = stage.getScene().getRoot();
        robot.interact(() -> Event.fireEvent(target, drop(DragEvent.DRAG_DROPPED, dragboard(dir.resolve("docstore.json").toFile()), target)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.session().dir().map(dir::equals).orElse(false), "a dropped file is not a persist dir");

        robot.interact(() -> {
            Dragboard folder = dragboard(dir.toFile());
            Event.fireEvent(target, drop(DragEvent.DRAG_OVER, folder, target));
            Event.fireEvent(target, drop(DragEvent.DRAG_DROPPED, folder, target));
        });
        FxTestSupport.waitUntil(() -> window.session().dir().map(dir::equals).orElse(false) && window.session().context().isPresent());
        assertEquals(dir.getFileName() + " — StoreScope", stage.getTitle());
    }

    /** True when the node and every parent are visible (the overlay hides its card by hiding itself). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static DragEvent drop(javafx.event.EventType<DragEvent> type, Dragboard db, Node target) {
        return new DragEvent(target, target, type, db, 100, 100, 100, 100, TransferMode.COPY, null, target, null);
    }

    /** A dragboard holding files, as the desktop hands one over (JavaFX has no public constructor for it). */
    private static Dragboard dragboard(File... files) {
        Map<DataFormat, Object> content = Map.of(DataFormat.FILES, List.of(files));
        return DragboardHelper.createDragboard(new TKClipboard() {
            public void setSecurityContext(AccessControlContext ctx) {
            }

            public Set<DataFormat> getContentTypes() {
                return content.keySet();
            }

            @SafeVarargs
            public final boolean putContent(Pair<DataFormat, Object>... c) {
                return false;
            }

            public Object getContent(DataFormat f) {
                return content.get(f);
            }

            public boolean hasContent(DataFormat f) {
                return content.containsKey(f);
            }

            public Set<TransferMode> getTransferModes() {
                return Set.of(TransferMode.COPY, TransferMode.LINK);
            }

            public void setDragView(Image image) {
            }

            public void setDragViewOffsetX(double x) {
            }

            public void setDragViewOffsetY(double y) {
            }

            public Image getDragView() {
                return null;
            }

            public double getDragViewOffsetX() {
                return 0;
            }

            public double getDragViewOffsetY() {
                return 0;
            }
        });
    }
}
