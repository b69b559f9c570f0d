package dev.storescope.app;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The JSON editor: a RichTextFX {@link CodeArea} with line numbers, syntax highlighting (computed
 * off the FX thread for big texts), bracket matching, and validation as you type: the error is
 * underlined and explained in a line under the text.
 */
final class JsonEditor extends BorderPane {
    /** Texts up to this size are highlighted and validated on the FX thread; bigger ones in the background. */
    static final int SYNC_LIMIT = 40_000;
    private static final int BRACKET_LIMIT = 2_000_000;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storescope-editor");
        t.setDaemon(true);
        return t;
    });

    private final CodeArea area = new CodeArea();
    private final java.util.function.IntFunction<javafx.scene.Node> lineNumbers = new LineNumbers(area);
    private final Label problem = new Label();
    private Function<String, Optional<EditorError>> validator = t -> Optional.empty();
    private StyleSpans<Collection<String>> base;
    private Optional<EditorError> error = Optional.empty();
    private String original = "";
    private boolean json = true;
    private long generation;
    private final List<Runnable> changeListeners = new ArrayList<>();

    JsonEditor() {
        area.setId("editor");
        area.getStyleClass().add("json-editor");
        area.setParagraphGraphicFactory(lineNumbers);
        area.setWrapText(false);
        problem.setId("editorProblem");
        problem.getStyleClass().add("editor-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(problem);
        area.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(c -> textSettled());
        area.plainTextChanges().subscribe(c -> changeListeners.forEach(Runnable::run));
        area.caretPositionProperty().addListener((o, a, b) -> matchBrackets());
    }

    CodeArea area() {
        return area;
    }

    void setValidator(Function<String, Optional<EditorError>> v) {
        validator = v;
    }

    void onTextChanged(Runnable r) {
        changeListeners.add(r);
    }

    /** Shows {@code text} as the unchanged original; {@code json}: highlight and match brackets. */
    void setContent(String text, boolean editable, boolean json) {
        if (json == this.json && text.equals(original) && text.equals(area.getText())) { // shown again (the tree rebuilt): no new layout
            area.setEditable(editable);
            return;
        }
        this.json = json;
        area.setParagraphGraphicFactory(json ? lineNumbers : null);
        area.setWrapText(!json);
        original = text;
        error = Optional.empty();
        base = null;
        area.replaceText(text);
        area.setEditable(editable);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        highlightNow(text);
        showProblem();
    }

    void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    String text() {
        return area.getText();
    }

    boolean isChanged() {
        return !area.getText().equals(original);
    }

    Optional<EditorError> error() {
        return error;
    }

    /** Puts the original text back. */
    void revert() {
        setContent(original, area.isEditable(), json);
    }

    /** Highlights and validates at once (the settle delay is for typing; tests and Apply call this). */
    void validateNow() {
        String text = area.getText();
        Optional<EditorError> e = validator.apply(text);
        StyleSpans<Collection<String>> s = JsonHighlighter.spans(text);
        applyResult(text, s, e);
    }

    private void textSettled() {
        String text = area.getText();
        long gen = ++generation;
        if (!json) return;
        if (text.length() <= SYNC_LIMIT) {
            applyResult(text, JsonHighlighter.spans(text), isChanged() ? validator.apply(text) : Optional.empty());
            return;
        }
        boolean changed = isChanged();
        Function<String, Optional<EditorError>> v = validator;
        WORKER.submit(() -> {
            StyleSpans<Collection<String>> s = JsonHighlighter.spans(text);
            Optional<EditorError> e = changed ? v.apply(text) : Optional.empty();
            Platform.runLater(() -> {
                if (gen == generation && area.getText().equals(text)) applyResult(text, s, e);
            });
        });
    }

    private void highlightNow(String text) {
        long gen = ++generation;
        if (!json) {
            base = null;
            return;
        }
        if (text.length() <= SYNC_LIMIT) {
            applyResult(text, JsonHighlighter.spans(text), Optional.empty());
            return;
        }
        WORKER.submit(() -> {
            StyleSpans<Collection<String>> s = JsonHighlighter.spans(text);
            Platform.runLater(() -> {
                if (gen == generation && area.getText().equals(text)) applyResult(text, s, Optional.empty());
            });
        });
    }

    private void applyResult(String text, StyleSpans<Collection<String>> spans, Optional<EditorError> e) {
        if (!area.getText().equals(text)) return;
        base = spans;
        if (text.length() > 0) area.setStyleSpans(0, spans);
        error = e;
        e.ifPresent(err -> {
            int from = Math.max(0, Math.min(err.offset(), text.length() - 1));
            int to = Math.min(text.length(), tokenEnd(text, from));
            if (from < to) overlay(from, to, "json-error");
        });
        showProblem();
        matchBrackets();
    }

    private static int tokenEnd(String text, int from) {
        int i = from + 1;
        while (i < text.length() && i < from + 40 && !Character.isWhitespace(text.charAt(i)) && ",:{}[]".indexOf(text.charAt(i)) < 0) i++;
        return i;
    }

    private void showProblem() {
        problem.setVisible(error.isPresent());
        error.ifPresent(e -> problem.setText("Line " + e.line() + ", column " + e.column() + ": " + e.message()));
    }

    private final List<int[]> bracketMarks = new ArrayList<>();

    private void matchBrackets() {
        for (int[] m : bracketMarks) restore(m[0], m[1]);
        bracketMarks.clear();
        if (base == null) return;
        String text = area.getText();
        if (text.length() > BRACKET_LIMIT) return;
        int caret = area.getCaretPosition();
        for (int pos : new int[] {caret, caret - 1}) {
            int other = BracketMatcher.match(text, pos);
            if (other >= 0) {
                bracketMarks.add(new int[] {pos, pos + 1});
                bracketMarks.add(new int[] {other, other + 1});
                overlay(pos, pos + 1, "bracket-match");
                overlay(other, other + 1, "bracket-match");
                return;
            }
        }
    }

    private void overlay(int from, int to, String cls) {
        for (int i = from; i < to; i++) {
            List<String> styles = new ArrayList<>(area.getStyleOfChar(i));
            if (!styles.contains(cls)) styles.add(cls);
            area.setStyle(i, i + 1, styles);
        }
    }

    private void restore(int from, int to) {
        if (base == null || to > area.getLength() || base.length() != area.getLength()) return;
        area.setStyleSpans(from, base.subView(from, to));
        error.ifPresent(err -> {
            int ef = Math.max(0, Math.min(err.offset(), area.getLength() - 1));
            int et = Math.min(area.getLength(), tokenEnd(area.getText(), ef));
            int f = Math.max(from, ef);
            int t = Math.min(to, et);
            for (int i = f; i < t; i++) {
                List<String> styles = new ArrayList<>(area.getStyleOfChar(i));
                styles.add("json-error");
                area.setStyle(i, i + 1, styles);
            }
        });
    }
}
