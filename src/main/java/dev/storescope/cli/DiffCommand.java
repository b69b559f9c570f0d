package dev.storescope.cli;

import dev.storescope.inspect.diff.BackupSnapshots;
import dev.storescope.inspect.diff.DiffResult;
import dev.storescope.inspect.diff.GitSnapshot;
import dev.storescope.inspect.diff.Snapshot;
import dev.storescope.inspect.diff.SnapshotDiff;
import dev.storescope.storage.NotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code diff A B}, {@code diff DIR --git REV}, {@code diff DIR --backup [STAMP|latest]}: what changed
 * between two snapshots of a persist dir, store by store and item by item. Exit 0 equal, 1
 * different, 2 bad input.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Semantic diff of two snapshots of a persist dir: ref docs, nodes (text, metadata keys, relationships, "
                + "embedding drift, hash; re-ids), index structs (nodes joined/left), vectors, graph triplets, chat messages, "
                + "and a JSON diff of anything else. Unchanged items are counted, not listed.",
                "Exit codes: 0 equal, 1 different, 2 bad input."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the old persist dir (with --git/--backup: the dir, which is then the new side)")
    Path a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "the new persist dir")
    Path b;

    @ArgGroup(exclusive = true)
    Other other;

    static final class Other {
        @Option(names = "--git", paramLabel = "REV", description = "compare A as it was at git revision REV (old side) with A on disk (new side); read from the repository, no checkout")
        String gitRev;

        @Option(names = "--backup", paramLabel = "STAMP", arity = "0..1", fallbackValue = "latest",
                description = "compare A as it was before StoreScope's save STAMP (a folder of A/.storescope/backups; default: latest) with A on disk; --list-backups shows them")
        String backup;

        @Option(names = "--list-backups", description = "list the backups of A (newest last) and exit")
        boolean listBackups;
    }

    @Option(names = "--json", description = "print {\"summary\": …, \"changes\": […]} as JSON")
    boolean json;

    @Option(names = "--stat", description = "print only the counts per kind (with --json: only the summary)")
    boolean stat;

    @Option(names = "--limit", defaultValue = "200", paramLabel = "N", description = "text output: list at most N changes per kind and status (default ${DEFAULT-VALUE}; 0 = all)")
    int limit;

    @Option(names = "--stats", hidden = true, description = "print elapsed time and peak heap to stderr (used by bench)")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(a)) throw new CliFailure(ExitCodes.BAD_INPUT, a + ": not a directory");
        if (other != null && other.listBackups) {
            for (BackupSnapshots.Backup bk : BackupSnapshots.list(a)) out.println(bk.stamp() + "  " + String.join(", ", bk.files()));
            out.flush();
            return ExitCodes.OK;
        }
        Snapshot old;
        Snapshot now;
        try {
            if (other != null && (other.gitRev != null || other.backup != null)) {
                if (b != null) throw new CliFailure(ExitCodes.BAD_INPUT, "give either two dirs or one dir with --git/--backup");
                old = other.gitRev != null ? GitSnapshot.of(a, other.gitRev) : BackupSnapshots.before(a, other.backup);
                now = Snapshot.deferred(a, old);
            } else {
                if (b == null) throw new CliFailure(ExitCodes.BAD_INPUT, "missing the second dir B (or --git REV / --backup)");
                if (!Files.isDirectory(b)) throw new CliFailure(ExitCodes.BAD_INPUT, b + ": not a directory");
                old = Snapshot.deferred(a, null);
                now = Snapshot.deferred(b, old);
            }
        } catch (NotFoundException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage());
        }
        long t1 = System.nanoTime();
        DiffResult r = SnapshotDiff.compare(old, now);
        long t2 = System.nanoTime();
        if (json) out.print(DiffFormat.json(r, !stat));
        else out.print(stat ? DiffFormat.stat(r) : DiffFormat.text(r, limit));
        out.flush();
        if (stats) {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            spec.commandLine().getErr().printf("stats: elapsed_ms=%d peak_heap_mb=%d load_ms=%d compare_ms=%d%n",
                    (System.nanoTime() - t0) / 1_000_000, peak >> 20, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        return r.isEqual() ? ExitCodes.OK : 1;
    }
}
