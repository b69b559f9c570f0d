package dev.storescope.inspect.diff;

import dev.storescope.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The joined / left counts of a vector index read off the twin scan equal those of the two whole node sets. */
class MembershipTest {
    @Test
    void alignedCountsEqualWholeSetCounts() {
        check(false);
    }

    /** The usual nodes_dict (each vector id names itself as node): A's nodes are its keys, read without counting them. */
    @Test
    void alignedCountsEqualWholeSetCountsWhenEachEntryNamesItsOwnKey() {
        check(true);
    }

    private static void check(boolean keyed) {
        Random r = new Random(keyed ? 5 : 3);
        int aligned = 0;
        for (int round = 0; round < 400; round++) {
            List<String[]> base = new ArrayList<>();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) { // node ids may repeat, unless each entry names its own key
                base.add(keyed ? new String[] {"node" + i, "node" + i} : new String[] {"v" + i, "node" + r.nextInt(Math.max(1, n))});
            }
            List<String[]> edited = new ArrayList<>();
            for (String[] e : base) edited.add(e.clone());
            for (int e = r.nextInt(7); e > 0; e--) {
                int op = r.nextInt(4);
                int at = edited.isEmpty() ? 0 : r.nextInt(edited.size());
                if (op == 0 && !edited.isEmpty()) edited.remove(at);
                else if (op == 1 && keyed && r.nextBoolean()) edited.add(Math.min(at, edited.size()), new String[] {"node" + (n + e), "node" + (n + e)});
                else if (op == 1) edited.add(Math.min(at, edited.size()), new String[] {"w" + round + "_" + e, "node" + r.nextInt(40)});
                else if (op == 2 && !edited.isEmpty()) edited.get(at)[1] = "node" + r.nextInt(40);
                else if (!edited.isEmpty()) edited.add(edited.remove(at));
            }
            StructData da = StructData.of(envelope(base), "a");
            StructData db = StructData.of(envelope(edited), "b", da);
            Map<String, Object> fast = new LinkedHashMap<>();
            if (IndexStoreDiff.alignedMembership("vector_store", db.type(), Keyed.of(da.section("nodes_dict"), db.section("nodes_dict")), fast)) aligned++;
            Map<String, Object> whole = new LinkedHashMap<>();
            IndexStoreDiff.membership(da.stringValues("nodes_dict"), db.stringValues("nodes_dict"), whole);
            if (!fast.isEmpty()) assertEquals(whole, fast, "round " + round);
        }
        assertTrue(aligned > 390, "the aligned path ran: " + aligned);
    }

    private static JsonObject envelope(List<String[]> nodesDict) {
        JsonObject.Builder nd = JsonObject.builder();
        for (String[] e : nodesDict) nd.put(e[0], e[1]);
        JsonObject data = JsonObject.builder().put("index_id", "i").putNull("summary").put("nodes_dict", nd.build())
                .put("doc_id_dict", JsonObject.EMPTY).put("embeddings_dict", JsonObject.EMPTY).build();
        return JsonObject.builder().put("__type__", "vector_store").put("__data__", data).build();
    }
}
