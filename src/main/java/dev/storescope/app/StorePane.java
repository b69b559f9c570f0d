package dev.storescope.app;

import dev.storescope.inspect.tree.StoreNode;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The left side: the search box and its results over the lazy store tree. */
final class StorePane extends BorderPane {
    private final Session session;
    private final TextField search = new TextField();
    private final Label searchStatus = new Label();
    private final StoreTreeView tree;
    private final SearchResults results;

    StorePane(Session session, Consumer<StoreNode> onSelect) {
        this.session = session;
        this.tree = new StoreTreeView(onSelect, session::isUnsaved, session::problemAt);
        this.results = new SearchResults(tree);
        setId("storePane");
        search.setId("searchField");
        search.setPromptText("Search: id, text, metadata.key=value (Ctrl+F)");
        search.getStyleClass().add("search-field");
        searchStatus.setId("searchStatus");
        searchStatus.getStyleClass().add("search-status");
        searchStatus.managedProperty().bind(searchStatus.visibleProperty());
        searchStatus.setVisible(false);
        VBox top = new VBox(search, searchStatus, results);
        top.getStyleClass().add("store-pane-top");
        setTop(top);
        setCenter(tree);
        search.textProperty().addListener((o, a, b) -> results.search(session, b, searchStatus));
        search.setOnAction(e -> results.focusFirst());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                search.clear();
                tree.requestFocus();
            }
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN) results.focusFirst();
        });
        session.addListener(this::sessionChanged);
    }

    StoreTreeView tree() {
        return tree;
    }

    SearchResults results() {
        return results;
    }

    TextField searchField() {
        return search;
    }

    private Object shownContext;

    private void sessionChanged() {
        var ctx = session.context().orElse(null);
        if (ctx == null) {
            shownContext = null;
            tree.setRoot(null);
            return;
        }
        if (ctx != shownContext && shownContext instanceof dev.storescope.storage.StorageContext partial && ctx.completes(partial)) {
            shownContext = ctx; // the same dir, its big files now read: the tree keeps what is open, the search runs again
            tree.rebuild(ctx);
            if (!search.getText().isEmpty()) results.search(session, search.getText(), searchStatus);
        } else if (ctx != shownContext) {
            shownContext = ctx;
            search.clear();
            tree.show(ctx);
        } else if (session.revision() != shownRevision) {
            tree.rebuild();
        } else {
            tree.refresh();
        }
        shownRevision = session.revision();
    }

    private long shownRevision = -1;

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
