package dev.storescope.app;

import dev.storescope.inspect.tree.SearchHit;
import dev.storescope.inspect.tree.SearchQuery;
import dev.storescope.inspect.tree.SearchResult;
import dev.storescope.inspect.tree.TreeSearch;
import dev.storescope.storage.StorageContext;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The search results under the search box: the query runs off the FX thread (cancelled when the
 * text changes), hits stream in, selecting one selects its item in the tree.
 */
final class SearchResults extends ListView<SearchHit> {
    static final int LIMIT = 1_000;
    private final StoreTreeView tree;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private AtomicBoolean current = new AtomicBoolean();
    private boolean done = true;

    SearchResults(StoreTreeView tree) {
        this.tree = tree;
        setId("searchResults");
        setPrefHeight(220);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        setCellFactory(l -> new ListCell<>() {
            private final Label label = new Label();
            private final Label why = new Label();
            private final VBox box = new VBox(label, why);

            {
                why.getStyleClass().add("search-why");
            }

            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setGraphic(null);
                    return;
                }
                label.setText(h.label());
                why.setText(h.why());
                setGraphic(box);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> {
            if (hit != null) tree.select(hit.ref());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                tree.requestFocus();
                e.consume();
            }
        });
    }

    /** True when no search is running (tests wait for it). */
    boolean isDone() {
        return done;
    }

    /** Starts (after a short pause for typing) the search for {@code text}; an empty text hides the results. */
    void search(Session session, String text, Label status) {
        cancel();
        getItems().clear();
        SearchQuery q = SearchQuery.parse(text == null ? "" : text);
        StorageContext ctx = session.context().orElse(null);
        if (q.isEmpty() || ctx == null) {
            setVisible(false);
            status.setVisible(false);
            return;
        }
        setVisible(true);
        status.setVisible(true);
        status.setText("searching " + q + " …");
        done = false;
        debounce.setOnFinished(e -> start(ctx, q, status));
        debounce.playFromStart();
    }

    private void start(StorageContext ctx, SearchQuery q, Label status) {
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        long t0 = System.nanoTime();
        List<SearchHit> pending = new ArrayList<>();
        Thread worker = new Thread(() -> {
            SearchResult r;
            try {
                r = TreeSearch.search(ctx, q, LIMIT, cancelled::get, hit -> {
                    synchronized (pending) {
                        pending.add(hit);
                        if (pending.size() == 1) Platform.runLater(() -> flush(pending, cancelled));
                    }
                });
            } catch (RuntimeException ex) {
                Platform.runLater(() -> {
                    if (cancelled.get()) return;
                    status.setText("search failed: " + ex.getMessage());
                    done = true;
                });
                return;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Platform.runLater(() -> {
                if (cancelled.get()) return;
                flush(pending, cancelled);
                status.setText(String.format(Locale.ROOT, "%,d hit%s%s for %s (%,d ms)", r.hits().size(), r.hits().size() == 1 ? "" : "s",
                        r.limitReached() ? " (first " + LIMIT + ")" : "", q, ms));
                done = true;
            });
        }, "storescope-search");
        worker.setDaemon(true);
        worker.start();
    }

    private void flush(List<SearchHit> pending, AtomicBoolean cancelled) {
        List<SearchHit> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (!cancelled.get()) getItems().addAll(batch);
    }

    void cancel() {
        debounce.stop();
        current.set(true);
        done = true;
    }

    void focusFirst() {
        if (getItems().isEmpty()) return;
        requestFocus();
        getSelectionModel().select(0);
    }
}
