package dev.storescope.cli;

import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.graph_stores.Triplet;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code graph …}: graph store reads on a persist dir. */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Graph store operations on a persist dir.")
final class GraphCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "triplets", description = "Print the triplets (subject, relation, object) of graph_store.json and "
            + "property_graph_store.json, one per line, tab-separated; with SUBJECT only that subject's.")
    int triplets(@Parameters(paramLabel = "DIR") Path dir, @Parameters(paramLabel = "SUBJECT", arity = "0..1") String subject) throws IOException {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CliSupport.failOnProblems(ctx);
        if (ctx.graphStore().isEmpty() && ctx.propertyGraphStore().isEmpty()) {
            throw new NotFoundException("no graph store in " + dir + " (graph_store.json / property_graph_store.json)");
        }
        PrintWriter out = spec.commandLine().getOut();
        int printed = 0;
        if (ctx.graphStore().isPresent()) {
            SimpleGraphStore g = ctx.graphStore().get();
            for (String subj : subject == null ? g.getAllSubjects() : List.of(subject)) {
                for (List<String> relObj : g.get(subj)) {
                    out.println(subj + "\t" + relObj.get(0) + "\t" + relObj.get(1));
                    printed++;
                }
            }
        }
        if (ctx.propertyGraphStore().isPresent()) {
            SimplePropertyGraphStore g = ctx.propertyGraphStore().get();
            for (Triplet t : g.allTriplets()) {
                if (subject != null && !t.subject().id().equals(subject)) continue;
                out.println(t.subject().id() + "\t" + t.relation().label() + "\t" + t.object().id());
                printed++;
            }
        }
        out.flush();
        if (printed == 0 && subject != null) throw new NotFoundException("no triplets with subject " + subject + " in " + dir);
        return ExitCodes.OK;
    }
}
