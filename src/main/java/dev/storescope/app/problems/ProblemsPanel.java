package dev.storescope.app.problems;

import dev.storescope.app.Session;
import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.check.CheckReport;
import dev.storescope.inspect.check.Checker;
import dev.storescope.inspect.check.Finding;
import dev.storescope.inspect.check.Severity;
import dev.storescope.inspect.repair.Repair;
import dev.storescope.inspect.repair.RepairJob;
import dev.storescope.inspect.repair.RepairSession;
import dev.storescope.inspect.repair.Repairs;
import dev.storescope.inspect.salvage.SalvageResult;
import dev.storescope.inspect.salvage.SalvageWriter;
import dev.storescope.inspect.salvage.Salvager;
import dev.storescope.json.JsonSource;
import dev.storescope.storage.StorageContext;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Problems panel: the integrity checker's findings (severity, check, location, message) in a
 * sortable, filterable table. The check runs off the FX thread when a dir opens and after every
 * change; selecting a row selects its item in the tree; "Fix" and "Fix all like this" preview the
 * repair and apply it as one undoable job. The tree marks the items that have findings.
 */
public final class ProblemsPanel extends BorderPane {
    /** The background check runs on one core less than the machine has: the FX thread keeps one. */
    static final int BACKGROUND_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private final Session session;
    private final Consumer<ValueRef> select;
    private final Supplier<Window> owner;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> filtered = new FilteredList<>(all);
    private final TableView<Finding> table = new TableView<>();
    private final TextField filter = new TextField();
    private final ComboBox<String> severity = new ComboBox<>(FXCollections.observableArrayList("all", "error", "warning", "info"));
    private final Button fix = new Button("Fix");
    private final Button fixAll = new Button("Fix all like this");
    private final Label status = new Label("no dir open");
    private StorageContext checkedCtx;
    private long checkedRevision = -1;
    private Task<CheckReport> running;

    private final Runnable reload;

