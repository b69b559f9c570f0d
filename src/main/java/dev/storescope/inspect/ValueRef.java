package dev.storescope.inspect;

/**
 * What a tree item points at: the thing the editor shows and an action edits or deletes. Shared by
 * the tree model ({@code inspect.tree}), the jobs ({@code inspect.edit}) and the UI ({@code app}).
 */
public sealed interface ValueRef {
    /** A whole file of the dir. */
    record File(String file) implements ValueRef {
    }

    /** One entry of a key-value file, at the KV level (any collection of docstore.json, index_store.json, …). */
    record KvEntry(String file, String collection, String key) implements ValueRef {
    }

    /** A node (or document) record of the document store ({@code docstore.json}, collection {@code docstore/data}). */
    record DocNode(String nodeId) implements ValueRef {
    }

    /** A ref doc: its {@code docstore/ref_doc_info} record and, by cascade, its nodes everywhere. */
    record RefDoc(String refDocId) implements ValueRef {
    }

    /** An index struct of {@code index_store.json}. */
    record IndexStruct(String indexId) implements ValueRef {
    }

    /** One vector of a vector store namespace (embedding, ref doc id, metadata). */
    record Vector(String namespace, String nodeId) implements ValueRef {
    }

    /** A subject of {@code graph_store.json} with its [relation, object] pairs. */
    record GraphSubject(String subject) implements ValueRef {
    }

    /** One {@code [relation, object]} pair of a subject of {@code graph_store.json}. */
    record Triplet(String subject, String relation, String object) implements ValueRef {
    }

    /** A node (entity or chunk) of {@code property_graph_store.json}. */
    record PropertyGraphNode(String id) implements ValueRef {
    }

    /** A relation of {@code property_graph_store.json}, by its {@code source_label_target} key. */
    record PropertyGraphRelation(String key) implements ValueRef {
    }

    /** A chat session of {@code chat_store.json}. */
    record ChatSession(String key) implements ValueRef {
    }

    /** One message of a chat session. */
    record ChatMessage(String key, int index) implements ValueRef {
    }
}
