package dev.storescope.app;

import dev.storescope.inspect.ValueRef;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The node tab: the node's text (wrapped), its metadata as a table, its relationships as links
 * that select the related node, the embedding summarised, and the stored vs recomputed hash with
 * a warning when they differ.
 */
final class NodeTab extends ScrollPane {
    /** A relationship: its name (source, parent, next …), the related id, and where it leads (empty when it leads nowhere). */
    record Link(String relation, String id, java.util.Optional<ValueRef> target) {
    }

    private final Label kind = new Label();
    private final TextArea text = new TextArea();
    private final TableView<Map.Entry<String, String>> metadata = new TableView<>();
    private final FlowPane links = new FlowPane(10, 4);
    private final Label embedding = new Label();
    private final Label hash = new Label();
    private final Consumer<ValueRef> follow;

    NodeTab(Consumer<ValueRef> follow) {
        this.follow = follow;
        setId("nodeTab");
        setFitToWidth(true);
        text.setId("nodeText");
        text.setWrapText(true);
        text.setEditable(false);
        text.setPrefRowCount(10);
        metadata.setId("nodeMetadata");
        metadata.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metadata.setPrefHeight(180);
        TableColumn<Map.Entry<String, String>, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        key.setPrefWidth(160);
        TableColumn<Map.Entry<String, String>, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        metadata.getColumns().add(key);
        metadata.getColumns().add(value);
        metadata.setPlaceholder(new Label("no metadata"));
        links.setId("nodeLinks");
        embedding.setId("nodeEmbedding");
        embedding.setWrapText(true);
        hash.setId("nodeHash");
        hash.setWrapText(true);
        kind.setId("nodeKind");
        kind.getStyleClass().add("editor-title");
        VBox box = new VBox(kind, title("Text"), text, title("Metadata"), metadata, title("Relationships"), links,
                title("Embedding"), embedding, title("Hash"), hash);
        box.getStyleClass().add("node-details");
        VBox.setVgrow(text, Priority.ALWAYS);
        setContent(box);
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-title");
        return l;
    }

    void show(String kindLine, String nodeText, Map<String, String> meta, List<Link> relationships, String embeddingSummary, String hashText, boolean hashWarning) {
        kind.setText(kindLine);
        text.setText(nodeText);
        metadata.getItems().setAll(meta.entrySet());
        links.getChildren().clear();
        for (Link l : relationships) {
            Label name = new Label(l.relation() + ":");
            Hyperlink h = new Hyperlink(l.id());
            h.getStyleClass().add("relationship-link");
            if (l.target().isPresent()) h.setOnAction(e -> follow.accept(l.target().get()));
            else h.setDisable(true);
            links.getChildren().add(new javafx.scene.layout.HBox(2, name, h));
        }
        if (relationships.isEmpty()) links.getChildren().add(new Label("none"));
        embedding.setText(embeddingSummary);
        hash.setText(hashText);
        hash.getStyleClass().remove("warning-label");
        if (hashWarning) hash.getStyleClass().add("warning-label");
    }
}
