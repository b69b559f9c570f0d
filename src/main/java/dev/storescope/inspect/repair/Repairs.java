package dev.storescope.inspect.repair;

import dev.storescope.inspect.check.CheckId;
import dev.storescope.inspect.check.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings into repairs: one repair per repair id covering every finding given (so "Fix"
 * passes one finding and "Fix all like this" all findings of its check), in an order where earlier
 * repairs do not undo later ones (ids first, then ref_doc_info, hashes, index entries, vectors,
 * cascades, renames).
 */
public final class Repairs {
    private Repairs() {
    }

    public static List<Repair> plan(List<Finding> findings) {
        List<String> nodeKeyIds = new ArrayList<>();
        List<String> indexKeyIds = new ArrayList<>();
        Set<String> dedupe = new LinkedHashSet<>();
        Set<String> dangling = new LinkedHashSet<>();
        Set<String> rebuild = new LinkedHashSet<>();
        Set<String> hashes = new LinkedHashSet<>();
        Map<String, Set<String>> indexNodes = new LinkedHashMap<>();
        Map<String, Set<String>> indexVectors = new LinkedHashMap<>();
        Map<String, Set<String>> orphans = new LinkedHashMap<>();
        Set<String> cascade = new LinkedHashSet<>();
        boolean rename = false;
        for (Finding f : findings) {
            String key = f.location().key();
            CheckId c = f.check();
            switch (c) {
                case DOC_KEY_ID_MISMATCH -> addOnce(nodeKeyIds, key);
                case INDEX_KEY_ID_MISMATCH -> addOnce(indexKeyIds, key);
                case DOC_DUPLICATE_NODE_IDS -> dedupe.add(key);
                case DOC_DANGLING_REF_NODE, DOC_EMPTY_REF_DOC -> dangling.add(key);
                case DOC_REF_DOC_UNRECORDED, DOC_SOURCE_MISMATCH -> rebuild.add(key);
                case DOC_STALE_HASH, DOC_MISSING_METADATA -> hashes.add(key);
                case INDEX_DANGLING_NODE -> indexNodes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.subject());
                case INDEX_NODE_WITHOUT_VECTOR -> indexVectors.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.subject());
                case VECTOR_ORPHAN -> orphans.computeIfAbsent(f.location().file(), k -> new LinkedHashSet<>()).add(key);
                case INDEX_UNINDEXED_REF_DOC -> cascade.add(key);
                case FILE_LEGACY_VECTOR_STORE -> rename = true;
                default -> {
                    // no automatic repair
                }
            }
        }
        List<Repair> out = new ArrayList<>();
        if (!nodeKeyIds.isEmpty() || !indexKeyIds.isEmpty()) out.add(new FixKeyId(nodeKeyIds, indexKeyIds));
        if (!dedupe.isEmpty()) out.add(new DedupeNodeIds(List.copyOf(dedupe)));
        if (!dangling.isEmpty()) out.add(new DropDanglingIds(List.copyOf(dangling)));
        if (!rebuild.isEmpty()) out.add(new RebuildRefDocInfo(List.copyOf(rebuild)));
        if (!hashes.isEmpty()) out.add(new RecomputeDocHash(List.copyOf(hashes)));
        if (!indexNodes.isEmpty() || !indexVectors.isEmpty()) out.add(new RemoveIndexEntries(indexNodes, indexVectors));
        for (Map.Entry<String, Set<String>> e : orphans.entrySet()) out.add(new DeleteOrphanVectors(e.getKey(), List.copyOf(e.getValue())));
        if (!cascade.isEmpty()) out.add(new CascadeDeleteRefDoc(List.copyOf(cascade)));
        if (rename) out.add(new RenameLegacyVectorStore());
        return out;
    }

    private static void addOnce(List<String> l, String s) {
        if (!l.contains(s)) l.add(s);
    }

    /** Up to five quoted names, then a count. */
    static String names(List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, ids.size()); i++) sb.append(i == 0 ? "" : ", ").append('\'').append(ids.get(i)).append('\'');
        if (ids.size() > 5) sb.append(" and ").append(ids.size() - 5).append(" more");
        return sb.toString();
    }
}
