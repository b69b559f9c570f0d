package dev.storescope.cli;

import dev.storescope.inspect.DirSummary;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code info DIR [--json]}: what a persist dir holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the files of a persist dir (size, writer, era), collections with counts, index structs, warnings.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a persist dir")
    Path dir;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Option(names = "--stats", hidden = true, description = "print elapsed time and peak heap to stderr (used by bench)")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        DirSummary summary = DirSummary.of(StorageContext.fromPersistDir(dir));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? SummaryFormat.json(summary) : SummaryFormat.text(summary));
        out.flush();
        if (stats) {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            spec.commandLine().getErr().printf("stats: elapsed_ms=%d peak_heap_mb=%d%n", (System.nanoTime() - t0) / 1_000_000, peak >> 20);
        }
        return summary.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
