package dev.storescope.inspect.check;

import java.util.List;

/**
 * What the cross-store checks need to know about one {@code docstore/data} entry, extracted in the
 * parallel pass so the parsed node can be dropped right away.
 *
 * @param key          the data key
 * @param sourceId     SOURCE node id (null when none or not a single object)
 * @param metaRefDocId {@code metadata[key].ref_doc_id} (null when absent)
 * @param hasMetadata  true when {@code docstore/metadata} has the key
 * @param contentHash  the hash by current rules (null when it could not be computed)
 * @param className    the class the record decodes to (for vector metadata {@code _node_type})
 * @param links        PREVIOUS, NEXT, PARENT ids (null entries when absent)
 * @param children     CHILD ids (empty when absent)
 * @param indexId      IndexNode {@code index_id} (null otherwise)
 * @param sourceHash   the {@code hash} of the SOURCE relationship (null when none)
 */
record NodeFacts(String key, String sourceId, String metaRefDocId, boolean hasMetadata, String contentHash, String className,
                 String prev, String next, String parent, List<String> children, String indexId,
                 String sourceHash) {
}
