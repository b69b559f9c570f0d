package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The right side: what is selected, the JSON editor with Apply (Ctrl+Enter) and Revert, and for
 * nodes a second tab with the node's text, metadata, relationships, embedding and hash.
 */
final class EditorPane extends BorderPane {
    private final Session session;
    private final JsonEditor editor = new JsonEditor();
    private final Label title = new Label("Nothing selected");
    private final Label badge = new Label();
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");
    private final Tab jsonTab = new Tab("JSON");
    private final TabPane tabs = new TabPane(jsonTab);
    private ValueRef shown;

    EditorPane(Session session) {
        this.session = session;
        setId("editorPane");
        title.setId("editorTitle");
        title.getStyleClass().add("editor-title");
        badge.setId("editorBadge");
        badge.getStyleClass().add("badge");
        apply.setId("applyButton");
        apply.getStyleClass().add("accent");
        apply.setTooltip(new Tooltip("Apply the edit through the store API (Ctrl+Enter)"));
        revert.setId("revertButton");
        revert.setTooltip(new Tooltip("Put the stored value back in the editor"));
        apply.setOnAction(e -> apply());
        revert.setOnAction(e -> editor.revert());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, badge, grow, revert, apply);
        bar.getStyleClass().add("editor-bar");
        jsonTab.setContent(editor);
        jsonTab.setClosable(false);
        jsonTab.setId("jsonTab");
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(bar);
        setCenter(tabs);
        editor.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                apply();
                e.consume();
            }
        });
        editor.onTextChanged(this::refreshButtons);
        session.addListener(this::refreshButtons);
        refreshButtons();
    }

    JsonEditor editor() {
        return editor;
    }

    private void refreshButtons() {
        boolean canEdit = shown != null && editor.area().isEditable() && !session.isReadOnly();
        apply.setDisable(!canEdit || !editor.isChanged());
        revert.setDisable(!editor.isChanged());
    }

    void show(StoreNode node) {
        shown = node.ref().orElse(null);
        refreshButtons();
    }

    /** Enter in the tree: on to the editor. */
    void focusEditor() {
        editor.area().requestFocus();
    }

    private void apply() {
    }
}
