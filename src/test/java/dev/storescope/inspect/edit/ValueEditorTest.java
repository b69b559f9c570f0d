package dev.storescope.inspect.edit;

import dev.storescope.app.SampleStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonReader;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.StoredNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading, validating and applying every kind of value on the sample, with undo/redo and byte checks. */
class ValueEditorTest {
    @TempDir
    Path tmp;
    StorageContext ctx;
    ValueEditor editor;
    JobManager jobs;
    Path original;

    @BeforeEach
    void open() throws Exception {
        ctx = StorageContext.fromPersistDir(SampleStore.copyToTemp());
        editor = new ValueEditor(ctx);
        jobs = new JobManager();
        original = tmp.resolve("original");
        ctx.persist(original);
    }

    /** Applies, persists, checks the changed keys, undoes, checks the bytes are back, redoes. */
    private void roundTrip(ValueRef ref, String text, Set<String> expectedChanges) throws Exception {
        jobs.push(editor.apply(ref, text));
        Path edited = tmp.resolve("edited-" + jobs.revision());
        ctx.persist(edited);
        assertEquals(new TreeSet<>(expectedChanges), FileDiff.changes(original, edited));
        jobs.undo();
        Path undone = tmp.resolve("undone-" + jobs.revision());
        ctx.persist(undone);
        FileDiff.assertSameBytes(original, undone);
        jobs.redo();
        Path redone = tmp.resolve("redone-" + jobs.revision());
        ctx.persist(redone);
        FileDiff.assertSameBytes(edited, redone);
        jobs.undo();
    }

    @Test
    void validateGivesCharOffsetLineAndColumn() {
        assertTrue(editor.validate("{\"a\": [1, 2, NaN]}").ok());
        JsonCheck c = editor.validate("{\n  \"é\": [1, 2,]\n}");
        assertFalse(c.ok());
        assertEquals(2, c.line());
        assertEquals(14, c.column(), c.toString());
        assertEquals(15, c.offset());
        assertFalse(editor.validate("{\"a\": 1} x").ok());
        assertFalse(editor.validate("").ok());
        assertFalse(editor.validate("{'a': 1}").ok(), "Python's json rejects single quotes");
        assertFalse(editor.validate(new ValueRef.ChatSession("visitor-1"), "{}").ok(), "a session is an array");
    }

    @Test
    void kvEntryEdit() throws Exception {
        ValueRef ref = new ValueRef.KvEntry("docstore.json", "docstore/metadata", "doc-marrow-glass");
        EditorValue v = editor.read(ref);
        assertTrue(v.editable());
        assertTrue(v.text().startsWith("{\n  \"doc_hash\": "), v.text());
        roundTrip(ref, "{\"doc_hash\": \"x\"}", Set.of("UPDATE docstore.json › docstore/metadata › doc-marrow-glass"));
        assertThrows(IllegalArgumentException.class, () -> editor.apply(ref, "[1]"));
        assertThrows(IllegalArgumentException.class, () -> editor.apply(ref, "{\"a\": }"));
    }

