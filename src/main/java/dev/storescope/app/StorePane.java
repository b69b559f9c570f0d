package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;

import java.util.function.Consumer;

/** The left side: the search box over the lazy store tree. */
final class StorePane extends BorderPane {
    private final Session session;
    private final Consumer<ValueRef> onSelect;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();

    StorePane(Session session, Consumer<ValueRef> onSelect) {
        this.session = session;
        this.onSelect = onSelect;
        search.setId("searchField");
        search.setPromptText("Search: id, text, metadata.key=value (Ctrl+F)");
        search.getStyleClass().add("search-field");
        tree.setId("storeTree");
        setTop(search);
        setCenter(tree);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void deleteSelected() {
    }
}
