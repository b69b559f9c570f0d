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

    @Override
    public Integer call() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        PersistReport r = ctx.persist(out);
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + r.written().size() + " file(s) to " + out);
        if (!r.backups().isEmpty()) w.println("previous versions kept in " + r.backupFolder());
        w.flush();
        return ExitCodes.OK;
    }
}