    @Test
    void nodeEditKeepsTheHashInStep() throws Exception {
        ValueRef ref = new ValueRef.DocNode("doc-veloria-tides-node-1");
        EditorValue v = editor.read(ref);
        JsonObject env = (JsonObject) JsonReader.parse(v.text(), "t");
        StoredNode edited = StoredNode.fromEnvelope(env).withText("Changed text.");
        String text = Json.show(edited.envelope());
        String oldHash = ctx.docstore().get().getDocumentHash("doc-veloria-tides-node-1");
        jobs.push(editor.apply(ref, text));
        assertEquals("Changed text.", ctx.docstore().get().getDocument("doc-veloria-tides-node-1").text());
        String newHash = ctx.docstore().get().getDocumentHash("doc-veloria-tides-node-1");
        assertNotEquals(oldHash, newHash);
        assertEquals(edited.hash(), newHash);
        jobs.undo();
        assertEquals(oldHash, ctx.docstore().get().getDocumentHash("doc-veloria-tides-node-1"));
        roundTrip(ref, text, Set.of("UPDATE docstore.json › docstore/data › doc-veloria-tides-node-1",
                "UPDATE docstore.json › docstore/metadata › doc-veloria-tides-node-1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> editor.apply(ref, text.replace("doc-veloria-tides-node-1", "other")));
        assertTrue(e.getMessage().contains("must stay"), e.getMessage());
    }

    @Test
    void indexStructShownDecodedAndWrittenInItsForm() throws Exception {
        String id = ctx.kvStore("index_store.json").get().keys("index_store/data").get(0);
        ValueRef ref = new ValueRef.IndexStruct(id);
        EditorValue v = editor.read(ref);
        assertTrue(v.text().contains("\"__data__\": {"), v.text());
        String text = v.text().replaceFirst("\"summary\": null", "\"summary\": \"Lighthouses\"");
        assertNotEquals(v.text(), text, v.text());
        roundTrip(ref, text, Set.of("UPDATE index_store.json › index_store/data › " + id));
        jobs.redo();
        assertEquals("Lighthouses", ctx.indexStore().get().getIndexStruct(id).summary());
        assertTrue(ctx.kvStore("index_store.json").get().get(id, "index_store/data").get("__data__") instanceof dev.storescope.json.JsonString);
        assertThrows(IllegalArgumentException.class, () -> editor.apply(ref, text.replace(id, "other-id")));
    }

    @Test
    void vectorEdit() throws Exception {
        ValueRef ref = new ValueRef.Vector("default", "doc-marrow-glass-node-3");
        EditorValue v = editor.read(ref);
        assertTrue(v.text().contains("\"embedding\": ["), v.text());
        String text = v.text().replaceFirst(java.util.regex.Pattern.quote("\"ref_doc_id\": \"doc-marrow-glass\""), "\"ref_doc_id\": \"other\""); // the top-level one (metadata has one too)
        roundTrip(ref, text, Set.of("UPDATE default__vector_store.json › text_id_to_ref_doc_id › doc-marrow-glass-node-3"));
        assertThrows(IllegalArgumentException.class, () -> editor.apply(ref, "{\"embedding\": [1, \"x\"]}"));
    }

    @Test
    void chatEdits() throws Exception {
        ValueRef msg = new ValueRef.ChatMessage("visitor-1", 2);
        EditorValue v = editor.read(msg);
        String text = v.text().replace("Who keeps the North Light?", "Who keeps the South Light?");
        roundTrip(msg, text, Set.of("UPDATE chat_store.json › store › visitor-1"));
        ValueRef session = new ValueRef.ChatSession("keeper-ansel");
        roundTrip(session, "[]", Set.of("UPDATE chat_store.json › store › keeper-ansel"));
    }

    @Test
    void graphEdits() throws Exception {
        ValueRef subject = new ValueRef.GraphSubject("Keeper Ansel");
        roundTrip(subject, "[[\"keeps\", \"North Light\"], [\"added\", \"tide tables\"], [\"writes\", \"logbook\"]]",
                Set.of("UPDATE graph_store.json › graph_dict › Keeper Ansel"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> editor.apply(subject, "[[\"added\", \"tide tables\"], [\"keeps\", \"North Light\"]]"));
        assertTrue(e.getMessage().contains("reorder"), e.getMessage());
        ValueRef t = new ValueRef.Triplet("lens", "is ground from", "dune glass");
        roundTrip(t, "[\"is made of\", \"dune glass\"]", Set.of("UPDATE graph_store.json › graph_dict › lens"));
    }

    @Test
    void refDocAndFiles() throws Exception {
        ValueRef r = new ValueRef.RefDoc("doc-veloria-tides");
        assertTrue(editor.read(r).text().contains("\"node_ids\""));
        EditorValue f = editor.read(new ValueRef.File("docstore.json"));
        assertFalse(f.editable());
        assertFalse(f.json());
        assertThrows(IllegalStateException.class, () -> editor.apply(new ValueRef.File("docstore.json"), "{}"));
        assertThrows(NotFoundException.class, () -> editor.read(new ValueRef.DocNode("nope")));
    }
}
