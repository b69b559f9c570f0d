package dev.storescope.cli;

import dev.storescope.inspect.check.CheckReport;
import dev.storescope.inspect.check.Checker;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code check DIR [--json]}: the integrity checker. Exit 0 clean, 1 warnings only, 2 errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a persist dir for what makes LlamaIndex fail: unreadable or truncated files, dangling ids between docstore, "
                + "index store and vector store, stale hashes, bad embeddings, broken graph and chat records.",
                "Exit code: 0 clean (info only), 1 warnings only, 2 errors."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a persist dir")
    Path dir;

    @Option(names = "--json", description = "print {\"findings\": [...], \"counts\": {...}} for scripts and CI")
    boolean json;

    @Option(names = "--all", description = "list every finding (the text form shows " + FindingsFormat.SHOWN_PER_CHECK + " per check)")
    boolean all;

    @Option(names = "--stats", hidden = true, description = "print load and check times to stderr (used by bench)")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        CheckReport r = CheckAhead.fastPath(dir);
        long t1 = t0;
        if (r == null) { // not a healthy dir the fast path models: open it and run every check
            StorageContext ctx = StorageContext.fromPersistDir(dir);
            t1 = System.nanoTime();
            r = Checker.run(ctx);
        }
        long t2 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? FindingsFormat.json(r) : FindingsFormat.text(dir.toString(), r, all));
        out.flush();
        if (stats) {
            spec.commandLine().getErr().printf("stats: load_ms=%d check_ms=%d findings=%d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, r.findings().size());
        }
        return r.exitCode();
    }
}
