package dev.storescope.inspect.tree;

import dev.storescope.TestCorpus;
import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.edit.EditorValue;
import dev.storescope.inspect.edit.ValueEditor;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real and LlamaIndex.TS corpus dir: the tree's first levels build and label without an
 * exception, every item with a ref opens in the editor and can be found again with pathTo, node
 * details build, and a search runs.
 */
class CorpusTreeTest {
    static List<Path> dirs() {
        return TestCorpus.allDirs();
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void firstLevelsBuildAndEveryRefOpens(Path dir) throws Exception {
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        StoreTree tree = StoreTree.of(ctx);
        ValueEditor editor = new ValueEditor(ctx);
        assertEquals(ctx.files().size(), tree.root().childCount());
        int[] seen = {0};
        walk(tree, editor, ctx, tree.root(), 0, seen);
        assertTrue(seen[0] >= ctx.files().size(), "walked " + seen[0]);
        tree.prefetch(() -> false);
        SearchResult r = TreeSearch.search(ctx, "the", 20);
        for (SearchHit h : r.hits()) assertTrue(tree.pathTo(h.ref()).isPresent(), h.toString());
    }

    private static void walk(StoreTree tree, ValueEditor editor, StorageContext ctx, StoreNode n, int depth, int[] seen) {
        seen[0]++;
        assertNotNull(n.label());
        assertNotNull(n.detail());
        n.problemMessage();
        Optional<ValueRef> ref = n.ref();
        if (ref.isPresent() && n.kind() != NodeKind.MISSING) {
            EditorValue v = editor.read(ref.get());
            assertNotNull(v.text(), n.toString());
            Optional<List<StoreNode>> path = tree.pathTo(ref.get());
            assertTrue(path.isPresent(), "no path to " + ref.get() + " (" + n.key() + ")");
            assertEquals(ref, path.get().get(path.get().size() - 1).ref());
            if (n.kind() == NodeKind.DOC_NODE && ctx.docstore().isPresent()) assertNotNull(editor.details(((ValueRef.DocNode) ref.get()).nodeId()));
        }
        if (depth >= 4 || n.isLeaf()) return;
        int count = n.childCount();
        List<StoreNode> page = n.children(0, 15);
        assertEquals(Math.min(15, count), page.size(), n.toString());
        for (StoreNode c : page) {
            assertEquals(n, c.parent());
            walk(tree, editor, ctx, c, depth + 1, seen);
        }
        if (count > 15) assertEquals(Math.min(15, count - 15), n.children(15, 15).size());
    }
}
