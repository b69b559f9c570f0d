package dev.storescope.cli;

import dev.storescope.storage.PersistReport;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.SimpleDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code doc …}: document store operations on a persist dir, with Python's semantics, then persist. */
@Command(name = "doc", mixinStandardHelpOptions = true, description = "Document store operations on a persist dir.")
final class DocCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "delete", description = "delete_document(NODE_ID): removes the node from docstore/data and /metadata and from "
            + "its ref doc's node_ids (the ref doc's records go with its last node), then persists.")
    int delete(@Parameters(paramLabel = "DIR") Path dir, @Parameters(paramLabel = "NODE_ID") String nodeId) throws IOException {
        StorageContext ctx = open(dir);
        docstore(ctx).deleteDocument(nodeId, true);
        return save(ctx, "deleted node " + nodeId);
    }

    @Command(name = "delete-ref", description = "delete_ref_doc(REF_DOC_ID): deletes every node of the ref doc and its records, then persists.")
    int deleteRef(@Parameters(paramLabel = "DIR") Path dir, @Parameters(paramLabel = "REF_DOC_ID") String refDocId) throws IOException {
        StorageContext ctx = open(dir);
        SimpleDocumentStore doc = docstore(ctx);
        var info = doc.getRefDocInfo(refDocId);
        int nodes = info == null ? 0 : info.nodeIds().size();
        doc.deleteRefDoc(refDocId, true);
        return save(ctx, "deleted ref doc " + refDocId + " and its " + nodes + " node(s)");
    }

    private static StorageContext open(Path dir) throws IOException {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        return ctx;
    }

    private static SimpleDocumentStore docstore(StorageContext ctx) {
        return ctx.docstore().orElseThrow(() -> new CliFailure(ExitCodes.BAD_INPUT, ctx.warnings().stream()
                .filter(w -> w.startsWith("docstore.json")).findFirst()
                .orElse("no docstore.json in " + ctx.persistDir())));
    }

    private int save(StorageContext ctx, String what) throws IOException {
        PersistReport r = ctx.persist();
        PrintWriter out = spec.commandLine().getOut();
        out.println(what);
        for (Path p : r.written()) out.println("wrote " + p);
        if (!r.backups().isEmpty()) out.println("previous version kept in " + r.backupFolder());
        out.flush();
        return ExitCodes.OK;
    }
}
