package dev.storescope.cli;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.VectorStoreQuery;
import dev.storescope.vector_stores.VectorStoreQueryMode;
import dev.storescope.vector_stores.VectorStoreQueryResult;
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

/** {@code similar DIR NODE_ID}: the nodes whose vectors are nearest to NODE_ID's stored vector. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Query the vector store with the stored embedding of NODE_ID (find near-duplicates).")
final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Parameters(index = "1", paramLabel = "NODE_ID")
    String nodeId;

    @Option(names = "--top-k", defaultValue = "10", description = "number of results (default ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--namespace", defaultValue = "default", description = "vector store namespace (default ${DEFAULT-VALUE})")
    String namespace;

    @Option(names = "--mode", defaultValue = "default", description = "default (cosine top-k) or mmr")
    String mode;

    @Option(names = "--mmr-threshold", description = "MMR trade-off between relevance (1) and diversity (0); default 0.5")
    Double mmrThreshold;

    @Option(names = "--filter", paramLabel = "FILTER", description = "metadata filter: KEY=VALUE, KEY!=VALUE, KEY>=VALUE, … or KEY:OPERATOR:VALUE (repeatable)")
    List<String> filters;

    @Option(names = "--or", description = "combine filters with OR (default AND)")
    boolean or;

    @Option(names = "--exclude-self", description = "leave NODE_ID itself out of the results")
    boolean excludeSelf;

    @Option(names = "--json", description = "print [{\"id\": …, \"score\": …}, …] best first")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        SimpleVectorStore store = ctx.vectorStore(namespace).orElseThrow(() ->
                new NotFoundException("no vector store for namespace " + namespace + " in " + dir + " (found: " + ctx.vectorStores().keySet() + ")"));
        double[] query = store.getEmbedding(nodeId);
        VectorStoreQueryMode m;
        try {
            m = VectorStoreQueryMode.of(mode);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "--mode must be default or mmr, not " + mode);
        }
        int k = excludeSelf ? topK + 1 : topK;
        VectorStoreQueryResult r = store.query(new VectorStoreQuery(query, k, null, FilterArgs.parse(filters, or), m, mmrThreshold));
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < r.ids().size() && ids.size() < topK; i++) {
            if (excludeSelf && r.ids().get(i).equals(nodeId)) continue;
            ids.add(r.ids().get(i));
            scores.add(r.similarities().get(i));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<JsonValue> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) rows.add(JsonObject.builder().put("id", ids.get(i)).put("score", JsonNumber.of(scores.get(i))).build());
            out.println(JsonWriter.toJson(JsonArray.of(rows), JsonStyle.PYTHON));
        } else {
            for (int i = 0; i < ids.size(); i++) {
                out.printf("%2d  %.6f  %s  %s%n", i + 1, scores.get(i), ids.get(i), preview(ctx, ids.get(i)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The first words of the node's text, from the docstore when it holds the node. */
    private static String preview(StorageContext ctx, String id) {
        return ctx.docstore().map(d -> d.getDocument(id, false)).map(SimilarCommand::firstWords).orElse("");
    }

    private static String firstWords(StoredNode n) {
        String t = n.text();
        if (t == null) return "";
        t = t.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
