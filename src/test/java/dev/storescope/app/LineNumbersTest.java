package dev.storescope.app;

import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's light line numbers: padded to the last line's digits, one per visible line, none for plain text. */
@ExtendWith(ApplicationExtension.class)
class LineNumbersTest {
    private JsonEditor editor;

    @Start
    void start(Stage stage) {
        editor = new JsonEditor();
        stage.setScene(new javafx.scene.Scene(editor, 500, 400));
        stage.show();
    }

    @Test
    void numbersArePaddedToTheDigitsOfTheLastLine() {
        assertEquals("1", LineNumbers.label(0, 1));
        assertEquals("  7", LineNumbers.label(6, 3));
        assertEquals("1234", LineNumbers.label(1233, 2));
        assertEquals(1, LineNumbers.digitsOf(0));
        assertEquals(3, LineNumbers.digitsOf(100));
    }

    @Test
    void jsonShowsANumberPerVisibleLineAndTheyWidenWithTheText(FxRobot robot) {
        robot.interact(() -> editor.setContent("{\n  \"a\": 1,\n  \"b\": 2\n}", true, true));
        List<String> shown = numbers(robot);
        assertEquals(List.of("1", "2", "3", "4"), shown);
        StringBuilder big = new StringBuilder("[\n");
        for (int i = 0; i < 120; i++) big.append("  ").append(i).append(",\n");
        big.append("  0\n]");
        robot.interact(() -> editor.setContent(big.toString(), true, true));
        List<String> wide = numbers(robot);
        assertTrue(wide.size() > 5 && wide.get(0).equals("  1") && wide.get(1).equals("  2"), wide.toString());
        robot.interact(() -> editor.setContent("plain text, not JSON", false, false));
        assertEquals(List.of(), numbers(robot));
    }

    private List<String> numbers(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            editor.applyCss();
            editor.layout();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.from(editor).lookup(".lineno-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getScene() != null && t.isVisible())
                .sorted(java.util.Comparator.comparingDouble(t -> t.localToScene(0, 0).getY()))
                .map(Text::getText).collect(Collectors.toList());
    }
}
