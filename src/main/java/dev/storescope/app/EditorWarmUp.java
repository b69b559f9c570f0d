package dev.storescope.app;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Lays out highlighted JSON in an editor in the window but outside its visible area (not laid out
 * by the window, culled when drawn, removed afterwards), a little more each step, just after the
 * window's first frame: the first value a user selects is then shown by code that has run
 * before (classes loaded, styles matched), instead of holding the FX thread for a third of a
 * second. Each step is small (the first one about 100 ms on a slow machine), one per FX event.
 */
final class EditorWarmUp {
    private final JsonEditor editor = new JsonEditor();
    private final StackPane root = new StackPane(editor);

    private final Pane host;

    /** In the window's root pane: its styles (and their looked-up colours) are the real editor's. */
    EditorWarmUp(Scene window) {
        host = (Pane) window.getRoot();
        editor.area().setId(null); // no lookup of the window's editor finds this one
        editor.lookupAll("#editorProblem").forEach(n -> n.setId(null));
        root.setManaged(false);
        root.setMouseTransparent(true);
        root.relocate(-20_000, -20_000); // in the scene (so styled as the real editor) but never on screen
        host.getChildren().add(root);
    }

    /** Takes the hidden editor out of the window. */
    void remove() {
        host.getChildren().remove(root);
    }

    /** One step: a JSON record with {@code members} members, shown and laid out. */
    void show(int members) {
        editor.setContent(sample(members), true, true);
        root.resize(640, 480);
        root.applyCss();
        root.layout();
    }

    /** A record like a stored node: strings, numbers, null, a list and a nested object. */
    static String sample(int members) {
        StringBuilder sb = new StringBuilder("{\n  \"__data__\": {\n    \"id_\": \"warm-up\",\n    \"embedding\": null,\n    \"metadata\": {\n");
        for (int i = 0; i < members; i++) sb.append("      \"key_").append(i).append("\": ").append(i % 2 == 0 ? "\"value " + i + "\"" : Integer.toString(i)).append(i + 1 < members ? ",\n" : "\n");
        sb.append("    },\n    \"excluded_llm_metadata_keys\": [],\n    \"text\": \"warm-up text\"\n  },\n  \"__type__\": \"1\"\n}");
        return sb.toString();
    }
}
