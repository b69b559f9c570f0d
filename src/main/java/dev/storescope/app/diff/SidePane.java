package dev.storescope.app.diff;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.Collections;
import java.util.List;

/** One side of a change: a title and the item's JSON, read-only, with changed lines and characters highlighted. */
public final class SidePane extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final Label title = new Label();
    private final String side;

    SidePane(String id, String side) {
        this.side = side;
        setId(id);
        area.setId(id + "Text");
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("diff-pane");
        title.getStyleClass().add("diff-side-title");
        title.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    /**
     * Shows {@code text} (null: the item is absent on this side) with {@code lines} (0-based)
     * and {@code chars} ([start, end) offsets) marked as changed.
     */
    void show(String heading, String text, List<Integer> lines, List<int[]> chars) {
        title.setText(heading);
        area.clear();
        if (text == null) {
            area.replaceText("(not on this side)");
            area.setStyle(0, area.getLength(), List.of("diff-absent"));
            return;
        }
        area.replaceText(text);
        for (int l : lines) if (l < area.getParagraphs().size()) area.setParagraphStyle(l, List.of("diff-line-" + side));
        for (int[] c : chars) area.setStyle(Math.min(c[0], area.getLength()), Math.min(c[1], area.getLength()), List.of("diff-char-" + side));
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Scrolls so that line {@code l} is in view. */
    void reveal(int line) {
        if (line < area.getParagraphs().size()) area.showParagraphAtTop(Math.max(0, line - 2));
    }

    public String text() {
        return area.getText();
    }

    /** The style classes at a character (for tests). */
    public List<String> stylesAt(int offset) {
        return offset < area.getLength() ? List.copyOf(area.getStyleOfChar(offset)) : Collections.emptyList();
    }

    /** The style classes of a line (for tests). */
    public List<String> lineStyles(int line) {
        return List.copyOf(area.getParagraph(line).getParagraphStyle());
    }
}
