package dev.storescope.inspect.check;

import dev.storescope.inspect.repair.Repair;
import dev.storescope.inspect.repair.RepairSession;
import dev.storescope.inspect.repair.Repairs;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.index_store.IndexStruct;
import dev.storescope.vector_stores.SimpleVectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An orphan vector that also lacks its text_id_to_ref_doc_id entry (a half-finished delete): the
 * repair removes it from the maps that hold it, where delete_nodes would raise KeyError.
 */
class OrphanVectorRepairTest {
    @TempDir
    Path tmp;

    @Test
    void anOrphanWithoutItsRefDocEntryIsRemovedFromEveryMap() throws Exception {
        Path dir = GeneratedDir.copy(GeneratedDir.generate(tmp.resolve("gen")), tmp.resolve("dir"));
        String[] orphan = new String[1];
        Defects.edit(dir, c -> {
            orphan[0] = Defects.node(c, 11);
            IndexStruct s = Defects.idx(c).getIndexStruct(Defects.struct(c));
            Defects.putStruct(c, s.withoutNodeId(orphan[0]));
        });
        Defects.vectorKv(dir, kv -> kv.delete(orphan[0], "text_id_to_ref_doc_id"));

        StorageContext ctx = StorageContext.fromPersistDir(dir);
        CheckReport found = Checker.run(ctx);
        List<Finding> orphans = found.of(CheckId.VECTOR_ORPHAN);
        assertEquals(1, orphans.size(), found.findings().toString());
        List<Repair> repairs = Repairs.plan(orphans);
        RepairSession.apply(ctx, repairs);
        ctx.persist();

        StorageContext after = StorageContext.fromPersistDir(dir);
        SimpleVectorStore v = after.vectorStore("default").orElseThrow();
        assertFalse(v.contains(orphan[0]));
        assertNull(v.rawValue(SimpleVectorStore.Member.METADATA, orphan[0]));
        CheckReport left = Checker.run(after);
        assertEquals(List.of(), left.of(CheckId.VECTOR_ORPHAN));
        assertEquals(List.of(), left.of(CheckId.VECTOR_MISSING_REF_DOC_ID));
    }
}
