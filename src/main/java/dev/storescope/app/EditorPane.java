package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.edit.EditorValue;
import dev.storescope.inspect.edit.JsonCheck;
import dev.storescope.inspect.edit.ValueEditor;
import dev.storescope.inspect.tree.StoreNode;
import javafx.application.Platform;
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
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The right side: what is selected, the JSON editor with Apply (Ctrl+Enter) and Revert, warnings
 * about what Apply does, and for nodes a second tab with the node's text, metadata,
 * relationships, embedding and hash. Values are read off the FX thread (an index struct of a big
 * store is megabytes of JSON).
 */
final class EditorPane extends BorderPane {
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storescope-read");
        t.setDaemon(true);
        return t;
    });
    /** Values longer than this (chars) are shown cut and read-only: a CodeArea takes seconds to lay out megabytes. */
    static final int BIG_TEXT = 400_000;
    private final Session session;
    private final JsonEditor editor = new JsonEditor();
    private final Label title = new Label("Nothing selected");
    private final Label badge = new Label();
    private final Label message = new Label();
    private final VBox warnings = new VBox(2);
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");
    private final Tab jsonTab = new Tab("JSON");
    private final Tab nodeTab = new Tab("Node");
    private final NodeTab node;
    private final TabPane tabs = new TabPane(jsonTab);
    private EditorValue shown;
    private long generation;
    private javafx.animation.PauseTransition slowTimer;

    EditorPane(Session session, Consumer<ValueRef> follow) {
        this.session = session;
        this.node = new NodeTab(follow);
        setId("editorPane");
        title.setId("editorTitle");
        title.getStyleClass().add("editor-title");
        title.setMinWidth(0);
        badge.setId("editorBadge");
        badge.getStyleClass().add("badge");
        badge.managedProperty().bind(badge.visibleProperty());
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.setId("editorMessage");
        message.getStyleClass().add("warning-label");
        message.setMaxWidth(Double.MAX_VALUE);
        apply.setId("applyButton");
        apply.getStyleClass().add("accent");
        apply.setTooltip(new Tooltip("Apply the edit through the store API (Ctrl+Enter)"));
        revert.setId("revertButton");
        revert.setTooltip(new Tooltip("Put the stored value back in the editor"));
        apply.setOnAction(e -> apply());
        revert.setOnAction(e -> {
            editor.revert();
            message.setText("");
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, badge, grow, revert, apply);
        bar.getStyleClass().add("editor-bar");
        warnings.setId("editorWarnings");
        warnings.getStyleClass().add("editor-warnings");
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> warnings.setVisible(!warnings.getChildren().isEmpty()));
        warnings.setVisible(false);
        jsonTab.setContent(editor);
        jsonTab.setId("jsonTab");
        nodeTab.setContent(node);
        nodeTab.setId("nodeTab");
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(new VBox(bar, warnings, message));
        setCenter(tabs);
        editor.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                apply();
                e.consume();
            }
        });
        editor.onTextChanged(this::refreshButtons);
        session.addListener(this::sessionChanged);
        refreshButtons();
    }

    JsonEditor editor() {
        return editor;
    }

    NodeTab nodeTab() {
        return node;
    }

    TabPane tabs() {
        return tabs;
    }

    /** What the editor shows now (empty before anything with a value was selected). */
    Optional<EditorValue> shown() {
        return Optional.ofNullable(shown);
    }

    private long shownRevision = -1;

    private void sessionChanged() {
        if (session.context().isEmpty()) {
            clear("Nothing selected", "");
            return;
        }
        if (shown != null && session.revision() != shownRevision && !editor.isChanged()) show(shown.ref(), shown.title());
        refreshButtons();
    }

    private void refreshButtons() {
        boolean editable = shown != null && shown.editable() && !session.isReadOnly();
        editor.setEditable(editable);
        apply.setDisable(!editable || !editor.isChanged());
        revert.setDisable(!editor.isChanged());
        badge.setText(shown == null ? "" : session.isReadOnly() ? "read-only mode" : !shown.editable() ? "read-only" : editor.isChanged() ? "edited" : "");
        badge.setTooltip(shown != null && !shown.editable() ? new Tooltip(shown.readOnlyReason()) : null);
    }

    /** Shows the selected tree item: its value (read through the model) or, for a group, what it groups. */
    void show(StoreNode n) {
        Optional<ValueRef> ref = n.ref();
        if (ref.isEmpty()) {
            clear(n.label(), n.detail());
            return;
        }
        show(ref.get(), n.label());
    }

    private void show(ValueRef ref, String label) {
        ValueEditor ve = session.valueEditor().orElse(null);
        if (ve == null) return;
        long gen = ++generation;
        long rev = session.revision();
        title.setText(label);
        javafx.animation.PauseTransition slow = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        slow.setOnFinished(e -> {
            if (gen != generation) return;
            shown = null;
            warnings.getChildren().clear();
            editor.setValidator(t -> Optional.empty());
            editor.setContent("reading " + label + " …", false, false);
            refreshButtons();
        });
        if (slowTimer != null) slowTimer.stop();
        slowTimer = slow;
        slow.play();
        READER.submit(() -> {
            EditorValue v;
            NodeView nv;
            String[] head = {""};
            try {
                v = ve.read(ref);
                if (v.text().length() > BIG_TEXT) v = cut(v, head);
                nv = ref instanceof ValueRef.DocNode d ? details(ve, d) : null;
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    slow.stop();
                    if (gen == generation) clear(label, "Cannot show " + label + ": " + e);
                });
                return;
            }
            EditorValue shownValue = v;
            Platform.runLater(() -> {
                slow.stop();
                if (gen != generation) return;
                shownRevision = rev;
                cutText = head[0];
                display(shownValue, nv);
            });
        });
    }

    private static NodeView details(ValueEditor ve, ValueRef.DocNode d) {
        try {
            return NodeView.of(ve.details(d.nodeId()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A value too big for the text area: read-only, with the reason, and the first lines to show. */
    private static EditorValue cut(EditorValue v, String[] head) {
        int cut = v.text().lastIndexOf('\n', BIG_TEXT);
        String first = v.text().substring(0, cut < 0 ? BIG_TEXT : cut);
        long lines = v.text().chars().filter(ch -> ch == '\n').count() + 1;
        long shownLines = first.chars().filter(ch -> ch == '\n').count() + 1;
        head[0] = first + "\n…";
        return new EditorValue(v.ref(), v.title(), v.text(), v.json(), String.format(java.util.Locale.ROOT,
                "too big to edit as text (%,d lines, %s); showing the first %,d lines — edit or delete its items in the tree",
                lines, StatusText.size(v.text().length()), shownLines), v.warnings());
    }

    private String cutText = "";

    private void display(EditorValue v, NodeView nv) {
        shown = v;
        title.setText(v.title());
        title.setTooltip(new Tooltip(v.title()));
        warnings.getChildren().clear();
        for (String w : v.warnings()) {
            Label l = new Label(w);
            l.getStyleClass().add("editor-warning");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
        if (!v.editable() && v.readOnlyReason() != null) {
            Label l = new Label("Read-only: " + v.readOnlyReason());
            l.getStyleClass().add("read-only-note");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
        message.setText("");
        ValueRef ref = v.ref();
        editor.setValidator(v.json() ? text -> toError(session.valueEditor().map(e -> e.validate(ref, text)).orElse(null)) : t -> Optional.empty());
        if (v.text().length() > BIG_TEXT) {
            Label l = new Label("Read-only: " + v.readOnlyReason());
            l.getStyleClass().add("read-only-note");
            l.setWrapText(true);
            warnings.getChildren().add(l);
            editor.setContent(cutText, false, false);
        } else {
            editor.setContent(v.text(), v.editable() && !session.isReadOnly(), v.json());
        }
        if (nv != null) {
            nv.showIn(node);
            if (!tabs.getTabs().contains(nodeTab)) tabs.getTabs().add(nodeTab);
        } else {
            tabs.getTabs().remove(nodeTab);
        }
        refreshButtons();
    }

    private static Optional<EditorError> toError(JsonCheck c) {
        if (c == null || c.ok()) return Optional.empty();
        return Optional.of(new EditorError(c.offset(), c.line(), c.column(), c.message()));
    }

    /** Shows a group (or an error): its heading and what it holds, nothing to edit. */
    private void clear(String heading, String text) {
        generation++;
        shown = null;
        title.setText(heading);
        title.setTooltip(null);
        warnings.getChildren().clear();
        message.setText("");
        editor.setValidator(t -> Optional.empty());
        editor.setContent(text, false, false);
        tabs.getTabs().remove(nodeTab);
        refreshButtons();
    }

    /** Enter in the tree: on to the editor. */
    void focusEditor() {
        tabs.getSelectionModel().select(jsonTab);
        editor.area().requestFocus();
    }

    /** Apply (Ctrl+Enter): the edit goes through the right store API as an undoable job. */
    void apply() {
        if (shown == null || !shown.editable() || session.isReadOnly() || !editor.isChanged()) return;
        editor.validateNow();
        if (editor.error().isPresent()) {
            message.setText("Not applied: fix the error first.");
            return;
        }
        ValueRef ref = shown.ref();
        try {
            var job = session.valueEditor().orElseThrow().apply(ref, editor.text());
            session.push(job, ref);
            message.setText("");
            show(ref, shown.title());
        } catch (RuntimeException e) {
            message.setText("Not applied: " + e.getMessage());
        }
    }
}
