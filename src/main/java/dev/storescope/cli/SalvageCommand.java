package dev.storescope.cli;

import dev.storescope.inspect.salvage.SalvageResult;
import dev.storescope.inspect.salvage.SalvageWriter;
import dev.storescope.inspect.salvage.Salvager;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code salvage FILE --out FILE}: recovers every complete entry of a truncated or corrupted JSON file. */
@Command(name = "salvage", mixinStandardHelpOptions = true,
        description = {"Recover a truncated or corrupted persist file (docstore.json, index_store.json, *vector_store.json, chat_store.json, …): "
                + "every complete entry before the damage, and after it where the structure allows, byte for byte; lists what was lost.",
                "Writes a valid file in the file's style to --out (atomically; when --out is FILE the damaged original is kept under .storescope/backups/)."})
final class SalvageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the damaged file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the recovered file (may be FILE itself)")
    Path outFile;

    @Option(names = "--max-lost", defaultValue = "20", description = "lost keys listed (default ${DEFAULT-VALUE}; 0 = all)")
    int maxLost;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new CliFailure(ExitCodes.BAD_INPUT, file + ": no such file");
        PrintWriter out = spec.commandLine().getOut();
        SalvageResult r = Salvager.salvage(JsonSource.open(file));
        if (r.intact()) {
            out.println(file + " is intact (" + r.recoveredCount() + " entries); nothing to salvage, nothing written");
            out.flush();
            return ExitCodes.OK;
        }
        for (JsonSyntaxException d : r.damage()) {
            out.printf("damage at byte %d (line %d, column %d), path %s: %s%n", d.offset(), d.line(), d.column(), d.path(), d.detail());
        }
        for (int p : r.resumed()) out.printf("resumed at byte %d%n", p);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SalvageResult.Recovered e : r.recovered()) counts.merge(e.member(), e.key() == null ? 0 : 1, Integer::sum);
        out.println("recovered:");
        for (Map.Entry<String, Integer> e : counts.entrySet()) out.printf("  %-40s %,d entries%n", e.getKey(), e.getValue());
        out.printf("lost: %d known entr%s%n", r.lost().size(), r.lost().size() == 1 ? "y" : "ies");
        int n = maxLost <= 0 ? r.lost().size() : Math.min(maxLost, r.lost().size());
        for (int i = 0; i < n; i++) {
            SalvageResult.Lost l = r.lost().get(i);
            out.printf("  %s%s (%s)%n", l.member(), l.key() == null ? "" : " › " + l.key(), l.why());
        }
        if (n < r.lost().size()) out.printf("  … and %d more (--max-lost 0 lists all)%n", r.lost().size() - n);
        if (r.recovered().isEmpty()) {
            throw new CliFailure(ExitCodes.BAD_INPUT, file + ": nothing could be recovered (the damage is before the first entry); nothing written");
        }
        Path backup = SalvageWriter.write(r, outFile);
        out.println("wrote " + outFile + (backup == null ? "" : "; the damaged original is kept as " + backup));
        out.flush();
        return ExitCodes.OK;
    }
}
