package dev.storescope.inspect.tree;

import dev.storescope.graph_stores.ChunkNode;
import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.FileKind;
import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.index_store.TsIndexStruct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lazy tree of a {@link StorageContext}: root = the persist dir, one branch per file (with its
 * size and what it is), and under each the items of its store. Nothing is read until a node is
 * labelled or expanded; big branches are paged ({@link StoreNode#children(int, int)}).
 * <p>
 * The tree reads the context live: after an edit (or undo) labels and counts are recomputed on
 * their next use, and a node built again for the same item is {@code equals} to the old one.
 */
public final class StoreTree {
    private final TreeData data;
    private final StoreNode root;

    /** The data of the last context a tree was made for: a tree built again after an edit reuses what was parsed. */
    private static TreeData last;

    private static synchronized TreeData dataFor(StorageContext ctx) {
        if (last != null && last.ctx() != ctx && ctx.completes(last.ctx())) last = TreeData.completed(last, ctx);
        if (last == null || last.ctx() != ctx) last = new TreeData(ctx);
        return last;
    }

    private StoreTree(StorageContext ctx) {
        this.data = dataFor(ctx);
        String name = ctx.persistDir().getFileName() == null ? ctx.persistDir().toString() : ctx.persistDir().getFileName().toString();
        this.root = new Item(data, null, NodeKind.DIR, name, null, n -> {
            long size = 0;
            for (PersistFile f : ctx.files()) size += f.size();
            return Info.of(Text.counted(name, ctx.files().size()), ctx.persistDir() + ", " + Text.bytes(size));
        }, Children.fixed(this::files));
    }

    public static StoreTree of(StorageContext ctx) {
        return new StoreTree(ctx);
    }

    public StoreNode root() {
        return root;
    }

    public StorageContext context() {
        return data.ctx();
    }

    /**
     * Computes, now, what the first two levels need (key indexes, the docstore's groups, decoded
     * index structs and their node ids): call it off the UI thread right after opening, so that
     * expanding those branches later costs nothing noticeable. Stops early when {@code cancelled}.
     */
    public void prefetch(java.util.function.BooleanSupplier cancelled) {
        root.label();
        for (StoreNode f : root.children(0, Integer.MAX_VALUE)) {
            if (cancelled.getAsBoolean()) return;
            f.label();
            f.detail();
            for (StoreNode c : f.children(0, 50)) {
                if (cancelled.getAsBoolean()) return;
                c.label();
                c.detail();
                c.childCount();
            }
        }
    }

    private List<StoreNode> files(StoreNode root) {
        List<StoreNode> out = new ArrayList<>();
        for (PersistFile f : data.ctx().files()) out.add(fileNode(f));
        return out;
    }

    /** The node of one file of the dir (empty when the dir has no such file). */
    public Optional<StoreNode> fileNode(String fileName) {
        for (PersistFile f : data.ctx().files()) if (f.name().equals(fileName)) return Optional.of(fileNode(f));
        return Optional.empty();
    }

    private StoreNode fileNode(PersistFile f) {
        StorageContext ctx = data.ctx();
        String n = f.name();
        String what = f.kind().description() + ", " + Text.bytes(f.size());
        ValueRef ref = new ValueRef.File(n);
        if (ctx.kvStore(n).isPresent()) {
            if (n.equals(data.docFile())) {
                DocstoreBranch b = new DocstoreBranch(data, n);
                return new Item(data, root, NodeKind.FILE, n, ref,
                        x -> Info.of(Text.counted(n, ctx.kvStore(n).get().size(DocGroups.DATA)), what + ", records in docstore/data"),
                        Children.fixed(b::groupsOf));
            }
            if (f.kind() == FileKind.INDEX_STORE) {
                IndexStoreBranch b = new IndexStoreBranch(data, n);
                return new Item(data, root, NodeKind.FILE, n, ref, x -> Info.of(Text.counted(n, b.structCount()), what + ", index structs"),
                        Children.fixed(b::childrenOf));
            }
            return new Item(data, root, NodeKind.FILE, n, ref,
                    x -> Info.of(Text.counted(n, ctx.kvStore(n).get().collectionNames().size()), what + ", collections"),
                    Children.keyed(() -> ctx.kvStore(n).get().collectionNames(), (p, c) -> KvBranch.collection(data, p, n, c)));
        }
        if (ctx.vectorStoreFile(n).isPresent()) return VectorBranch.namespace(data, root, f);
        if (n.equals(PersistDirScanner.GRAPH_STORE) && ctx.graphStore().isPresent()) {
            var g = ctx.graphStore().get();
            return new Item(data, root, NodeKind.FILE, n, ref,
                    x -> Info.of(Text.counted(n, g.size()), what + ", " + Text.count(g.tripletCount()) + " triplet(s)"),
                    Children.keyed(g::getAllSubjects, g::size, (p, s) -> GraphBranch.subject(data, p, s)));
        }
        if (n.equals(PersistDirScanner.PROPERTY_GRAPH_STORE) && ctx.propertyGraphStore().isPresent()) {
            var g = ctx.propertyGraphStore().get();
            return new Item(data, root, NodeKind.FILE, n, ref,
                    x -> Info.of(Text.counted(n, g.nodeCount() + g.relationCount()), what + ", " + Text.count(g.nodeCount()) + " node(s), "
                            + Text.count(g.relationCount()) + " relation(s), " + Text.count(g.tripletCount()) + " triplet(s)"),
                    Children.fixed(p -> GraphBranch.propertyGraphGroups(data, p)));
        }
        if (n.equals(PersistDirScanner.CHAT_STORE) && ctx.chatStore().isPresent()) {
            var c = ctx.chatStore().get();
            return new Item(data, root, NodeKind.FILE, n, ref, x -> Info.of(Text.counted(n, c.getKeys().size()), what + ", sessions"),
                    Children.keyed(c::getKeys, (p, k) -> ChatBranch.session(data, p, k)));
        }
        if (ctx.pending().contains(f)) return new Item(data, root, NodeKind.OTHER_FILE, n, ref, x -> Info.of(n, what + ", loading …"), null);
        return new Item(data, root, NodeKind.OTHER_FILE, n, ref, x -> {
            String problem = problemOf(n);
            return problem == null ? Info.of(n, what) : Info.problem(n, what, problem);
        }, null);
    }

    private String problemOf(String fileName) {
        for (LoadProblem p : data.ctx().problems()) if (p.file().name().equals(fileName)) return p.message();
        for (String w : data.ctx().warnings()) if (w.startsWith(fileName + " ")) return w;
        return null;
    }

    // ---- pathTo ------------------------------------------------------------------------------

    /**
     * The path root → … → the item a ref points at, as the tree shows it (for selecting a related
     * node, a problem or a diff item); empty when the dir has no such item.
     */
    public Optional<List<StoreNode>> pathTo(ValueRef ref) {
        try {
            List<StoreNode> p = path(ref);
            return Optional.ofNullable(p);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<StoreNode> path(ValueRef ref) {
        StorageContext ctx = data.ctx();
        if (ref instanceof ValueRef.File f) return fileNode(f.file()).map(fn -> List.of(root, fn)).orElse(null);
        if (ref instanceof ValueRef.KvEntry e) return kvPath(e);
        if (ref instanceof ValueRef.DocNode d) return docPath(d.nodeId());
        if (ref instanceof ValueRef.RefDoc r) {
            String file = data.docFile();
            if (file == null || !ctx.kvStore(file).get().containsKey(r.refDocId(), DocGroups.REF_DOC_INFO)) return null;
            StoreNode fn = fileNode(file).orElseThrow();
            StoreNode g = new DocstoreBranch(data, file).refDocsGroup(fn);
            return List.of(root, fn, g, new DocstoreBranch(data, file).refDoc(g, r.refDocId()));
        }
        if (ref instanceof ValueRef.IndexStruct s) {
            var kv = ctx.kvStore(PersistDirScanner.INDEX_STORE);
            if (kv.isEmpty() || !kv.get().containsKey(s.indexId(), IndexStoreBranch.COLLECTION)) return null;
            StoreNode fn = fileNode(PersistDirScanner.INDEX_STORE).orElseThrow();
            return List.of(root, fn, new IndexStoreBranch(data, PersistDirScanner.INDEX_STORE).struct(fn, s.indexId()));
        }
        if (ref instanceof ValueRef.Vector v) {
            var store = ctx.vectorStore(v.namespace());
            if (store.isEmpty() || !store.get().contains(v.nodeId())) return null;
            PersistFile file = null;
            for (PersistFile f : ctx.files()) if (ctx.vectorStoreFile(f.name()).map(s -> s == store.get()).orElse(false)) file = f;
            if (file == null) return null;
            StoreNode fn = fileNode(file);
            return List.of(root, fn, VectorBranch.vector(data, fn, store.get(), v.namespace(), v.nodeId()));
        }
        if (ref instanceof ValueRef.GraphSubject s) {
            if (ctx.graphStore().isEmpty() || !ctx.graphStore().get().hasSubject(s.subject())) return null;
            StoreNode fn = fileNode(PersistDirScanner.GRAPH_STORE).orElseThrow();
            return List.of(root, fn, GraphBranch.subject(data, fn, s.subject()));
        }
        if (ref instanceof ValueRef.Triplet t) {
            List<StoreNode> sp = path(new ValueRef.GraphSubject(t.subject()));
            if (sp == null) return null;
            var g = ctx.graphStore().get();
            List<List<String>> pairs = g.get(t.subject());
            int i = pairs.indexOf(List.of(t.relation(), t.object()));
            if (i < 0) return null;
            String id = GraphBranch.tripletIds(g, t.subject()).get(i);
            return append(sp, GraphBranch.triplet(data, sp.get(sp.size() - 1), t.subject(), id));
        }
        if (ref instanceof ValueRef.PropertyGraphNode n) {
            if (ctx.propertyGraphStore().isEmpty()) return null;
            LabelledNode node = ctx.propertyGraphStore().get().node(n.id());
            if (node == null) return null;
            StoreNode fn = fileNode(PersistDirScanner.PROPERTY_GRAPH_STORE).orElseThrow();
            StoreNode g = GraphBranch.propertyGraphGroups(data, fn).get(node instanceof ChunkNode ? 1 : 0);
            return List.of(root, fn, g, GraphBranch.pgNode(data, g, n.id()));
        }
        if (ref instanceof ValueRef.PropertyGraphRelation r) {
            if (ctx.propertyGraphStore().isEmpty() || ctx.propertyGraphStore().get().relation(r.key()) == null) return null;
            StoreNode fn = fileNode(PersistDirScanner.PROPERTY_GRAPH_STORE).orElseThrow();
            StoreNode g = GraphBranch.propertyGraphGroups(data, fn).get(2);
            return List.of(root, fn, g, GraphBranch.pgRelation(data, g, r.key()));
        }
        if (ref instanceof ValueRef.ChatSession s) {
            if (ctx.chatStore().isEmpty() || !ctx.chatStore().get().getKeys().contains(s.key())) return null;
            StoreNode fn = fileNode(PersistDirScanner.CHAT_STORE).orElseThrow();
            return List.of(root, fn, ChatBranch.session(data, fn, s.key()));
        }
        if (ref instanceof ValueRef.ChatMessage m) {
            List<StoreNode> sp = path(new ValueRef.ChatSession(m.key()));
            if (sp == null || m.index() < 0 || m.index() >= ctx.chatStore().get().getMessages(m.key()).size()) return null;
            return append(sp, ChatBranch.message(data, sp.get(sp.size() - 1), m.key(), m.index()));
        }
        throw new IllegalArgumentException("unknown ref " + ref);
}

    private List<StoreNode> kvPath(ValueRef.KvEntry e) {
        var kv = data.ctx().kvStore(e.file());
        if (kv.isEmpty() || !kv.get().containsKey(e.key(), e.collection())) return null;
        StoreNode fn = fileNode(e.file()).orElseThrow();
        if (e.file().equals(PersistDirScanner.INDEX_STORE) && e.collection().equals(TsIndexStruct.COLLECTION)
                && TsIndexStruct.isTsStruct(kv.get().get(e.key(), e.collection()))) {
            return List.of(root, fn, new IndexStoreBranch(data, e.file()).tsStruct(fn, e.key()));
        }
        boolean grouped = e.file().equals(data.docFile()) || data.ctx().file(e.file()).map(f -> f.info().kind() == FileKind.INDEX_STORE).orElse(false);
        List<StoreNode> p = new ArrayList<>(List.of(root, fn));
        StoreNode parent = fn;
        if (grouped) {
            parent = KvBranch.rawCollections(data, fn, e.file());
            p.add(parent);
        }
        StoreNode c = KvBranch.collection(data, parent, e.file(), e.collection());
        p.add(c);
        p.add(KvBranch.entry(data, c, e.file(), e.collection(), e.key()));
        return p;
    }

    private List<StoreNode> docPath(String nodeId) {
        String file = data.docFile();
        if (file == null || !data.docExists(nodeId)) return null;
        var kv = data.ctx().kvStore(file).get();
        DocstoreBranch b = new DocstoreBranch(data, file);
        StoreNode fn = fileNode(file).orElseThrow();
        String refDoc = DocGroups.refDocOf(data, kv, nodeId);
        if (refDoc == null && b.groups().covered().contains(nodeId)) { // metadata may not name it; ref_doc_info decides
            for (String r : b.groups().refDocs()) {
                if (DocGroups.nodeIds(data, kv, r).contains(nodeId)) {
                    refDoc = r;
                    break;
                }
            }
        }
        if (refDoc != null) {
            StoreNode g = b.refDocsGroup(fn);
            StoreNode r = b.refDoc(g, refDoc);
            return List.of(root, fn, g, r, b.node(r, nodeId));
        }
        StoreNode g = b.groups().documents().contains(nodeId) ? b.documentsGroup(fn) : b.orphansGroup(fn);
        return List.of(root, fn, g, b.node(g, nodeId));
    }

    private static List<StoreNode> append(List<StoreNode> p, StoreNode n) {
        List<StoreNode> out = new ArrayList<>(p);
        out.add(n);
        return List.copyOf(out);
    }
}
