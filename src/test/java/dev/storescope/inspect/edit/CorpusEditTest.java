package dev.storescope.inspect.edit;

import dev.storescope.TestCorpus;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.kvstore.SimpleKVStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On every corpus dir (a copy) and the committed generated fixture: deletes of each kind the dir
 * has, and a re-apply of values as the editor shows them. Each preview equals the persisted byte
 * diff, and after undo every file comes back byte for byte.
 */
class CorpusEditTest {
    @TempDir
    Path tmp;

    static List<Path> dirs() {
        List<Path> l = new ArrayList<>(TestCorpus.allDirs());
        l.add(Path.of("src/test/resources/fixtures/generated-small"));
        return l;
    }

    /** Refs worth deleting in a dir: one of each kind it has. */
    static List<ValueRef> refsOf(StorageContext ctx) {
        List<ValueRef> out = new ArrayList<>();
        ctx.docstore().ifPresent(ds -> {
            SimpleKVStore kv = ds.kvstore();
            kv.keys(ds.refDocCollection()).stream().filter(ds::refDocExists).findFirst().ifPresent(r -> out.add(new ValueRef.RefDoc(r)));
            List<String> data = kv.keys(ds.nodeCollection());
            if (!data.isEmpty()) out.add(new ValueRef.DocNode(data.get(data.size() - 1)));
        });
        ctx.indexStore().ifPresent(is -> is.indexIds().stream().findFirst().ifPresent(id -> out.add(new ValueRef.IndexStruct(id))));
        for (var f : ctx.files()) {
            ctx.kvStore(f.name()).ifPresent(kv -> {
                for (String c : kv.collectionNames()) {
                    if (kv.size(c) > 0) {
                        out.add(new ValueRef.KvEntry(f.name(), c, kv.keys(c).get(0)));
                        break;
                    }
                }
            });
        }
        ctx.vectorStores().forEach((ns, v) -> {
            if (v.size() > 0 && v.refDocId(v.ids().get(0)) != null) out.add(new ValueRef.Vector(ns, v.ids().get(0)));
        });
        ctx.chatStore().ifPresent(c -> c.getKeys().stream().findFirst().ifPresent(k -> {
            out.add(new ValueRef.ChatSession(k));
            if (!c.getMessages(k).isEmpty()) out.add(new ValueRef.ChatMessage(k, c.getMessages(k).size() - 1));
        }));
        ctx.graphStore().ifPresent(g -> g.getAllSubjects().stream().findFirst().ifPresent(s -> {
            out.add(new ValueRef.GraphSubject(s));
            List<String> p = g.get(s).get(0);
            out.add(new ValueRef.Triplet(s, p.get(0), p.get(1)));
        }));
        return out;
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void deletesPreviewExactlyAndUndoRestoresBytes(Path corpusDir) throws Exception {
        Path dir = TestCorpus.copy(corpusDir, tmp.resolve("work"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        Path original = tmp.resolve("original");
        ctx.persist(original);
        Deletes deletes = new Deletes(ctx);
        JobManager jobs = new JobManager();
        int i = 0;
        for (ValueRef ref : refsOf(ctx)) {
            DeletePlan plan = deletes.preview(ref);
            jobs.push(deletes.delete(ref));
            Path out = tmp.resolve("deleted-" + i);
            ctx.persist(out);
            assertEquals(FileDiff.of(plan), FileDiff.changes(original, out), ref + "\n" + plan.summary());
            jobs.undo();
            Path back = tmp.resolve("undone-" + i++);
            ctx.persist(back);
            FileDiff.assertSameBytes(original, back);
        }
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void applyingTheShownValueChangesNothingVisible(Path corpusDir) throws Exception {
        Path dir = TestCorpus.copy(corpusDir, tmp.resolve("work"));
        StorageContext ctx = StorageContext.fromPersistDir(dir);
        Path original = tmp.resolve("original");
        ctx.persist(original);
        ValueEditor editor = new ValueEditor(ctx);
        JobManager jobs = new JobManager();
        for (ValueRef ref : refsOf(ctx)) {
            if (ref instanceof ValueRef.GraphSubject || ref instanceof ValueRef.Triplet) continue; // upsert moves an edited pair to the end
            EditorValue v = editor.read(ref);
            if (!v.editable()) continue;
            jobs.push(editor.apply(ref, v.text()));
            // a vector store persisted before metadata_dict existed gains it on add (as Python's to_dict writes it)
            String expected = ref instanceof ValueRef.Vector ? v.text().replace("\"metadata\": null", "\"metadata\": {}") : v.text();
            assertEquals(expected, editor.read(ref).text(), ref.toString());
        }
        while (jobs.canUndo()) jobs.undo();
        Path back = tmp.resolve("undone");
        ctx.persist(back);
        FileDiff.assertSameBytes(original, back);
        assertEquals(List.of(), Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
}
