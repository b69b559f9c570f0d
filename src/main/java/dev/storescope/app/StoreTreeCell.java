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
    private final java.util.function.Function<StoreNode, String> checkerProblem;

    StoreTreeCell(Predicate<StoreNode> isUnsaved, java.util.function.Function<StoreNode, String> checkerProblem) {
        this.isUnsaved = isUnsaved;
        this.checkerProblem = checkerProblem;
        glyph.getStyleClass().add("glyph");
        text.getStyleClass().add("label-text");
        detail.getStyleClass().add("detail");
        unsaved.getStyleClass().add("unsaved-mark");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        unsaved.managedProperty().bind(unsaved.visibleProperty());
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        marks.clear();
        try {
            fill(item, empty);
        } finally {
            for (String m : MARKS) {
                boolean want = marks.contains(m);
                if (want != getStyleClass().contains(m)) {
                    if (want) getStyleClass().add(m);
                    else getStyleClass().remove(m);
                }
            }
        }
    }

    private final java.util.Set<String> marks = new java.util.HashSet<>();

    private void fill(Object item, boolean empty) {
        String tipText = null;
        try {
            tipText = fillCell(item, empty);
        } finally {
            if (tipText == null) {
                if (getTooltip() != null) setTooltip(null);
            } else {
                tip.setText(tipText);
                if (getTooltip() != tip) setTooltip(tip);
            }
        }
    }

    private final Tooltip tip = new Tooltip();

    /** Fills the cell; returns the tooltip text (null for none). */
    private String fillCell(Object item, boolean empty) {
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return null;
        }
        if (item instanceof String loading) {
            glyph.setText("");
            text.setText(loading);
            detail.setText("");
            unsaved.setVisible(false);
            marks.add("more");
            setGraphic(box);
            return null;
        }
        if (item instanceof MorePage m) {
            marks.add("more");
            glyph.setText("⋯");
            text.setText(m.label());
            detail.setText("");
            unsaved.setVisible(false);
            setGraphic(box);
            return null;
        }
        StoreNode n = (StoreNode) item;
        glyph.setText(Glyphs.of(n.kind()));
        text.setText(n.label());
        detail.setText(n.detail());
        boolean dirty = isUnsaved.test(n);
        unsaved.setVisible(dirty);
        if (dirty) marks.add("unsaved");
        setGraphic(box);
        if (n.problem()) {
            marks.add(n.kind() == dev.storescope.inspect.tree.NodeKind.MISSING ? "missing" : "problem");
            return n.problemMessage().orElse("");
        }
        String found = checkerProblem.apply(n);
        if (found != null) {
            marks.add("problem");
            return found;
        }
        return n.detail().isEmpty() ? null : n.label() + "\n" + n.detail();
    }
}
