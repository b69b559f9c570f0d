package dev.storescope.app.problems;

import dev.storescope.inspect.ValueRef;
import dev.storescope.inspect.check.CheckId;
import dev.storescope.inspect.check.Finding;
import dev.storescope.inspect.check.Location;
import dev.storescope.inspect.check.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which findings mark tree items: errors and warnings, the most severe first; info findings stay in the panel. */
class ProblemRowsTest {
    private static final ValueRef STRUCT = new ValueRef.IndexStruct("veloria-vector");
    private static final ValueRef NODE = new ValueRef.DocNode("n1");

    private static Finding finding(CheckId id, Severity s, ValueRef ref) {
        return Finding.of(id, Location.kv("index_store.json", "index_store/data", "k", ref), "message of " + id.id()).withSeverity(s);
    }

    @Test
    void infoFindingsDoNotMarkTheTree() {
        Map<ValueRef, String> marks = ProblemRows.byRef(List.of(
                finding(CheckId.INDEX_SEVERAL_STRUCTS, Severity.INFO, STRUCT),
                finding(CheckId.DOC_DANGLING_REF_NODE, Severity.WARNING, NODE),
                finding(CheckId.DOC_DANGLING_REF_NODE, Severity.ERROR, NODE)));
        assertEquals(List.of(NODE), List.copyOf(marks.keySet()));
        assertTrue(marks.get(NODE).startsWith(Severity.ERROR.label() + " "), marks.get(NODE));
        assertTrue(marks.get(NODE).contains("(+1 more in Problems)"), marks.get(NODE));
    }
}
