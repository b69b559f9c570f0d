package dev.storescope.app;

import dev.storescope.inspect.tree.NodeKind;
import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A tree cell: kind glyph, label (with count), muted detail; problem and missing items in red with
 * the reason as tooltip; unsaved items marked with a dot.
 * <p>
 * Light on purpose: the parts are {@link Text} nodes (no skin, no CSS of their own beyond a fill and
 * the inherited font), and the tooltip is made only when the mouse enters the cell. A cell of
 * {@code Label}s with a {@code Tooltip} each cost the FX thread about 10 ms per new cell on a cold
 * JVM, a visible stall when an expanded branch fills the view.
 */
final class StoreTreeCell extends TreeCell<Object> {
    private static final List<String> MARKS = List.of("problem", "missing", "more", "unsaved");
    private final Text glyph = part("glyph");
    private final Text text = part("label-text");
    private final Text detail = part("detail");
    private final Text unsaved = part("unsaved-mark");
    private final HBox box = new HBox(6, glyph, text, detail, unsaved);
    private final java.util.Set<String> marks = new java.util.HashSet<>();
    private final Predicate<StoreNode> isUnsaved;
    private final Function<StoreNode, String> checkerProblem;
    /** The tooltip text of the current item (null for none); a tooltip shows it once the mouse is on the cell. */
    private String tipText;
    private Tooltip tip;

    StoreTreeCell(Predicate<StoreNode> isUnsaved, Function<StoreNode, String> checkerProblem) {
        this.isUnsaved = isUnsaved;
        this.checkerProblem = checkerProblem;
        unsaved.setText("●");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getStyleClass().add("cell-parts");
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        setOnMouseEntered(e -> installTip());
    }

    private static Text part(String styleClass) {
        Text t = new Text();
        t.getStyleClass().addAll("cell-part", styleClass);
        return t;
    }

    /** What the tooltip says for the item shown (null for none). */
    String tipText() {
        return tipText;
    }

    /** The label text shown (the item's label, or the text of a paging or loading row). */
    String labelText() {
        return text.getText();
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        marks.clear();
        try {
            tipText = fillCell(item, empty);
        } finally {
            for (String m : MARKS) {
                boolean want = marks.contains(m);
                if (want != getStyleClass().contains(m)) {
                    if (want) getStyleClass().add(m);
                    else getStyleClass().remove(m);
                }
            }
            if (isHover()) installTip();
            else if (getTooltip() != null && tipText == null) setTooltip(null);
        }
    }

    private void installTip() {
        if (tipText == null) {
            if (getTooltip() != null) setTooltip(null);
            return;
        }
        if (tip == null) tip = new Tooltip();
        tip.setText(tipText);
        if (getTooltip() != tip) setTooltip(tip);
    }

    /** Fills the cell; returns the tooltip text (null for none). */
    private String fillCell(Object item, boolean empty) {
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return null;
        }
        if (item instanceof String loading) {
            show("", loading, "", false);
            marks.add("more");
            return null;
        }
        if (item instanceof MorePage m) {
            show("⋯", m.label(), "", false);
            marks.add("more");
            return null;
        }
        StoreNode n = (StoreNode) item;
        boolean dirty = isUnsaved.test(n);
        show(Glyphs.of(n.kind()), n.label(), n.detail(), dirty);
        if (dirty) marks.add("unsaved");
        if (n.problem()) {
            marks.add(n.kind() == NodeKind.MISSING ? "missing" : "problem");
            return n.problemMessage().orElse("");
        }
        String found = checkerProblem.apply(n);
        if (found != null) {
            marks.add("problem");
            return found;
        }
        return n.detail().isEmpty() ? null : n.label() + "\n" + n.detail();
    }

    private void show(String glyphText, String label, String detailText, boolean dirty) {
        glyph.setText(glyphText);
        text.setText(label);
        detail.setText(detailText);
        unsaved.setVisible(dirty);
        if (getGraphic() != box) setGraphic(box);
    }
}
