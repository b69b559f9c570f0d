package dev.storescope.inspect.tree;

import dev.storescope.app.SampleStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree of the bundled sample store: every branch kind, counts, labels, paging, equality, pathTo. */
class StoreTreeTest {
    StorageContext ctx;
    StoreTree tree;

    @BeforeEach
    void open() throws Exception {
        ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        tree = StoreTree.of(ctx);
    }

    static StoreNode child(StoreNode n, Predicate<StoreNode> p) {
        for (StoreNode c : n.children()) if (p.test(c)) return c;
        throw new AssertionError("no such child of " + n + ":\n" + TreeDump.dump(n, 1, 50));
    }

    static StoreNode childId(StoreNode n, String id) {
        return child(n, c -> c.id().equals(id));
    }

    @Test
    void rootListsEveryFileWithSizeAndKind() {
        StoreNode root = tree.root();
        assertEquals(NodeKind.DIR, root.kind());
        assertEquals(ctx.files().size(), root.childCount());
        assertTrue(root.label().endsWith("(6)"), root.label());
        List<String> names = root.children().stream().map(StoreNode::id).toList();
        assertEquals(List.of("chat_store.json", "default__vector_store.json", "docstore.json", "graph_store.json", "image__vector_store.json", "index_store.json"), names);
        StoreNode doc = childId(root, "docstore.json");
        assertEquals(NodeKind.FILE, doc.kind());
        assertTrue(doc.detail().startsWith("document store, "), doc.detail());
        assertTrue(doc.detail().contains("KB"), doc.detail());
        assertEquals(Optional.of(new ValueRef.File("docstore.json")), doc.ref());
        assertEquals(NodeKind.VECTOR_NAMESPACE, childId(root, "default__vector_store.json").kind());
        assertTrue(childId(root, "default__vector_store.json").detail().contains("namespace default, dimension 8"));
    }

    @Test
    void docstoreBranches() {
        StoreNode doc = childId(tree.root(), "docstore.json");
        List<String> groups = doc.children().stream().map(StoreNode::id).toList();
        assertEquals(List.of("Ref docs", "Nodes without a ref doc", "Raw collections"), groups);
        StoreNode refDocs = childId(doc, "Ref docs");
        assertEquals("Ref docs (3)", refDocs.label());
        StoreNode tides = childId(refDocs, "doc-veloria-tides");
        assertEquals(NodeKind.REF_DOC, tides.kind());
        assertEquals("veloria-tides.md · doc-veloria-tides (3)", tides.label());
        assertEquals(Optional.of(new ValueRef.RefDoc("doc-veloria-tides")), tides.ref());
        assertEquals(3, tides.childCount());
        StoreNode n1 = tides.children(0, 1).get(0);
        assertEquals(NodeKind.DOC_NODE, n1.kind());
        assertTrue(n1.label().startsWith("Veloria's seven lighthouses run on tide engines"), n1.label());
        assertTrue(n1.label().endsWith(" · doc-veloria-tides-node-1"), n1.label());
        assertTrue(n1.detail().startsWith("text node, 92 chars"), n1.detail());
        assertTrue(n1.isLeaf());
        assertEquals("Nodes without a ref doc (0)", childId(doc, "Nodes without a ref doc").label());

        StoreNode raw = childId(doc, "Raw collections");
        assertEquals(3, raw.childCount());
        StoreNode data = childId(raw, "docstore/data");
        assertEquals(NodeKind.COLLECTION, data.kind());
        assertEquals("docstore/data (9)", data.label());
        StoreNode e = data.children(0, 1).get(0);
        assertEquals(NodeKind.KV_ENTRY, e.kind());
        assertEquals(Optional.of(new ValueRef.KvEntry("docstore.json", "docstore/data", "doc-veloria-tides-node-1")), e.ref());
        assertTrue(e.detail().endsWith("KB"), e.detail());
    }

