package dev.storescope.cli;

import dev.storescope.inspect.tree.SearchHit;
import dev.storescope.inspect.tree.SearchQuery;
import dev.storescope.inspect.tree.SearchResult;
import dev.storescope.inspect.tree.TreeSearch;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code search DIR QUERY}: the inspector's search (id or text substring, or metadata.key=value). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a persist dir like the inspector's search box: QUERY is an id or text substring (case ignored) "
                + "or metadata.KEY=VALUE. Prints one hit per line: what it is, why it matched, its label (tab-separated). Exit 1 when nothing matches.")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", defaultValue = "100", description = "stop after this many hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        PrintWriter out = spec.commandLine().getOut();
        SearchResult r = TreeSearch.search(ctx, SearchQuery.parse(query), limit, () -> false,
                (SearchHit h) -> out.println(h.ref() + "\t" + h.why() + "\t" + h.label()));
        if (r.limitReached()) out.println("… stopped after " + limit + " hits (--limit)");
        out.flush();
        if (r.hits().isEmpty()) throw new NotFoundException("nothing matches " + query + " in " + dir);
        return ExitCodes.OK;
    }
}
