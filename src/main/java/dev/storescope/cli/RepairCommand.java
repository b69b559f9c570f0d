package dev.storescope.cli;

import dev.storescope.inspect.check.CheckId;
import dev.storescope.inspect.check.CheckReport;
import dev.storescope.inspect.check.Checker;
import dev.storescope.inspect.check.Finding;
import dev.storescope.inspect.repair.ChangeDiff;
import dev.storescope.inspect.repair.Repair;
import dev.storescope.inspect.repair.RepairSession;
import dev.storescope.inspect.repair.Repairs;
import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code repair DIR [--apply] [--only CHECK_ID,…]}: fixes what {@code check} found; a dry run printing the diff unless --apply. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repair what `check` finds (dangling ids, duplicate node_ids, ref_doc_info, orphan vectors, index entries of missing nodes, "
                + "key/id mismatches, stale doc_hash values, the legacy vector_store.json name, unindexed ref docs).",
                "Without --apply: a dry run that prints the changed keys as a diff. With --apply: writes atomically, keeping the previous files "
                        + "under DIR/.storescope/backups/."})
final class RepairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a persist dir")
    Path dir;

    @Option(names = "--apply", description = "apply the repairs and persist (default: dry run)")
    boolean apply;

    @Option(names = "--only", split = ",", paramLabel = "CHECK_ID", description = "repair only findings of these checks (e.g. doc.ref-doc-node-missing,vector.orphan)")
    List<String> only;

    @Option(names = "--max-changes", defaultValue = "50", description = "changes printed per repair (default ${DEFAULT-VALUE}; 0 = all)")
    int maxChanges;

    @Override
    public Integer call() throws Exception {
        List<CheckId> wanted = new ArrayList<>();
        if (only != null) {
            for (String id : only) {
                CheckId c = CheckId.byId(id.strip()).orElseThrow(() -> new CliFailure(ExitCodes.BAD_INPUT, "unknown check id " + id + " (see `storescope check DIR --json`)"));
                if (c.repair() == null) throw new CliFailure(ExitCodes.BAD_INPUT, "check " + id + " has no automatic repair");
                wanted.add(c);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        if (apply) CliSupport.failOnProblems(ctx);
        CheckReport report = Checker.run(ctx);
        List<Finding> fixable = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.repair() != null && !f.repair().equals("salvage") && (wanted.isEmpty() || wanted.contains(f.check()))) fixable.add(f);
        }
        List<Repair> repairs = Repairs.plan(fixable);
        if (repairs.isEmpty()) {
            out.println("nothing to repair in " + dir + (wanted.isEmpty() ? "" : " for " + String.join(", ", only)));
            out.flush();
            return ExitCodes.OK;
        }
        List<RepairSession.Result> results = apply ? RepairSession.apply(ctx, repairs) : RepairSession.preview(ctx, repairs);
        for (RepairSession.Result r : results) {
            out.printf("%nrepair %s: %s%n", r.repair().id(), r.repair().description());
            int n = maxChanges <= 0 ? r.changes().size() : Math.min(maxChanges, r.changes().size());
            for (int i = 0; i < n; i++) for (String line : ChangeDiff.lines(r.changes().get(i))) out.println("  " + line);
            if (n < r.changes().size()) out.printf("  … and %d more changed entries (--max-changes 0 shows all)%n", r.changes().size() - n);
            if (r.changes().isEmpty()) out.println("  (no change)");
        }
        int changed = 0;
        for (RepairSession.Result r : results) changed += r.changes().size();
        if (!apply) {
            out.printf("%ndry run: %d repair(s), %d changed entr%s; nothing written. Run again with --apply to write.%n", results.size(), changed, changed == 1 ? "y" : "ies");
        } else {
            PersistReport p = ctx.persist();
            out.printf("%napplied %d repair(s), %d changed entr%s; wrote %s%s%n", results.size(), changed, changed == 1 ? "y" : "ies", names(p.written()),
                    p.backups().isEmpty() ? "" : "; previous files kept in " + p.backupFolder());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String names(List<Path> paths) {
        List<String> s = new ArrayList<>();
        for (Path p : paths) s.add(p.getFileName().toString());
        return s.isEmpty() ? "nothing" : String.join(", ", s);
    }
}