    @Test
    void indexStructsResolveToDocstoreNodes() {
        StoreNode idx = childId(tree.root(), "index_store.json");
        assertEquals(3, idx.childCount()); // 2 structs + raw collections
        StoreNode first = idx.children(0, 1).get(0);
        assertEquals(NodeKind.INDEX_STRUCT, first.kind());
        assertTrue(first.label().contains(" · vector_store (9)") || first.label().contains(" · list (9)"), first.label());
        assertTrue(first.detail().contains("9 node(s)"), first.detail());
        for (StoreNode n : first.children()) assertEquals(NodeKind.DOC_NODE, n.kind());
        assertFalse(first.problem());
    }

    @Test
    void missingIndexNodesAreMarked() {
        ctx.docstore().orElseThrow().deleteDocument("doc-marrow-glass-node-2");
        StoreNode idx = childId(tree.root(), "index_store.json");
        StoreNode struct = idx.children(0, 1).get(0);
        assertTrue(struct.problem(), struct.detail());
        assertTrue(struct.detail().contains("1 missing"), struct.detail());
        StoreNode missing = childId(struct, "doc-marrow-glass-node-2");
        assertEquals(NodeKind.MISSING, missing.kind());
        assertTrue(missing.problem());
    }

    @Test
    void vectorsGraphAndChat() {
        StoreNode vec = childId(tree.root(), "default__vector_store.json");
        assertEquals(9, vec.childCount());
        StoreNode v = vec.children(0, 1).get(0);
        assertEquals(NodeKind.VECTOR, v.kind());
        assertTrue(v.detail().matches("dim 8, norm \\d\\.\\d{4}, ref doc doc-veloria-tides"), v.detail());
        assertEquals(Optional.of(new ValueRef.Vector("default", "doc-veloria-tides-node-1")), v.ref());
        assertEquals("image__vector_store.json (0)", childId(tree.root(), "image__vector_store.json").label());

        StoreNode graph = childId(tree.root(), "graph_store.json");
        assertEquals(6, graph.childCount());
        StoreNode ansel = childId(graph, "Keeper Ansel");
        assertEquals(NodeKind.GRAPH_SUBJECT, ansel.kind());
        assertEquals("Keeper Ansel (2)", ansel.label());
        StoreNode t = ansel.children().get(1);
        assertEquals(NodeKind.TRIPLET, t.kind());
        assertEquals("Keeper Ansel —added → tide tables", t.label());
        assertEquals(Optional.of(new ValueRef.Triplet("Keeper Ansel", "added", "tide tables")), t.ref());

        StoreNode chat = childId(tree.root(), "chat_store.json");
        StoreNode s = childId(chat, "visitor-1");
        assertEquals(NodeKind.CHAT_SESSION, s.kind());
        assertEquals("visitor-1 (4)", s.label());
        StoreNode m = s.children(1, 1).get(0);
        assertEquals(NodeKind.CHAT_MESSAGE, m.kind());
        assertTrue(m.label().startsWith("assistant: Their lenses are ground"), m.label());
        assertEquals(Optional.of(new ValueRef.ChatMessage("visitor-1", 1)), m.ref());
    }

    @Test
    void pagingReturnsTheAskedSlice() {
        StoreNode meta = childId(childId(childId(tree.root(), "docstore.json"), "Raw collections"), "docstore/metadata");
        assertEquals(12, meta.childCount());
        List<StoreNode> all = meta.children();
        List<StoreNode> paged = new ArrayList<>();
        for (int from = 0; from < 12; from += 5) paged.addAll(meta.children(from, 5));
        assertEquals(all, paged);
        assertEquals(2, meta.children(10, 1000).size());
        assertEquals(0, meta.children(12, 5).size());
        assertEquals(0, meta.children(50, 5).size());
        assertEquals(3, meta.indexOfChild(all.get(3).id()));
    }

