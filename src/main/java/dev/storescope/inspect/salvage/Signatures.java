package dev.storescope.inspect.salvage;

import java.util.Map;

/**
 * How an entry of a LlamaIndex file starts, per member: the first byte of the value and, for
 * objects, the first key. Used to find the next entry after damage without mistaking a nested
 * member for one.
 */
final class Signatures {
    /** Expected value start per well-known member: "{" + first key, or "[" / "\"". */
    static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("docstore/data", "{__data__"),
            Map.entry("docstore/metadata", "{doc_hash"),
            Map.entry("index_store/data", "{__type__"),
            Map.entry("embedding_dict", "["),
            Map.entry("embeddingDict", "["),
            Map.entry("text_id_to_ref_doc_id", "\""),
            Map.entry("textIdToRefDocId", "\""),
            Map.entry("text_id_to_doc_id", "\""),
            Map.entry("store", "["));

    private Signatures() {
    }
}
