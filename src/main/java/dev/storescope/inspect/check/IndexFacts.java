package dev.storescope.inspect.check;

import dev.storescope.storage.index_store.IndexStruct;

import java.util.List;

/**
 * The index structs that decoded, with what the vector checks need: the vector ids each vector
 * index maps ({@code nodes_dict} keys), and whether every struct's node references are known.
 *
 * @param structs         key → struct, in file order (only the ones that decoded)
 * @param vectorIds       ids the vector store must hold (nodes_dict keys, summary ids), per struct key
 * @param allNodesKnown   false when a struct's node ids cannot be known (unknown type, property graph)
 * @param propertyGraph   true when a property graph index keeps entity vectors in the vector store
 */
record IndexFacts(List<Keyed> structs, java.util.Map<String, List<String>> vectorIds, boolean allNodesKnown, boolean propertyGraph) {
    record Keyed(String key, IndexStruct struct) {
    }

    static final IndexFacts NONE = new IndexFacts(List.of(), java.util.Map.of(), false, false);
}
