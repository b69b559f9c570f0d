package dev.storescope.cli;

import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;
import dev.storescope.vector_stores.SimpleVectorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code vec …}: vector store operations on a persist dir. */
@Command(name = "vec", mixinStandardHelpOptions = true, description = "Vector store operations on a persist dir.")
final class VecCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "delete-ref", description = "SimpleVectorStore.delete(REF_DOC_ID): removes every vector whose "
            + "text_id_to_ref_doc_id is REF_DOC_ID (with its metadata), then persists.")
    int deleteRef(@Parameters(paramLabel = "DIR") Path dir, @Parameters(paramLabel = "REF_DOC_ID") String refDocId,
                  @Option(names = "--namespace", defaultValue = "default", description = "vector store namespace (default ${DEFAULT-VALUE})") String namespace)
            throws IOException {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        SimpleVectorStore store = ctx.vectorStore(namespace).orElseThrow(() ->
                new NotFoundException("no vector store for namespace " + namespace + " in " + dir));
        List<String> gone = store.delete(refDocId);
        if (gone.isEmpty()) {
            String hint = store.hasLegacyDocIdKey() ? " (this store has the legacy text_id_to_doc_id map, which LlamaIndex ignores)" : "";
            throw new NotFoundException("no vector with ref_doc_id " + refDocId + " in namespace " + namespace + hint);
        }
        PersistReport r = ctx.persist();
        PrintWriter out = spec.commandLine().getOut();
        out.println("deleted " + gone.size() + " vector(s) of ref doc " + refDocId);
        for (Path p : r.written()) out.println("wrote " + p);
        if (!r.backups().isEmpty()) out.println("previous version kept in " + r.backupFolder());
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "bench", hidden = true, description = "Measure load, heap, first query and queries/s of one vector store file.")
    int bench(@Parameters(paramLabel = "FILE") Path file,
              @Option(names = "--queries", defaultValue = "100") int queries,
              @Option(names = "--top-k", defaultValue = "10") int topK) throws IOException {
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        SimpleVectorStore store = SimpleVectorStore.fromSource(dev.storescope.json.JsonSource.open(file));
        List<String> ids = store.ids();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfterLoad = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long t1 = System.nanoTime();
        store.query(dev.storescope.vector_stores.VectorStoreQuery.of(store.getEmbedding(ids.get(0)), topK));
        long firstMs = (System.nanoTime() - t1) / 1_000_000;
        System.gc();
        long heapAfterQuery = (rt.totalMemory() - rt.freeMemory()) >> 20;
        java.util.Random rnd = new java.util.Random(42);
        double[][] qs = new double[queries][];
        for (int i = 0; i < queries; i++) qs[i] = store.getEmbedding(ids.get(rnd.nextInt(ids.size())));
        long t2 = System.nanoTime();
        for (double[] q : qs) store.query(dev.storescope.vector_stores.VectorStoreQuery.of(q, topK));
        double qps = queries / ((System.nanoTime() - t2) / 1e9);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("vecbench: vectors=%d dim=%d load_ms=%d heap_after_load_mb=%d first_query_ms=%d heap_after_query_mb=%d qps=%.1f%n",
                ids.size(), store.dimension(), loadMs, heapAfterLoad, firstMs, heapAfterQuery, qps);
        out.flush();
        return ExitCodes.OK;
    }
}
