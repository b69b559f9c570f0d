package dev.storescope.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.function.IntFunction;

/**
 * The editor's line numbers: a text in a styled pane per paragraph (style classes {@code lineno}
 * and {@code lineno-text}), padded to the digits of the last line number. RichTextFX's
 * {@code LineNumberFactory} makes a {@code Label} per line, whose skin and CSS cost about as much
 * as the line's own text: every value shown in the editor paid that for each visible line.
 */
final class LineNumbers implements IntFunction<Node> {
    private final IntegerProperty digits = new SimpleIntegerProperty(1);

    LineNumbers(GenericStyledArea<?, ?, ?> area) {
        area.getParagraphs().addListener((javafx.beans.Observable o) -> digits.set(digitsOf(area.getParagraphs().size())));
        digits.set(digitsOf(area.getParagraphs().size()));
    }

    static int digitsOf(int lines) {
        return Integer.toString(Math.max(1, lines)).length();
    }

    /** The number of line {@code index + 1}, right-aligned in {@code width} characters. */
    static String label(int index, int width) {
        String n = Integer.toString(index + 1);
        return n.length() >= width ? n : " ".repeat(width - n.length()) + n;
    }

    @Override
    public Node apply(int index) {
        Text t = new Text();
        t.getStyleClass().add("lineno-text");
        t.textProperty().bind(Bindings.createStringBinding(() -> label(index, digits.get()), digits)); // a weak listener on digits
        StackPane p = new StackPane(t);
        p.getStyleClass().add("lineno");
        p.setAlignment(Pos.CENTER_RIGHT);
        return p;
    }
}
