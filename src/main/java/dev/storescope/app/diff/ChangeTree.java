package dev.storescope.app.diff;

import dev.storescope.inspect.diff.Change;
import dev.storescope.inspect.diff.Counts;
import dev.storescope.inspect.diff.DiffResult;
import dev.storescope.inspect.diff.Kind;
import dev.storescope.inspect.diff.Status;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a diff as a tree: file → kind of item (with its counts) → change, coloured by
 * status, restricted to the statuses the filter lets through. Next / previous walk the changes.
 */
public final class ChangeTree extends TreeView<DiffItem> {
    private final List<TreeItem<DiffItem>> leaves = new ArrayList<>();

    ChangeTree() {
        setId("diffTree");
        setShowRoot(false);
        setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(DiffItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("diff-"));
                setText(empty || item == null ? null : item.label());
                if (empty || item == null) return;
                getStyleClass().add(item.change() == null ? "diff-group" : "diff-" + item.change().status().key());
            }
        });
    }

    /** Rebuilds for {@code r} showing only {@code statuses}; keeps the selected change selected when it is still there. */
    void show(DiffResult r, Set<Status> statuses) {
        Change selected = selectedChange();
        leaves.clear();
        TreeItem<DiffItem> root = new TreeItem<>(DiffItem.group("changes"));
        Map<String, Map<Kind, List<Change>>> byStore = new LinkedHashMap<>();
        for (Change c : r.changes()) {
            if (!statuses.contains(c.status())) continue;
            if (c.kind() == Kind.FILE && c.status() == Status.CHANGED && c.id().equals(c.store()) && !c.fields().isEmpty() && c.details().isEmpty()) continue;
            byStore.computeIfAbsent(c.store(), s -> new LinkedHashMap<>()).computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        TreeItem<DiffItem> toSelect = null;
        for (Map.Entry<String, Map<Kind, List<Change>>> s : byStore.entrySet()) {
            TreeItem<DiffItem> file = new TreeItem<>(DiffItem.group(s.getKey()));
            file.setExpanded(true);
            for (Map.Entry<Kind, List<Change>> k : s.getValue().entrySet()) {
                TreeItem<DiffItem> kind = new TreeItem<>(DiffItem.kind(k.getKey(), counts(k.getValue())));
                kind.setExpanded(true);
                for (Change c : k.getValue()) {
                    TreeItem<DiffItem> leaf = new TreeItem<>(DiffItem.of(c));
                    kind.getChildren().add(leaf);
                    leaves.add(leaf);
                    if (selected != null && c.ref().equals(selected.ref()) && c.kind() == selected.kind()) toSelect = leaf;
                }
                file.getChildren().add(kind);
            }
            root.getChildren().add(file);
        }
        setRoot(root);
        if (toSelect != null) getSelectionModel().select(toSelect);
    }

    private static Counts counts(List<Change> l) {
        EnumMap<Status, Integer> n = new EnumMap<>(Status.class);
        for (Change c : l) n.merge(c.status(), 1, Integer::sum);
        return CountsView.of(n);
    }

    public Change selectedChange() {
        TreeItem<DiffItem> i = getSelectionModel().getSelectedItem();
        return i == null || i.getValue() == null ? null : i.getValue().change();
    }

    /** The changes the tree lists, in order. */
    public List<Change> shownChanges() {
        List<Change> l = new ArrayList<>(leaves.size());
        for (TreeItem<DiffItem> t : leaves) l.add(t.getValue().change());
        return l;
    }

    public int changeCount() {
        return leaves.size();
    }

    /** Selects the next (or previous) change after the selection, wrapping; false when there is none. */
    public boolean step(int direction) {
        if (leaves.isEmpty()) return false;
        TreeItem<DiffItem> cur = getSelectionModel().getSelectedItem();
        int at = leaves.indexOf(cur);
        int next;
        if (at < 0) {
            int row = cur == null ? -1 : getRow(cur);
            next = direction > 0 ? 0 : leaves.size() - 1;
            if (row >= 0) {
                for (int i = 0; i < leaves.size(); i++) {
                    int j = direction > 0 ? i : leaves.size() - 1 - i;
                    int r = getRow(leaves.get(j));
                    if (direction > 0 ? r > row : r < row) {
                        next = j;
                        break;
                    }
                }
            }
        } else {
            next = Math.floorMod(at + direction, leaves.size());
        }
        TreeItem<DiffItem> leaf = leaves.get(next);
        getSelectionModel().select(leaf);
        scrollTo(Math.max(0, getRow(leaf) - 3));
        return true;
    }
}