    @Test
    void nodesOfANewTreeEqualTheOldOnesAndLabelsFollowEdits() {
        StoreNode a = childId(childId(childId(tree.root(), "docstore.json"), "Ref docs"), "doc-veloria-tides");
        StoreNode b = childId(childId(childId(StoreTree.of(ctx).root(), "docstore.json"), "Ref docs"), "doc-veloria-tides");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.parent());
        assertEquals("veloria-tides.md · doc-veloria-tides (3)", a.label());
        ctx.docstore().orElseThrow().deleteDocument("doc-veloria-tides-node-3");
        assertEquals("veloria-tides.md · doc-veloria-tides (2)", a.label());
        assertEquals(2, a.childCount());
    }

    @Test
    void pathToEveryKindOfRef() {
        Map<ValueRef, NodeKind> refs = Map.ofEntries(
                Map.entry(new ValueRef.File("graph_store.json"), NodeKind.FILE),
                Map.entry(new ValueRef.KvEntry("docstore.json", "docstore/metadata", "doc-marrow-glass"), NodeKind.KV_ENTRY),
                Map.entry(new ValueRef.DocNode("doc-marrow-glass-node-2"), NodeKind.DOC_NODE),
                Map.entry(new ValueRef.RefDoc("doc-keepers-logbook"), NodeKind.REF_DOC),
                Map.entry(new ValueRef.Vector("default", "doc-marrow-glass-node-1"), NodeKind.VECTOR),
                Map.entry(new ValueRef.GraphSubject("lens"), NodeKind.GRAPH_SUBJECT),
                Map.entry(new ValueRef.Triplet("Keeper Ansel", "keeps", "North Light"), NodeKind.TRIPLET),
                Map.entry(new ValueRef.ChatSession("keeper-ansel"), NodeKind.CHAT_SESSION),
                Map.entry(new ValueRef.ChatMessage("visitor-1", 3), NodeKind.CHAT_MESSAGE));
        for (Map.Entry<ValueRef, NodeKind> e : refs.entrySet()) {
            List<StoreNode> path = tree.pathTo(e.getKey()).orElseThrow(() -> new AssertionError("no path to " + e.getKey()));
            assertEquals(tree.root(), path.get(0));
            StoreNode last = path.get(path.size() - 1);
            assertEquals(e.getValue(), last.kind(), e.getKey().toString());
            assertEquals(Optional.of(e.getKey()), last.ref());
            for (int i = 1; i < path.size(); i++) {
                StoreNode parent = path.get(i - 1);
                int at = parent.indexOfChild(path.get(i).id());
                assertTrue(at >= 0, path.get(i) + " under " + parent);
                assertEquals(path.get(i), parent.children(at, 1).get(0), "path nodes are the nodes the tree shows");
            }
        }
        String structId = ctx.kvStore("index_store.json").orElseThrow().keys("index_store/data").get(1);
        List<StoreNode> p = tree.pathTo(new ValueRef.IndexStruct(structId)).orElseThrow();
        assertEquals(NodeKind.INDEX_STRUCT, p.get(2).kind());
        assertTrue(tree.pathTo(new ValueRef.DocNode("nope")).isEmpty());
        assertTrue(tree.pathTo(new ValueRef.ChatMessage("visitor-1", 4)).isEmpty());
        assertTrue(tree.pathTo(new ValueRef.Vector("image", "x")).isEmpty());
    }

    @Test
    void unknownAndBrokenFilesAreListedAsFiles() throws Exception {
        Path dir = SampleStore.copyToTemp();
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.writeString(dir.resolve("chat_store.json"), "{\"store\": {\"a\": [");
        StorageContext c = StorageContext.fromPersistDir(dir);
        StoreTree t = StoreTree.of(c);
        StoreNode notes = childId(t.root(), "notes.txt");
        assertEquals(NodeKind.OTHER_FILE, notes.kind());
        assertFalse(notes.problem());
        StoreNode chat = childId(t.root(), "chat_store.json");
        assertEquals(NodeKind.OTHER_FILE, chat.kind());
        assertTrue(chat.problem());
        assertTrue(chat.problemMessage().orElseThrow().contains("chat_store.json"), chat.problemMessage().get());
    }
}
