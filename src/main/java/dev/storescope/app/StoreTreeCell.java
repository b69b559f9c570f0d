package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.Predicate;

/**
 * A tree cell: kind glyph, label (with count), muted detail; problem and missing items in red with
 * the reason as tooltip; unsaved items marked with a dot.
 */
final class StoreTreeCell extends TreeCell<Object> {
    private static final List<String> MARKS = List.of("problem", "missing", "more", "unsaved");
    private final Label glyph = new Label();
    private final Label text = new Label();
    private final Label detail = new Label();
    private final Label unsaved = new Label("●");
    private final HBox box = new HBox(6, glyph, text, detail, unsaved);
    private final Predicate<StoreNode> isUnsaved;

    StoreTreeCell(Predicate<StoreNode> isUnsaved) {
        this.isUnsaved = isUnsaved;
        glyph.getStyleClass().add("glyph");
        text.getStyleClass().add("label-text");
        detail.getStyleClass().add("detail");
        unsaved.getStyleClass().add("unsaved-mark");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(MARKS);
        setTooltip(null);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof MorePage m) {
            getStyleClass().add("more");
            glyph.setText("⋯");
            text.setText(m.label());
            detail.setText("");
            unsaved.setVisible(false);
            setGraphic(box);
            return;
        }
        StoreNode n = (StoreNode) item;
        glyph.setText(Glyphs.of(n.kind()));
        text.setText(n.label());
        detail.setText(n.detail());
        boolean dirty = isUnsaved.test(n);
        unsaved.setVisible(dirty);
        if (dirty) getStyleClass().add("unsaved");
        if (n.problem()) {
            getStyleClass().add(n.kind() == dev.storescope.inspect.tree.NodeKind.MISSING ? "missing" : "problem");
            setTooltip(new Tooltip(n.problemMessage().orElse("")));
        } else if (!n.detail().isEmpty()) {
            setTooltip(new Tooltip(n.label() + "\n" + n.detail()));
        }
        setGraphic(box);
    }
}
