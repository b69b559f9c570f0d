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
}
