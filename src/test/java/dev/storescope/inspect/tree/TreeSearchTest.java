package dev.storescope.inspect.tree;

import dev.storescope.app.SampleStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeSearchTest {
    static StorageContext ctx;

    @BeforeAll
    static void open() throws Exception {
        ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
    }

    static List<ValueRef> refs(SearchResult r) {
        return r.hits().stream().map(SearchHit::ref).toList();
    }

    @Test
    void parse() {
        assertEquals(new SearchQuery(null, "file_name", "a.md"), SearchQuery.parse(" metadata.file_name = a.md "));
        assertEquals(new SearchQuery(null, "title", "x = y"), SearchQuery.parse("metadata.title=\"x = y\""));
        assertEquals(new SearchQuery("node-1", null, null), SearchQuery.parse("node-1"));
        assertTrue(SearchQuery.parse("  ").isEmpty());
        assertTrue(TreeSearch.search(ctx, "", 10).hits().isEmpty());
    }

    @Test
    void byIdSubstring() {
        SearchResult r = TreeSearch.search(ctx, "MARROW-glass-node", 100);
        assertEquals(List.of(new ValueRef.DocNode("doc-marrow-glass-node-1"), new ValueRef.DocNode("doc-marrow-glass-node-2"),
                new ValueRef.DocNode("doc-marrow-glass-node-3")), refs(r));
        assertEquals("id", r.hits().get(0).why());
        assertEquals(List.of(new ValueRef.RefDoc("doc-marrow-glass")), refs(TreeSearch.search(ctx, "doc-marrow-glass", 100)).stream()
                .filter(x -> x instanceof ValueRef.RefDoc).toList());
    }

    @Test
    void byTextIgnoringCase() {
        SearchResult r = TreeSearch.search(ctx, "FOURTEEN hours", 100);
        assertEquals(List.of(new ValueRef.DocNode("doc-veloria-tides-node-2")), refs(r));
        assertTrue(r.hits().get(0).why().startsWith("text: "), r.hits().get(0).why());
        assertTrue(r.hits().get(0).why().contains("fourteen hours"), r.hits().get(0).why());
        SearchResult chat = TreeSearch.search(ctx, "neap tide, cranked", 100);
        assertEquals(List.of(new ValueRef.ChatMessage("keeper-ansel", 0)), refs(chat));
        assertTrue(refs(TreeSearch.search(ctx, "dune glass", 100)).contains(new ValueRef.Triplet("lens", "is ground from", "dune glass")));
        assertTrue(refs(TreeSearch.search(ctx, "Keeper Ansel", 100)).contains(new ValueRef.GraphSubject("Keeper Ansel")));
        assertTrue(TreeSearch.search(ctx, "no such words anywhere", 100).hits().isEmpty());
    }

    @Test
    void byMetadata() {
        SearchResult r = TreeSearch.search(ctx, "metadata.file_name=marrow-glass.md", 100);
        assertEquals(3, r.hits().size(), r.toString());
        for (SearchHit h : r.hits()) assertTrue(((ValueRef.DocNode) h.ref()).nodeId().startsWith("doc-marrow-glass-node-"));
        assertTrue(r.hits().get(0).why().startsWith("metadata.file_name = "), r.hits().get(0).why());
        assertEquals(3, TreeSearch.search(ctx, "metadata.chapter=1", 100).hits().size(), "numbers match by their JSON text");
        assertEquals(0, TreeSearch.search(ctx, "metadata.chapter=one", 100).hits().size());
    }

    @Test
    void limitAndCancel() {
        SearchResult r = TreeSearch.search(ctx, SearchQuery.parse("doc-"), 2, () -> false, h -> { });
        assertEquals(2, r.hits().size());
        assertTrue(r.limitReached());
        AtomicInteger seen = new AtomicInteger();
        List<SearchHit> streamed = new ArrayList<>();
        SearchResult c = TreeSearch.search(ctx, SearchQuery.parse("doc-"), 100, () -> seen.get() >= 1, h -> {
            streamed.add(h);
            seen.incrementAndGet();
        });
        assertTrue(c.cancelled());
        assertEquals(1, c.hits().size());
        assertEquals(c.hits(), streamed);
        assertFalse(c.limitReached());
    }

    @Test
    void everyHitHasAPathInTheTree() {
        StoreTree tree = StoreTree.of(ctx);
        for (String q : List.of("doc-", "lighthouse", "metadata.title=The Tide Engines of Veloria", "keeps", "Ansel")) {
            for (SearchHit h : TreeSearch.search(ctx, q, 100).hits()) {
                assertTrue(tree.pathTo(h.ref()).isPresent(), q + " → " + h);
            }
        }
    }
}
