package dev.storescope.cli;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.edit.Deletes;
import dev.storescope.inspect.edit.EditorValue;
import dev.storescope.inspect.edit.JobManager;
import dev.storescope.inspect.edit.ValueEditor;
import dev.storescope.inspect.tree.SearchQuery;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.inspect.tree.StoreTree;
import dev.storescope.inspect.tree.TreeSearch;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code tree-bench DIR}: times what the inspector's model does on a persist dir, in this JVM, best
 * of N runs (each run opens the dir afresh): the tree's first levels, a 1,000-item page of each big
 * branch with its labels, search, a delete preview, an edit with undo.
 */
@Command(name = "tree-bench", mixinStandardHelpOptions = true,
        description = "Benchmark the inspector model (tree, search, edit, delete preview) on a (generated) persist dir.")
final class TreeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--gen", paramLabel = "TOOL", description = "gen-persist-dir to run when DIR does not exist")
    Path gen;

    @Option(names = "--gen-args", paramLabel = "ARGS", split = " ", defaultValue = "--docs 10000 --nodes-per-doc 10 --dim 384 --text-chars 500",
            description = "arguments for the generator (default: ${DEFAULT-VALUE})")
    List<String> genArgs;

    @Option(names = "--runs", defaultValue = "3", description = "repetitions (best is reported)")
    int runs;

    private final Map<String, Long> best = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchCommand.generateIfMissing(dir, gen, genArgs, out);
        for (int i = 0; i < runs; i++) run();
        out.printf("%-62s %10s%n", "step (" + dir + ", best of " + runs + ")", "ms");
        for (Map.Entry<String, Long> e : best.entrySet()) out.printf("%-62s %10.1f%n", e.getKey(), e.getValue() / 1e6);
        out.flush();
        return ExitCodes.OK;
    }

    private <T> T time(String step, Supplier<T> s) {
        long t = System.nanoTime();
        T v = s.get();
        best.merge(step, System.nanoTime() - t, Math::min);
        return v;
    }

    private void run() throws Exception {
        StorageContext ctx = time("open the dir (StorageContext)", () -> {
            try {
                return StorageContext.fromPersistDir(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        StoreTree tree = StoreTree.of(ctx);
        List<StoreNode> files = time("root + first level (file labels)", () -> labelled(tree.root().children(0, 1000)));
        StoreNode biggest = null;
        for (StoreNode f : files) {
            List<StoreNode> kids = time("expand " + f.id() + " cold (children(0,1000) + labels)", () -> labelled(f.children(0, 1000)));
            for (StoreNode k : kids) if (!k.isLeaf() && (biggest == null || k.childCount() > biggest.childCount())) biggest = k;
        }
        if (biggest != null) {
            StoreNode b = biggest;
            time("expand biggest second-level branch: " + b.id() + " (" + b.childCount() + ")", () -> labelled(b.children(0, 1000)));
            time("  … its last page children(n-1000, 1000) + labels", () -> labelled(b.children(Math.max(0, b.childCount() - 1000), 1000)));
        }
        StorageContext fresh = StorageContext.fromPersistDir(dir);
        StoreTree warm = StoreTree.of(fresh);
        time("prefetch on a freshly opened dir (first two levels)", () -> {
            warm.prefetch(() -> false);
            return null;
        });
        time("after prefetch: expand every file (children(0,1000) + labels)", () -> {
            for (StoreNode f : warm.root().children(0, 1000)) labelled(f.children(0, 1000));
            return null;
        });
        for (String q : List.of("zzqx-not-there", "the", "metadata.file_name=000042.txt")) {
            time("search \"" + q + "\" (limit 1000)", () -> TreeSearch.search(ctx, SearchQuery.parse(q), 1000, () -> false, h -> { }));
        }
        if (ctx.docstore().isPresent()) {
            var kv = ctx.docstore().get().kvstore();
            List<String> data = kv.keys("docstore/data");
            List<String> refs = kv.keys("docstore/ref_doc_info");
            if (!data.isEmpty()) {
                ValueRef node = new ValueRef.DocNode(data.get(data.size() / 2));
                Deletes d = new Deletes(ctx);
                time("delete preview of a node (dry run + undo)", () -> d.preview(node));
                ValueEditor ed = new ValueEditor(ctx);
                JobManager jobs = new JobManager();
                EditorValue v = time("read a node for the editor", () -> ed.read(node));
                time("apply the node (add_documents) as a job", () -> {
                    jobs.push(ed.apply(node, v.text()));
                    return null;
                });
                time("undo it", () -> {
                    jobs.undo();
                    return null;
                });
                time("node details (second tab)", () -> ed.details(((ValueRef.DocNode) node).nodeId()));
            }
            if (!refs.isEmpty()) {
                Deletes d = new Deletes(ctx);
                time("delete preview of a ref doc (cascade, dry run + undo)", () -> d.preview(new ValueRef.RefDoc(refs.get(refs.size() / 2))));
            }
        }
    }

    private static List<StoreNode> labelled(List<StoreNode> l) {
        for (StoreNode n : l) {
            n.label();
            n.detail();
        }
        return l;
    }
}