    /**
     * @param select selects a tree item
     * @param owner  the window dialogs belong to
     * @param reload reloads the open dir from disk (after a salvaged file was written)
     */
    public ProblemsPanel(Session session, Consumer<ValueRef> select, Supplier<Window> owner, Runnable reload) {
        this.session = session;
        this.select = select;
        this.owner = owner;
        this.reload = reload;
        setId("problemsPanel");
        table.setId("problemsTable");
        filter.setId("problemsFilter");
        severity.setId("problemsSeverity");
        fix.setId("problemsFix");
        fixAll.setId("problemsFixAll");
        status.setId("problemsStatus");
        filter.setPromptText("Filter problems: check id, file, key or message");
        severity.getSelectionModel().select(0);
        columns();
        SortedList<Finding> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("no problems"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        HBox bar = new HBox(8, new Label("Problems"), filter, severity, fix, fixAll, status);
        HBox.setHgrow(filter, Priority.ALWAYS);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("problems-bar");
        setTop(bar);
        setCenter(table);
        filter.textProperty().addListener((o, a, b) -> refilter());
        severity.valueProperty().addListener((o, a, b) -> refilter());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            updateButtons();
            if (f != null && f.location().ref() != null) select.accept(f.location().ref());
        });
        fix.setOnAction(e -> selected().ifPresent(f -> fix(List.of(f), "Fix " + f.check().id())));
        fixAll.setOnAction(e -> selected().ifPresent(f -> fix(all.filtered(x -> x.check() == f.check()), "Fix all " + f.check().id())));
        session.addListener(this::sessionChanged);
        updateButtons();
    }

    private void columns() {
        TableColumn<Finding, Severity> sev = new TableColumn<>("Severity");
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
                getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
                if (!empty && s != null) getStyleClass().add("severity-" + s.label());
            }
        });
        sev.setMaxWidth(1800);
        TableColumn<Finding, String> check = new TableColumn<>("Check");
        check.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().check().id()));
        check.setMaxWidth(4000);
        TableColumn<Finding, String> where = new TableColumn<>("Location");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().location().describe()));
        TableColumn<Finding, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setMinWidth(300);
        table.getColumns().add(sev);
        table.getColumns().add(check);
        table.getColumns().add(where);
        table.getColumns().add(message);
    }

    /** The findings shown (after filter and sort). */
    public List<Finding> shown() {
        return List.copyOf(table.getItems());
    }

    /** True while a check runs. */
    public boolean isChecking() {
        return running != null;
    }

    /** The revision of the stores the shown findings belong to (-1 before the first check). */
    public long checkedRevision() {
        return checkedRevision;
    }

    private java.util.Optional<Finding> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void refilter() {
        String s = severity.getValue();
        Severity want = s == null || s.equals("all") ? null : Severity.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        String text = filter.getText();
        filtered.setPredicate(f -> ProblemRows.matches(f, want, text));
    }

    private void updateButtons() {
        Finding f = table.getSelectionModel().getSelectedItem();
        boolean fixable = f != null && f.repair() != null && session.canChange() && running == null;
        fix.setDisable(!fixable);
        fixAll.setDisable(!fixable || "salvage".equals(f.repair()));
    }

    private void sessionChanged() {
        StorageContext ctx = session.context().orElse(null);
        if (ctx == null) {
            checkedCtx = null;
            all.clear();
            status.setText("no dir open");
            return;
        }
        if (!ctx.isComplete()) { // the check reads every file: it waits until they are in
            if (running != null) running.cancel();
            running = null;
            checkedCtx = null;
            all.clear();
            status.setText("checks run once the dir is loaded");
            updateButtons();
            return;
        }
        if (ctx != checkedCtx || session.revision() != checkedRevision) runCheck(ctx, session.revision());
        updateButtons();
    }

    /** Checks off the FX thread; a result for an older state of the stores is dropped and the check runs again. */
    private void runCheck(StorageContext ctx, long revision) {
        if (running != null) running.cancel();
        checkedCtx = ctx;
        checkedRevision = revision;
        Task<CheckReport> task = new Task<>() {
            @Override
            protected CheckReport call() throws InterruptedException {
                return Checker.runInBackground(ctx, BACKGROUND_THREADS);
            }
        };
        running = task;
        status.setText("checking …");
        updateButtons();
        task.setOnSucceeded(e -> {
            if (running != task) return;
            running = null;
            if (session.context().orElse(null) != ctx || session.revision() != revision) {
                runCheck(session.context().orElse(ctx), session.revision());
                return;
            }
            CheckReport r = task.getValue();
            all.setAll(r.findings());
            status.setText(String.format("%d error(s), %d warning(s), %d info", r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)));
            updateButtons();
            session.setProblems(ProblemRows.byRef(r.findings()));
        });
        task.setOnFailed(e -> {
            if (running != task) return;
            running = null;
            status.setText("check failed: " + task.getException().getMessage());
            updateButtons();
        });
        Thread t = new Thread(task, "storescope-check");
        t.setDaemon(true);
        t.start();
    }

    /** Salvage mode for a damaged file: preview what comes back, write it (original kept as backup), reload the dir. */
    private void salvage(StorageContext ctx, String file) {
        if (session.isDirty()) {
            status.setText("save or undo your changes first: salvage reloads the dir");
            return;
        }
        try {
            java.nio.file.Path path = ctx.persistDir().resolve(file);
            SalvageResult r = Salvager.salvage(JsonSource.open(path));
            if (r.intact()) {
                status.setText(file + " is intact now; reload the dir (F5)");
                return;
            }
            if (r.recovered().isEmpty()) {
                status.setText(file + ": nothing can be recovered (the damage is before the first entry); restore a backup");
                return;
            }
            if (!SalvageDialog.confirm(owner.get(), file, r)) return;
            java.nio.file.Path backup = SalvageWriter.write(r, path);
            status.setText("salvaged " + file + " (" + r.recoveredCount() + " entries; damaged original in " + backup + ")");
            reload.run();
        } catch (java.io.IOException | RuntimeException e) {
            status.setText("salvage failed: " + e.getMessage());
        }
    }

    /** Previews the repairs of {@code findings}; on Apply pushes them as one undoable job. */
    private void fix(List<Finding> findings, String header) {
        StorageContext ctx = session.context().orElse(null);
        if (ctx == null || running != null) return;
        if ("salvage".equals(findings.get(0).repair())) {
            salvage(ctx, findings.get(0).location().file());
            return;
        }
        List<Repair> repairs = Repairs.plan(findings);
        if (repairs.isEmpty()) {
            status.setText("no automatic repair for this problem");
            return;
        }
        try {
            List<RepairSession.Result> preview = RepairSession.preview(ctx, repairs);
            if (!FixDialog.confirm(owner.get(), header, preview)) return;
            ValueRef ref = findings.get(0).location().ref();
            session.push(new RepairJob(ctx, repairs), ref);
            status.setText(header + " applied (Ctrl+Z undoes it)");
        } catch (RuntimeException e) {
            status.setText("repair failed: " + e.getMessage());
        }
    }
}
