package dev.storescope.storage.index_store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code KeywordTable} ({@code keyword_table}): {@code table} maps a keyword to node ids. On disk
 * the id lists are Python sets written as arrays, so their order varies between runs.
 */
public final class KeywordTable extends TypedIndexStruct {
    KeywordTable(IndexStruct struct) {
        super(struct);
    }

    /** {@code table}: keyword → node ids. */
    public Map<String, List<String>> table() {
        return listMap("table");
    }

    public Set<String> keywords() {
        return table().keySet();
    }

    @Override
    public List<String> nodeIds() {
        return distinctOfLists(table().values());
    }

    /** KeywordTableIndex {@code _delete_node}: removes the id from every keyword and drops keywords left empty. */
    @Override
    public KeywordTable withoutNodeId(String nodeId) {
        Map<String, List<String>> t = table();
        if (t.values().stream().noneMatch(l -> l.contains(nodeId))) return this;
        return new KeywordTable(withField("table", listMapWithout(t, nodeId, true)));
    }
}
