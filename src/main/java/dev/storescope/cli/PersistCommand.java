package dev.storescope.cli;

import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code persist DIR --out OUT}: load through StorageContext and persist elsewhere (a round trip). */
@Command(name = "persist", mixinStandardHelpOptions = true,
        description = "Load DIR through the storage context and persist it to OUT (unchanged files come back byte for byte).")
final class PersistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a persist dir")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where to write")
    Path out;

    @Option(names = "--stats", hidden = true, description = "print load and write times to stderr (used by bench)")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        long t1 = System.nanoTime();
        PersistReport r = ctx.persist(out);
        if (stats) {
            spec.commandLine().getErr().printf("stats: load_ms=%d write_ms=%d%n", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + r.written().size() + " file(s) to " + out);
        if (!r.backups().isEmpty()) w.println("previous versions kept in " + r.backupFolder());
        w.flush();
        return ExitCodes.OK;
    }
}
