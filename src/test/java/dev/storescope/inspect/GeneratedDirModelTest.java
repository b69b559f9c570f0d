package dev.storescope.inspect;

import dev.storescope.inspect.edit.DeletePlan;
import dev.storescope.inspect.edit.Deletes;
import dev.storescope.inspect.edit.JobManager;
import dev.storescope.inspect.tree.NodeKind;
import dev.storescope.inspect.tree.SearchHit;
import dev.storescope.inspect.tree.StoreNode;
import dev.storescope.inspect.tree.StoreTree;
import dev.storescope.inspect.tree.TreeSearch;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scaling check on a generated dir (3,000 nodes, written by ../shared/tools/gen-persist-dir into
 * target/; skipped when the generator or python3 is missing): full paging of the big branches,
 * counts from the key indexes, search and a cascading delete. Speed itself is measured by
 * {@code storescope tree-bench} (README), not asserted here.
 */
class GeneratedDirModelTest {
    static final Path DIR = Path.of("target/tree-gen-3k");
    static StorageContext ctx;

    @BeforeAll
    static void generate() throws Exception {
        Path tool = Path.of("../shared/tools/gen-persist-dir");
        if (!Files.isDirectory(DIR)) {
            assumeTrue(Files.isExecutable(tool), "generator missing");
            Process p;
            try {
                p = new ProcessBuilder(tool.toString(), DIR.toString(), "--docs", "300", "--nodes-per-doc", "10", "--dim", "16",
                        "--text-chars", "200", "--graph", "--chat-sessions", "2", "--chat-messages", "3").inheritIO().start();
            } catch (java.io.IOException e) {
                assumeTrue(false, "cannot run the generator: " + e.getMessage());
                return;
            }
            assumeTrue(p.waitFor() == 0, "generator failed (python3 missing?)");
        }
        ctx = StorageContext.fromPersistDir(DIR);
    }

    static StoreNode child(StoreNode n, String id) {
        for (StoreNode c : n.children()) if (c.id().equals(id)) return c;
        throw new AssertionError(id + " not under " + n);
    }

    @Test
    void bigBranchesPageThroughEveryKeyInOrder() {
        StoreTree tree = StoreTree.of(ctx);
        tree.prefetch(() -> false);
        StoreNode doc = child(tree.root(), "docstore.json");
        StoreNode refDocs = child(doc, "Ref docs");
        assertEquals(300, refDocs.childCount());
        assertEquals("Nodes without a ref doc (0)", child(doc, "Nodes without a ref doc").label());
        StoreNode data = child(child(doc, "Raw collections"), "docstore/data");
        assertEquals(3000, data.childCount());
        List<String> paged = new ArrayList<>();
        for (int from = 0; from < data.childCount(); from += 1000) for (StoreNode n : data.children(from, 1000)) paged.add(n.id());
        assertEquals(ctx.kvStore("docstore.json").get().keys("docstore/data"), paged);
        StoreNode vec = child(tree.root(), "default__vector_store.json");
        assertEquals(3000, vec.childCount());
        assertEquals(1000, vec.children(2000, 5000).size());
        StoreNode struct = child(tree.root(), "index_store.json").children(0, 1).get(0);
        assertEquals(NodeKind.INDEX_STRUCT, struct.kind());
        assertEquals(3000, struct.childCount());
        assertFalse(struct.problem(), struct.detail());
        for (StoreNode n : struct.children(2500, 1000)) assertEquals(NodeKind.DOC_NODE, n.kind());
        String last = paged.get(paged.size() - 1);
        List<StoreNode> path = tree.pathTo(new ValueRef.DocNode(last)).orElseThrow();
        assertEquals(NodeKind.REF_DOC, path.get(3).kind());
        assertEquals(299, path.get(2).indexOfChild(path.get(3).id()));
    }

    @Test
    void searchFindsEveryNodeOfAFile() {
        var kv = ctx.kvStore("docstore.json").get();
        String id = kv.keys("docstore/data").get(1234);
        String fileName = kv.get(id, "docstore/data").getObject("__data__").get().getObject("metadata").get().getString("file_name");
        List<SearchHit> hits = TreeSearch.search(ctx, "metadata.file_name=" + fileName, 100).hits();
        assertEquals(10, hits.size(), fileName);
        assertTrue(hits.stream().anyMatch(h -> h.ref().equals(new ValueRef.DocNode(id))));
        assertEquals(List.of(new ValueRef.DocNode(id)), TreeSearch.search(ctx, id, 100).hits().stream().map(SearchHit::ref).toList());
    }

    @Test
    void refDocDeleteCascadesAndUndoes(@TempDir Path tmp) throws Exception {
        StorageContext c = StorageContext.fromPersistDir(DIR);
        String ref = c.kvStore("docstore.json").get().keys("docstore/ref_doc_info").get(150);
        DeletePlan plan = new Deletes(c).preview(new ValueRef.RefDoc(ref));
        assertEquals(10 * 2 + 2, plan.byFile().get("docstore.json").size(), plan.summary()); // 10 data + 10 metadata, ref doc metadata + record
        assertEquals(30, plan.byFile().get("default__vector_store.json").size());
        assertEquals(1, plan.byFile().get("index_store.json").size());
        JobManager jobs = new JobManager();
        jobs.push(new Deletes(c).delete(new ValueRef.RefDoc(ref)));
        assertEquals(2990, c.vectorStore("default").get().size());
        jobs.undo();
        c.persist(tmp.resolve("undone"));
        for (String f : List.of("docstore.json", "index_store.json", "default__vector_store.json")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(DIR.resolve(f)), Files.readAllBytes(tmp.resolve("undone").resolve(f))), f);
        }
    }
}
