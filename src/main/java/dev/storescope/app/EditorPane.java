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
import java.util.function.Consumer;

/**
 * The right side: what is selected, the JSON editor with Apply (Ctrl+Enter) and Revert, warnings
 * about what Apply does, and for nodes a second tab with the node's text, metadata,
 * relationships, embedding and hash. Values are read off the FX thread (an index struct of a big
 * store is megabytes of JSON).
 */
final class EditorPane extends BorderPane {
    /** Values longer than this (chars) are shown cut and read-only: a CodeArea takes seconds to lay out megabytes. */
    static final int BIG_TEXT = 400_000;
    static final String EMPTY_HINT = "Open a LlamaIndex persist dir: File → Open (Ctrl+O), File → Open Recent, or drop a folder on this window.";
    private final Session session;
    /** Built after the window's first frame, or when first needed (a RichTextFX area costs a quarter second to build). */
    private JsonEditor editor;
    /** The JSON tab's text until the editor is built. */
    private final Label pending = new Label();
    private final Label title = new Label("Nothing selected");
    private final Label badge = new Label();
    private final Label message = new Label();
    private final VBox warnings = new VBox(2);
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");
    private final Tab jsonTab = new Tab("JSON");
    private final Tab nodeTab = new Tab("Node");
    private final Consumer<ValueRef> follow;
    private NodeTab node; // built when the first node is shown (it is not in the window before)
    /** What the node tab is to show once it is selected (filling it while hidden would cost every node shown its CSS and table). */
    private NodeView pendingNode;
    private final TabPane tabs = new TabPane(jsonTab, nodeTab); // the node tab stays (disabled for other values): no header made per selection
    private EditorValue shown;
    private long generation;
    private javafx.animation.PauseTransition slowTimer;

    EditorPane(Session session, Consumer<ValueRef> follow) {
        this.session = session;
        this.follow = follow;
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
            editor().revert();
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
        pending.setId("editorPending");
        pending.getStyleClass().add("editor-pending");
        pending.setWrapText(true);
        pending.setMaxWidth(Double.MAX_VALUE);
        pending.setMaxHeight(Double.MAX_VALUE);
        pending.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        jsonTab.setContent(pending);
        jsonTab.setId("jsonTab");
        nodeTab.setId("nodeTab");
        nodeTab.setDisable(true);
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == nodeTab) fillNodeTab();
        });
        setTop(new VBox(bar, warnings, message));
        setCenter(tabs);
        session.addListener(this::sessionChanged);
        refreshButtons();
        clear("No dir open", EMPTY_HINT);
    }

    /** The JSON editor, built now if it is not yet (with the text the tab showed meanwhile). */
    JsonEditor editor() {
        if (editor == null) {
            JsonEditor e = new JsonEditor();
            e.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
                if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(k)) {
                    apply();
                    k.consume();
                }
            });
            e.onTextChanged(this::refreshButtons);
            e.setContent(pending.getText(), false, false);
            editor = e;
            jsonTab.setContent(e);
            refreshButtons();
        }
        return editor;
    }

    private boolean warm;

    /** After the first frame: the editor is built and has laid out highlighted JSON once ({@link EditorWarmUp}). */
    void markWarm() {
        warm = true;
    }

    /** True once the window's after-first-frame steps are done (benchmarks start measuring then). */
    boolean isWarm() {
        return warm;
    }

    /** True once the editor is built (the JSON tab shows {@link #pendingText} until then). */
    boolean isEditorBuilt() {
        return editor != null;
    }

    String pendingText() {
        return pending.getText();
    }

    /** True when the editor holds an edit that is not applied. */
    private boolean edited() {
        return editor != null && editor.isChanged();
    }

    NodeTab nodeTab() {
        if (node == null) {
            node = new NodeTab(follow);
            nodeTab.setContent(node);
        }
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
            clear("No dir open", EMPTY_HINT);
            return;
        }
        if (shown != null && session.revision() != shownRevision && !edited()) show(shown.ref(), shown.title());
        refreshButtons();
    }

    private void refreshButtons() {
        boolean editable = shown != null && shown.editable() && session.canChange();
        if (editor != null) editor.setEditable(editable);
        apply.setDisable(!editable || !edited());
        revert.setDisable(!edited());
        badge.setText(shown == null ? "" : session.isReadOnly() ? "read-only mode" : session.isLoading() ? "read-only while loading" : !shown.editable() ? "read-only" : edited() ? "edited" : "");
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
        boolean vectorsLoading = session.isLoading();
        title.setText(label);
        javafx.animation.PauseTransition slow = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        slow.setOnFinished(e -> {
            if (gen != generation) return;
            shown = null;
            warnings.getChildren().clear();
            editor().setValidator(t -> Optional.empty());
            editor.setContent("reading " + label + " …", false, false);
            refreshButtons();
        });
        if (slowTimer != null) slowTimer.stop();
        slowTimer = slow;
        slow.play();
        TreeLoader.run(() -> {
            EditorValue v;
            NodeView nv;
            String[] head = {""};
            try {
                v = ve.read(ref);
                if (v.text().length() > BIG_TEXT) v = cut(v, head);
                nv = ref instanceof ValueRef.DocNode d ? details(ve, d, vectorsLoading) : null;
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

    private static NodeView details(ValueEditor ve, ValueRef.DocNode d, boolean vectorsLoading) {
        try {
            return NodeView.of(ve.details(d.nodeId()), vectorsLoading);
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
        editor().setValidator(v.json() ? text -> toError(session.valueEditor().map(e -> e.validate(ref, text)).orElse(null)) : t -> Optional.empty());
        if (v.text().length() > BIG_TEXT) {
            Label l = new Label("Read-only: " + v.readOnlyReason());
            l.getStyleClass().add("read-only-note");
            l.setWrapText(true);
            warnings.getChildren().add(l);
            editor.setContent(cutText, false, false);
        } else {
            editor.setContent(v.text(), v.editable() && session.canChange(), v.json());
        }
        pendingNode = nv;
        if (nv != null) {
            nodeTab.setDisable(false);
            if (tabs.getSelectionModel().getSelectedItem() == nodeTab) fillNodeTab();
        } else {
            noNode();
        }
        refreshButtons();
    }

    /** A value that is no node: its tab is disabled, and the JSON tab shows. */
    private void noNode() {
        if (tabs.getSelectionModel().getSelectedItem() == nodeTab) tabs.getSelectionModel().select(jsonTab);
        nodeTab.setDisable(true);
    }

    /** Fills the node tab with the node shown, when it is the selected tab (else on its selection). */
    private void fillNodeTab() {
        if (pendingNode == null) return;
        NodeView nv = pendingNode;
        pendingNode = null;
        nv.showIn(nodeTab());
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
        if (editor == null) {
            pending.setText(text);
        } else {
            editor.setValidator(t -> Optional.empty());
            editor.setContent(text, false, false);
        }
        pendingNode = null;
        noNode();
        refreshButtons();
    }

    /** Enter in the tree: on to the editor. */
    void focusEditor() {
        tabs.getSelectionModel().select(jsonTab);
        editor().area().requestFocus();
    }

    /** Apply (Ctrl+Enter): the edit goes through the right store API as an undoable job. */
    void apply() {
        if (shown == null || !shown.editable() || !session.canChange() || !edited()) return;
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
