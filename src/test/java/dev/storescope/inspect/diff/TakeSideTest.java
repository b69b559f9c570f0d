package dev.storescope.inspect.diff;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.storage.Restorable;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Taking the other side of changes restores items into an open store; their saved states undo it. */
class TakeSideTest {
    @TempDir
    Path tmp;

    @Test
    void takingTheOldSideOfEveryRefDocAndStructRestoresTheBaseStore() throws Exception {
        Path dir = DirPair.copy(GeneratedPair.variant(), tmp.resolve("v"));
        Snapshot base = Snapshot.ofDir(GeneratedPair.base());
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        DiffResult before = SnapshotDiff.compare(base, Snapshot.ofDir(dir));
        Set<ValueRef> refs = new LinkedHashSet<>();
        for (Change c : before.changes()) {
            if (c.kind() == Kind.REF_DOC || c.kind() == Kind.INDEX_STRUCT) refs.add(c.ref());
        }
        assertFalse(refs.isEmpty());
        for (ValueRef r : refs) TakeSide.apply(base, ctx, r);
        DiffResult pending = SnapshotDiff.compare(base, Snapshot.ofContext(ctx));
        assertTrue(pending.isEqual(), pending.changes().toString());
        ctx.persist();
        assertTrue(SnapshotDiff.compare(base, Snapshot.ofDir(dir)).isEqual());
    }

    @Test
    void savedStatesOfTheAffectedStoresUndoATake() throws Exception {
        Path dir = DirPair.copy(GeneratedPair.variant(), tmp.resolve("v"));
        Snapshot base = Snapshot.ofDir(GeneratedPair.base());
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        Change removed = SnapshotDiff.compare(base, Snapshot.ofDir(dir)).changes().stream()
                .filter(c -> c.kind() == Kind.REF_DOC && c.status() == Status.REMOVED).findFirst().orElseThrow();
        List<Restorable> stores = TakeSide.affected(ctx, removed.ref());
        assertEquals(3, stores.size()); // docstore.json and both vector stores (default, image)
        List<Object> states = new ArrayList<>();
        for (Restorable s : stores) states.add(s.saveState());
        TakeSide.apply(base, ctx, removed.ref());
        assertTrue(ctx.docstore().orElseThrow().refDocExists(removed.id()));
        assertEquals(GeneratedPair.NODES_PER_DOC, ctx.docstore().orElseThrow().refDocNodeIds(removed.id()).size());
        for (String n : ctx.docstore().orElseThrow().refDocNodeIds(removed.id())) assertTrue(ctx.vectorStore("default").orElseThrow().contains(n));
        for (int i = 0; i < stores.size(); i++) stores.get(i).restoreState(states.get(i));
        assertTrue(SnapshotDiff.compare(Snapshot.ofDir(GeneratedPair.variant()), Snapshot.ofContext(ctx)).isEqual());
        assertTrue(SnapshotDiff.compare(Snapshot.ofDir(dir), Snapshot.ofContext(ctx)).isEqual(), "nothing left to persist");
    }

    @Test
    void aSingleNodeComesBackIntoItsRefDoc() throws Exception {
        DirPair p = new DirPair(tmp);
        String[] gone = new String[2];
        p.edit(ctx -> {
            SimpleKVStore kv = ctx.kvStore("docstore.json").orElseThrow();
            gone[0] = kv.keys("docstore/ref_doc_info").get(9);
            gone[1] = RefDocInfo.fromJson(kv.get(gone[0], "docstore/ref_doc_info")).nodeIds().get(0);
            ctx.docstore().orElseThrow().deleteDocument(gone[1]);
            kv.put("stray", JsonObject.builder().put("doc_hash", "x").build(), "docstore/metadata");
        });
        StorageContext ctx = StorageContext.fromPersistDir(p.b);
        Snapshot a = Snapshot.ofDir(p.a);
        TakeSide.apply(a, ctx, new ValueRef.DocNode(gone[1]));
        assertTrue(ctx.docstore().orElseThrow().refDocNodeIds(gone[0]).contains(gone[1]));
        TakeSide.apply(a, ctx, new ValueRef.KvEntry("docstore.json", "docstore/metadata", "stray"));
        DiffResult r = SnapshotDiff.compare(a, Snapshot.ofContext(ctx));
        assertEquals(0, r.counts(Kind.NODE).differing());
        assertEquals(0, r.counts(Kind.DOC_HASH).differing());
        assertEquals(1, r.counts(Kind.REF_DOC).changed()); // node_ids order: the node came back last
        assertEquals(List.of("node_ids (order)"), r.changes().stream().filter(c -> c.kind() == Kind.REF_DOC).findFirst().orElseThrow().fields());
    }

    @Test
    void vectorsGraphSubjectsAndChatSessions() throws Exception {
        DirPair p = new DirPair(tmp);
        p.edit(ctx -> {
            var v = ctx.vectorStore("default").orElseThrow();
            v.deleteNodes(List.of(v.ids().get(0)), null);
            var g = ctx.graphStore().orElseThrow();
            String s = g.getAllSubjects().get(2);
            List<String> pair = g.get(s).get(0);
            g.delete(s, pair.get(0), pair.get(1));
            g.upsertTriplet(s, "invented", "Entity 0");
            var chat = ctx.chatStore().orElseThrow();
            chat.deleteMessages(chat.getKeys().get(1));
        });
        StorageContext ctx = StorageContext.fromPersistDir(p.b);
        Snapshot a = Snapshot.ofDir(p.a);
        Set<ValueRef> refs = new LinkedHashSet<>();
        for (Change c : SnapshotDiff.compare(a, Snapshot.ofDir(p.b)).changes()) if (c.kind() != Kind.FILE) refs.add(c.ref());
        assertEquals(4, refs.size(), refs.toString()); // a vector, two triplets, a chat session
        for (ValueRef r : refs) TakeSide.apply(a, ctx, r);
        assertTrue(SnapshotDiff.compare(a, Snapshot.ofContext(ctx)).isEqual());
        assertThrows(UnsupportedOperationException.class, () -> TakeSide.apply(a, ctx, new ValueRef.File("docstore.json")));
    }
}
