package dev.storescope.cli;

import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.inspect.tree.StoreTree;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tree DIR}: the inspector's store tree as text (the same model the GUI shows). */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Print the store tree of a persist dir (what the inspector's tree shows): files, ref docs and nodes, index structs, "
                + "vectors, graph, chat; missing or broken items are marked with '!'.")
final class TreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--depth", defaultValue = "3", description = "levels below the dir (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--max", defaultValue = "20", description = "children shown per branch (default: ${DEFAULT-VALUE})")
    int max;

    @Override
    public Integer call() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        PrintWriter out = spec.commandLine().getOut();
        print(out, StoreTree.of(ctx).root(), 0);
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, StoreNode n, int level) {
        String d = n.detail();
        out.println("  ".repeat(level) + (n.problem() ? "! " : "") + n.label() + (d.isEmpty() ? "" : "  [" + d + "]")
                + (n.problem() ? "  — " + n.problemMessage().orElse("") : ""));
        if (level >= depth || n.isLeaf()) return;
        for (StoreNode c : n.children(0, max)) print(out, c, level + 1);
        int more = n.childCount() - max;
        if (more > 0) out.println("  ".repeat(level + 1) + "… " + String.format("%,d", more) + " more");
    }
}
