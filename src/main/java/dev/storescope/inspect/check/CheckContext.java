package dev.storescope.inspect.check;

import dev.storescope.storage.StorageContext;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.docstore.SimpleDocumentStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks share about one persist dir: the storage context, and the document store facts
 * computed once in {@link DocstorePass} (node facts by key, ref_doc_info records).
 */
final class CheckContext {
    final StorageContext storage;
    final Findings out;
    private final Optional<SimpleDocumentStore> docs;
    private NodeFacts[] facts;
    private Map<String, NodeFacts> byKey;
    private Map<String, RefDocInfo> refDocs;

    CheckContext(StorageContext storage, Findings out) {
        this.storage = storage;
        this.out = out;
        Optional<SimpleDocumentStore> d;
        try {
            d = storage.docstore();
        } catch (RuntimeException e) {
            d = Optional.empty();
        }
        this.docs = d;
    }

    Optional<SimpleDocumentStore> docstore() {
        return docs;
    }

    /** Runs the docstore pass (once); empty facts when there is no Python docstore. */
    synchronized NodeFacts[] nodeFacts() {
        if (facts == null) facts = docs.map(d -> DocstorePass.run(d, out)).orElse(new NodeFacts[0]);
        return facts;
    }

    synchronized Map<String, NodeFacts> nodesByKey() {
        if (byKey == null) {
            NodeFacts[] f = nodeFacts();
            byKey = new HashMap<>(f.length * 4 / 3 + 1);
            for (NodeFacts n : f) if (n != null) byKey.put(n.key(), n);
        }
        return byKey;
    }

    /** True when {@code docstore/data} holds the key (whether or not its record decodes). */
    boolean hasNode(String key) {
        return docs.isPresent() && docs.get().kvstore().containsKey(key, docs.get().nodeCollection());
    }

    /** True when the docstore stores node text (its data collection has entries): dangling ids mean something. */
    boolean docstoreHoldsText() {
        return docs.isPresent() && docs.get().kvstore().size(docs.get().nodeCollection()) > 0;
    }

    synchronized Map<String, RefDocInfo> refDocs() {
        if (refDocs == null) refDocs = docs.map(SimpleDocumentStore::getAllRefDocInfo).orElse(Map.of());
        return refDocs;
    }
}
