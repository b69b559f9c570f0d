package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the main window to target/screenshots/: the sample store (light and dark) and a real corpus dir. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = App.show(stage, FxTestSupport.scratchRecent());
    }

    private void showNode(FxRobot robot, ValueRef ref) {
        robot.interact(() -> window.storePane().tree().select(ref));
        FxTestSupport.waitUntil(() -> window.editorPane().shown().map(v -> v.ref().equals(ref)).orElse(false));
    }

    private static void assertPicture(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(800, img.getHeight());
        assertTrue(img.getRGB(100, 200) != img.getRGB(900, 300) || img.getRGB(640, 780) != img.getRGB(640, 100), "not a blank picture");
    }

    @Test
    void sampleStoreLightAndDark(FxRobot robot) throws Exception {
        FxTestSupport.open(robot, window, SampleStore.copyToTemp());
        showNode(robot, new ValueRef.DocNode("doc-veloria-tides-node-2"));
        robot.interact(() -> window.storePane().tree().select(new ValueRef.Vector("default", "doc-veloria-tides-node-1")));
        robot.interact(() -> window.storePane().tree().select(new ValueRef.ChatSession("visitor-1")));
        showNode(robot, new ValueRef.DocNode("doc-veloria-tides-node-2"));
        assertPicture(Screenshots.save(robot, stage.getScene(), "main-window"));
        robot.interact(() -> Theme.apply(true));
        assertPicture(Screenshots.save(robot, stage.getScene(), "main-window-dark"));
        robot.interact(() -> Theme.apply(false));
    }

    @Test
    void realCorpusDir(FxRobot robot) throws Exception {
        String corpus = System.getProperty("storescope.corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "real")), "no corpus (storescope.corpus)");
        Path src = Path.of(corpus, "real", "06-greenl8__JGPT__root");
        Path dir = Files.createTempDirectory("storescope-corpus-");
        TempDirs.deleteOnExit(dir);
        try (var s = Files.list(src)) {
            for (Path f : s.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        FxTestSupport.open(robot, window, dir);
        var ctx = window.session().context().orElseThrow();
        String first = ctx.docstore().orElseThrow().kvstore().keys("docstore/data").get(0);
        showNode(robot, new ValueRef.DocNode(first));
        assertPicture(Screenshots.save(robot, stage.getScene(), "main-window-corpus"));
    }
}
