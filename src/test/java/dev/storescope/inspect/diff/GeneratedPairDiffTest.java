package dev.storescope.inspect.diff;

import dev.storescope.json.SectionDiff;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated store against its refreshed variant: the exact counts the generator's parameters imply. */
class GeneratedPairDiffTest {
    static final GeneratedPair P = new GeneratedPair();
    static DiffResult result;

    @BeforeAll
    static void diff() throws Exception {
        Snapshot a = Snapshot.ofDir(GeneratedPair.base());
        result = SnapshotDiff.compare(a, Snapshot.ofDir(GeneratedPair.variant(), a));
    }

    @Test
    void theAlignedComparisonSaysWhatTheMapsSay() throws Exception {
        Snapshot a = Snapshot.ofDir(GeneratedPair.base());
        Snapshot b = Snapshot.ofDir(GeneratedPair.variant(), a);
        SimpleKVStore da = a.store("docstore.json", SimpleKVStore.class);
        SimpleKVStore db = b.store("docstore.json", SimpleKVStore.class);
        SimpleVectorStore va = a.store("default__vector_store.json", SimpleVectorStore.class);
        SimpleVectorStore vb = b.store("default__vector_store.json", SimpleVectorStore.class);
        for (String c : List.of("docstore/data", "docstore/metadata", "docstore/ref_doc_info")) {
            assertNotNull(SectionDiff.of(da.rawSection(c), db.rawSection(c)), c + " is compared off the twin scan");
        }
        for (SimpleVectorStore.Member m : SimpleVectorStore.Member.values()) {
            assertNotNull(SectionDiff.of(va.rawSection(m), vb.rawSection(m)), m + " is compared off the twin scan");
        }
        DiffResult aligned = SnapshotDiff.compare(a, b);
        DiffResult mapped = SnapshotDiff.compare(Snapshot.ofDir(GeneratedPair.base()), Snapshot.ofDir(GeneratedPair.variant()));
        Snapshot lazyA = Snapshot.deferred(GeneratedPair.base(), null);
        DiffResult deferred = SnapshotDiff.compare(lazyA, Snapshot.deferred(GeneratedPair.variant(), lazyA));
        for (DiffResult r : List.of(aligned, deferred)) {
            assertEquals(mapped.summary().toString(), r.summary().toString());
            assertEquals(mapped.changes(), r.changes());
        }
        assertEquals(result.changes(), aligned.changes());
    }

    @Test
    void theGeneratorDeletesEditsAndAddsDocuments() {
        // guards the derivation: a pair without every kind of change would test less
        assertTrue(P.deleted > 0 && P.edited > 0 && P.added > 0, P.deleted + "/" + P.edited + "/" + P.added);
    }

    @Test
    void refDocs() {
        Counts c = result.counts(Kind.REF_DOC);
        assertEquals(P.added, c.added());
        assertEquals(P.deleted, c.removed());
        assertEquals(P.edited, c.changed());
        assertEquals(GeneratedPair.DOCS - P.deleted - P.edited, c.unchanged());
        for (Change ch : result.changes()) {
            if (ch.kind() != Kind.REF_DOC || ch.status() != Status.CHANGED) continue;
            assertEquals(List.of("node_ids", "metadata.last_modified_date", "doc_hash"), ch.fields(), ch.id());
            assertEquals(true, ch.details().get("re_chunked"));
            assertEquals(GeneratedPair.NODES_PER_DOC, ch.details().get("nodes_before"));
            assertEquals(GeneratedPair.NODES_PER_DOC, ch.details().get("nodes_after"));
        }
    }

    @Test
    void nodesAndVectors() {
        int n = GeneratedPair.NODES_PER_DOC;
        for (Kind k : List.of(Kind.NODE, Kind.VECTOR)) {
            Counts c = result.counts(k);
            assertEquals((long) (P.added + P.edited) * n, c.added(), k.name());
            assertEquals((long) (P.deleted + P.edited) * n, c.removed(), k.name());
            assertEquals(0, c.changed(), k.name());
            assertEquals(0, c.reId(), k.name());
            assertEquals((long) (GeneratedPair.DOCS - P.deleted - P.edited) * n, c.unchanged(), k.name());
        }
    }

    @Test
    void everyIndexStructGainsAndLosesTheNodesOfTheDocuments() {
        Counts c = result.counts(Kind.INDEX_STRUCT);
        assertEquals(GeneratedPair.STRUCTS, c.changed());
        assertEquals(0, c.added() + c.removed() + c.unchanged());
        int n = GeneratedPair.NODES_PER_DOC;
        int before = GeneratedPair.DOCS * n;
        for (Change ch : result.changes()) {
            if (ch.kind() != Kind.INDEX_STRUCT) continue;
            assertEquals((P.added + P.edited) * n, ch.details().get("joined"), ch.toString());
            assertEquals((P.deleted + P.edited) * n, ch.details().get("left"), ch.toString());
            assertEquals(before, ch.details().get("nodes_before"));
            assertEquals(before - (P.deleted - P.added) * n, ch.details().get("nodes_after"));
        }
    }

    @Test
    void graphChatAndTheImageStoreAreUnchanged() {
        assertEquals(0, result.counts(Kind.TRIPLET).differing());
        assertTrue(result.counts(Kind.TRIPLET).unchanged() > 0);
        assertEquals(GeneratedPair.CHAT_SESSIONS, result.counts(Kind.CHAT_SESSION).unchanged());
        assertEquals(GeneratedPair.CHAT_SESSIONS * GeneratedPair.CHAT_MESSAGES, result.counts(Kind.CHAT_MESSAGE).unchanged());
        Counts files = result.counts(Kind.FILE);
        assertEquals(3, files.changed()); // docstore, index store, default vector store
        assertEquals(3, files.unchanged()); // graph, chat, image vector store
    }

    @Test
    void theReverseDiffSwapsAddedAndRemoved() throws Exception {
        DiffResult back = SnapshotDiff.compare(Snapshot.ofDir(GeneratedPair.variant()), Snapshot.ofDir(GeneratedPair.base()));
        for (Kind k : List.of(Kind.REF_DOC, Kind.NODE, Kind.VECTOR)) {
            assertEquals(result.counts(k).added(), back.counts(k).removed(), k.name());
            assertEquals(result.counts(k).removed(), back.counts(k).added(), k.name());
            assertEquals(result.counts(k).changed(), back.counts(k).changed(), k.name());
        }
    }

    @Test
    void aDirAgainstItselfIsEqual() throws Exception {
        DiffResult same = SnapshotDiff.compare(Snapshot.ofDir(GeneratedPair.base()), Snapshot.ofDir(GeneratedPair.base()));
        assertTrue(same.isEqual());
        assertEquals((long) GeneratedPair.DOCS * GeneratedPair.NODES_PER_DOC, same.counts(Kind.NODE).unchanged());
    }
}
