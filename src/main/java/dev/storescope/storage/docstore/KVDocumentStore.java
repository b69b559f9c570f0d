package dev.storescope.storage.docstore;

import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.kvstore.BaseKVStore;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * LlamaIndex's {@code KVDocumentStore} over any {@link BaseKVStore} (spec §4.1, §4.5, §4.7):
 * collections {@code <namespace>/data} (node envelopes), {@code <namespace>/metadata}
 * ({@code doc_hash}, {@code ref_doc_id}) and {@code <namespace>/ref_doc_info}.
 * <p>
 * Every operation follows core 0.14's semantics, error messages and write order (data pairs,
 * then metadata pairs, then merged ref-doc pairs), so a store changed here has the key order
 * Python would give it. Hashes for new metadata entries use the current rules ({@link NodeHasher}).
 * <p>
 * The {@code a...} methods return futures over the same logic. Deliberate deviation: Python's
 * {@code adelete_document} looks the RefDocInfo up by the node id and so never updates
 * {@code ref_doc_info} (zombie node ids, llama_index PR #22958); {@link #adeleteDocument} and
 * {@link #adeleteRefDoc} here update it exactly like the synchronous forms.
 */
public class KVDocumentStore {
    public static final String DEFAULT_NAMESPACE = "docstore";
    public static final String DEFAULT_COLLECTION_DATA_SUFFIX = "/data";
    public static final String DEFAULT_REF_DOC_COLLECTION_SUFFIX = "/ref_doc_info";
    public static final String DEFAULT_METADATA_COLLECTION_SUFFIX = "/metadata";

    private final BaseKVStore kvstore;
    private final String namespace;
    private final int batchSize;
    private final String nodeCollection;
    private final String refDocCollection;
    private final String metadataCollection;

    /** A store with the default namespace, suffixes and batch size. */
    public KVDocumentStore(BaseKVStore kvstore) {
        this(kvstore, null, BaseKVStore.DEFAULT_BATCH_SIZE, null, null, null);
    }

    public KVDocumentStore(BaseKVStore kvstore, String namespace) {
        this(kvstore, namespace, BaseKVStore.DEFAULT_BATCH_SIZE, null, null, null);
    }

    /** Null (or empty) namespace/suffixes mean the defaults, as Python's {@code or}. */
    public KVDocumentStore(BaseKVStore kvstore, String namespace, int batchSize, String nodeCollectionSuffix,
                           String refDocCollectionSuffix, String metadataCollectionSuffix) {
        this.kvstore = Objects.requireNonNull(kvstore, "kvstore");
        this.namespace = orDefault(namespace, DEFAULT_NAMESPACE);
        this.batchSize = batchSize;
        this.nodeCollection = this.namespace + orDefault(nodeCollectionSuffix, DEFAULT_COLLECTION_DATA_SUFFIX);
        this.refDocCollection = this.namespace + orDefault(refDocCollectionSuffix, DEFAULT_REF_DOC_COLLECTION_SUFFIX);
        this.metadataCollection = this.namespace + orDefault(metadataCollectionSuffix, DEFAULT_METADATA_COLLECTION_SUFFIX);
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isEmpty() ? d : s;
    }

    public BaseKVStore kvstore() {
        return kvstore;
    }

    public String namespace() {
        return namespace;
    }

    public String nodeCollection() {
        return nodeCollection;
    }

    public String refDocCollection() {
        return refDocCollection;
    }

    public String metadataCollection() {
        return metadataCollection;
    }

    // ------------------------------------------------------------------ reads

    /** All nodes, id → node, in stored order ({@code docs}). */
    public Map<String, StoredNode> docs() {
        LinkedHashMap<String, StoredNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(nodeCollection).entrySet()) {
            out.put(e.getKey(), StoredNode.fromEnvelope(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The node; missing → {@link NotFoundException} "doc_id &lt;id&gt; not found." or null. */
    public StoredNode getDocument(String docId, boolean raiseError) {
        JsonObject json = kvstore.get(docId, nodeCollection);
        if (json == null) {
            if (raiseError) throw new NotFoundException("doc_id " + docId + " not found.");
            return null;
        }
        return StoredNode.fromEnvelope(json);
    }

    public StoredNode getDocument(String docId) {
        return getDocument(docId, true);
    }

    /** {@code get_node}: as {@link #getDocument}, for nodes. */
    public StoredNode getNode(String nodeId, boolean raiseError) {
        return getDocument(nodeId, raiseError);
    }

    /** {@code get_nodes}: the nodes in the given order. Deviation: with {@code raiseError} false missing ids are skipped (Python puts None in the list). */
    public List<StoredNode> getNodes(List<String> nodeIds, boolean raiseError) {
        List<StoredNode> out = new ArrayList<>(nodeIds.size());
        for (String id : nodeIds) {
            StoredNode n = getNode(id, raiseError);
            if (n != null) out.add(n);
        }
        return out;
    }

    /** True iff {@code <ns>/data} has the key (a metadata entry alone does not count). */
    public boolean documentExists(String docId) {
        return kvstore.get(docId, nodeCollection) != null;
    }

    /** The legacy-normalised record; null when missing or stored as {@code {}}. */
    public RefDocInfo getRefDocInfo(String refDocId) {
        JsonObject json = kvstore.get(refDocId, refDocCollection);
        if (json == null || json.isEmpty()) return null;
        return RefDocInfo.fromJson(json);
    }

    /** Every record, legacy-normalised, in stored order (an empty record gives an empty RefDocInfo, as in Python). */
    public Map<String, RefDocInfo> getAllRefDocInfo() {
        LinkedHashMap<String, RefDocInfo> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(refDocCollection).entrySet()) {
            out.put(e.getKey(), RefDocInfo.fromJson(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    public boolean refDocExists(String refDocId) {
        return getRefDocInfo(refDocId) != null;
    }

    /** {@code metadata[id].doc_hash}, or null. */
    public String getDocumentHash(String docId) {
        JsonObject md = kvstore.get(docId, metadataCollection);
        return md == null ? null : md.getString("doc_hash");
    }

    /** hash → id (inverted), skipping empty hashes; equal hashes collapse to the later id at the first position. */
    public Map<String, String> getAllDocumentHashes() {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(metadataCollection).entrySet()) {
            String h = e.getValue().getString("doc_hash");
            if (h != null && !h.isEmpty()) out.put(h, e.getKey());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Ids that have a non-empty stored hash (recent upstream {@code get_all_document_ids}). */
    public Set<String> getAllDocumentIds() {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, JsonObject> e : kvstore.getAll(metadataCollection).entrySet()) {
            String h = e.getValue().getString("doc_hash");
            if (h != null && !h.isEmpty()) out.add(e.getKey());
        }
        return Collections.unmodifiableSet(out);
    }

    // ------------------------------------------------------------------ writes

    /** {@code set_document_hash}: replaces the whole metadata value with {@code {"doc_hash": h}}. */
    public void setDocumentHash(String docId, String docHash) {
        kvstore.put(docId, hashRecord(docHash), metadataCollection);
    }

    public void setDocumentHashes(Map<String, String> docHashes) {
        List<Map.Entry<String, JsonObject>> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : docHashes.entrySet()) pairs.add(new SimpleImmutableEntry<>(e.getKey(), hashRecord(e.getValue())));
        kvstore.putAll(pairs, metadataCollection, batchSize);
    }

    private static JsonObject hashRecord(String h) {
        return JsonObject.builder().put("doc_hash", h).build();
    }

    /** {@code add_documents(nodes)} with Python's defaults (allow_update, store's batch size, store_text). */
    public void addDocuments(List<StoredNode> nodes) {
        addDocuments(nodes, true, 0, true);
    }

    /**
     * {@code add_documents}: for each node a data pair (when {@code storeText}), a metadata pair
     * {@code {"doc_hash", ["ref_doc_id"]}} and, for nodes with a SOURCE, a ref-doc pair; ref-doc
     * pairs of one document are merged; then all data, all metadata, all ref-doc pairs are put.
     *
     * @param batchSize 0 (or less) = the store's batch size (Python's {@code batch_size or self._batch_size})
     * @throws IllegalArgumentException "node_id &lt;id&gt; already exists. Set allow_update to True to overwrite."
     *                                  (nothing is written)
     */
    public void addDocuments(List<StoredNode> nodes, boolean allowUpdate, int batchSize, boolean storeText) {
        int bs = batchSize > 0 ? batchSize : this.batchSize;
        List<Map.Entry<String, JsonObject>> nodePairs = new ArrayList<>();
        List<Map.Entry<String, JsonObject>> metadataPairs = new ArrayList<>();
        LinkedHashMap<String, List<RefDocInfo>> refDocPairs = new LinkedHashMap<>();
        for (StoredNode node : nodes) {
            String id = node.id();
            if (!allowUpdate && documentExists(id)) {
                throw new IllegalArgumentException("node_id " + id + " already exists. Set allow_update to True to overwrite.");
            }
            RelatedNodeInfo source = node.sourceNode();
            RefDocInfo refDocInfo = null;
            if (source != null) {
                refDocInfo = getRefDocInfo(source.nodeId());
                if (refDocInfo == null) refDocInfo = RefDocInfo.empty();
            }
            if (storeText) nodePairs.add(new SimpleImmutableEntry<>(id, node.envelope()));
            JsonObject.Builder md = JsonObject.builder().put("doc_hash", node.hash());
            String refDocId = node.refDocId();
            if (refDocInfo != null && refDocId != null && !refDocId.isEmpty()) {
                List<String> ids = new ArrayList<>(refDocInfo.nodeIds());
                if (!ids.contains(id)) ids.add(id);
                JsonObject rdMeta = refDocInfo.metadata().isEmpty() ? node.metadata() : refDocInfo.metadata();
                md.put("ref_doc_id", refDocId);
                refDocPairs.computeIfAbsent(refDocId, k -> new ArrayList<>()).add(RefDocInfo.of(ids, rdMeta));
            }
            metadataPairs.add(new SimpleImmutableEntry<>(id, md.build()));
        }
        List<Map.Entry<String, JsonObject>> merged = mergeRefDocPairs(refDocPairs);
        kvstore.putAll(nodePairs, nodeCollection, bs);
        kvstore.putAll(metadataPairs, metadataCollection, bs);
        kvstore.putAll(merged, refDocCollection, bs);
    }

    /** Python's {@code _merge_ref_doc_kv_pairs}: union of node ids in first-seen order, metadata dicts merged in order. */
    private static List<Map.Entry<String, JsonObject>> mergeRefDocPairs(Map<String, List<RefDocInfo>> pairs) {
        List<Map.Entry<String, JsonObject>> out = new ArrayList<>();
        for (Map.Entry<String, List<RefDocInfo>> e : pairs.entrySet()) {
            List<String> mergedIds = new ArrayList<>();
            LinkedHashMap<String, JsonValue> metadata = new LinkedHashMap<>();
            for (RefDocInfo info : e.getValue()) {
                Set<String> newIds = new HashSet<>(info.nodeIds());
                newIds.removeAll(mergedIds);
                for (String id : info.nodeIds()) if (newIds.contains(id)) mergedIds.add(id);
                metadata.putAll(info.metadata().rawMembers());
            }
            out.add(new SimpleImmutableEntry<>(e.getKey(), RefDocInfo.of(mergedIds, JsonObject.of(metadata)).toJson()));
        }
        return out;
    }

    /**
     * {@code delete_document}: removes the node from its ref doc's {@code node_ids} (rewriting
     * the record, or deleting the ref doc's metadata, data and ref_doc_info entries when it was
     * the last node), then deletes the node's data and metadata entries.
     *
     * @throws NotFoundException "doc_id &lt;id&gt; not found." when it was not in the data
     *                           collection and {@code raiseError} (metadata is deleted regardless)
     */
    public void deleteDocument(String docId, boolean raiseError) {
        removeFromRefDocNode(docId);
        boolean deleted = kvstore.delete(docId, nodeCollection);
        kvstore.delete(docId, metadataCollection);
        if (!deleted && raiseError) throw new NotFoundException("doc_id " + docId + " not found.");
    }

    public void deleteDocument(String docId) {
        deleteDocument(docId, true);
    }

    private void removeFromRefDocNode(String docId) {
        JsonObject md = kvstore.get(docId, metadataCollection);
        String refDocId = md == null ? null : refDocIdOf(md);
        if (refDocId == null) return;
        RefDocInfo info = getRefDocInfo(refDocId);
        if (info == null) return;
        info = info.withoutNodeId(docId);
        if (!info.nodeIds().isEmpty()) {
            kvstore.put(refDocId, info.toJson(), refDocCollection);
        } else {
            kvstore.delete(refDocId, metadataCollection);
            kvstore.delete(refDocId, nodeCollection);
            kvstore.delete(refDocId, refDocCollection);
        }
    }

    /** {@code metadata.get("ref_doc_id")}: a non-string value is looked up by its JSON text. */
    private static String refDocIdOf(JsonObject md) {
        JsonValue v = md.get("ref_doc_id");
        if (v == null || v.isNull()) return null;
        return v instanceof JsonString s ? s.value() : v.toString();
    }

    /**
     * {@code delete_ref_doc}: deletes every node of the ref doc (without raising), then the ref
     * doc id from ref_doc_info, metadata and data.
     *
     * @throws NotFoundException "ref_doc_id &lt;id&gt; not found." when there is no (non-empty) record and {@code raiseError}
     */
    public void deleteRefDoc(String refDocId, boolean raiseError) {
        RefDocInfo info = getRefDocInfo(refDocId);
        if (info == null) {
            if (raiseError) throw new NotFoundException("ref_doc_id " + refDocId + " not found.");
            return;
        }
        for (String id : List.copyOf(info.nodeIds())) deleteDocument(id, false);
        kvstore.delete(refDocId, refDocCollection);
        kvstore.delete(refDocId, metadataCollection);
        kvstore.delete(refDocId, nodeCollection);
    }

    public void deleteRefDoc(String refDocId) {
        deleteRefDoc(refDocId, true);
    }

    // ------------------------------------------------------------------ async forms

    public CompletableFuture<Void> asyncAddDocuments(List<StoredNode> nodes, boolean allowUpdate, int batchSize, boolean storeText) {
        return run(() -> addDocuments(nodes, allowUpdate, batchSize, storeText));
    }

    public CompletableFuture<StoredNode> agetDocument(String docId, boolean raiseError) {
        return call(() -> getDocument(docId, raiseError));
    }

    public CompletableFuture<Boolean> adocumentExists(String docId) {
        return call(() -> documentExists(docId));
    }

    public CompletableFuture<RefDocInfo> agetRefDocInfo(String refDocId) {
        return call(() -> getRefDocInfo(refDocId));
    }

    public CompletableFuture<Map<String, RefDocInfo>> agetAllRefDocInfo() {
        return call(this::getAllRefDocInfo);
    }

    public CompletableFuture<Boolean> arefDocExists(String refDocId) {
        return call(() -> refDocExists(refDocId));
    }

    /** Deletes like {@link #deleteDocument} — including the ref_doc_info update Python's async path skips. */
    public CompletableFuture<Void> adeleteDocument(String docId, boolean raiseError) {
        return run(() -> deleteDocument(docId, raiseError));
    }

    /** Deletes like {@link #deleteRefDoc} (no zombie node ids, unlike Python's async path). */
    public CompletableFuture<Void> adeleteRefDoc(String refDocId, boolean raiseError) {
        return run(() -> deleteRefDoc(refDocId, raiseError));
    }

    public CompletableFuture<Void> asetDocumentHash(String docId, String docHash) {
        return run(() -> setDocumentHash(docId, docHash));
    }

    public CompletableFuture<Void> asetDocumentHashes(Map<String, String> docHashes) {
        return run(() -> setDocumentHashes(docHashes));
    }

    public CompletableFuture<String> agetDocumentHash(String docId) {
        return call(() -> getDocumentHash(docId));
    }

    public CompletableFuture<Map<String, String>> agetAllDocumentHashes() {
        return call(this::getAllDocumentHashes);
    }

    private static <T> CompletableFuture<T> call(Supplier<T> s) {
        try {
            return CompletableFuture.completedFuture(s.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<Void> run(Runnable r) {
        return call(() -> {
            r.run();
            return null;
        });
    }

    /** Node ids listed for a ref doc (convenience for callers that cascade deletes to an index). */
    public List<String> refDocNodeIds(String refDocId) {
        RefDocInfo info = getRefDocInfo(refDocId);
        return info == null ? List.of() : info.nodeIds();
    }
}
