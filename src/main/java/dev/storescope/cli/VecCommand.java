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
}
