package dev.storescope.vector_stores;

import dev.storescope.storage.Restorable;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonNumber;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonScanner;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * LlamaIndex's {@code SimpleVectorStore} over its persisted file (spec §6): {@code embedding_dict},
 * {@code text_id_to_ref_doc_id}, {@code metadata_dict} (or the legacy {@code text_id_to_doc_id}, or
 * LlamaIndex.TS's camelCase keys). Embeddings stay bytes until asked for; the first query parses
 * them all once into a primitive matrix. Unchanged vectors are written back from their bytes.
 */
public final class SimpleVectorStore implements Restorable {
    private final JsonDocument doc;
    private final Keys keys;
    private EmbeddingMatrix matrix;
    private long matrixRevision = -1;

    /** The key names of a file: Python's snake_case or LlamaIndex.TS's camelCase. */
    record Keys(String embeddings, String refDocIds, String metadata, String legacyDocIds) {
        static final Keys PYTHON = new Keys("embedding_dict", "text_id_to_ref_doc_id", "metadata_dict", "text_id_to_doc_id");
        static final Keys TS = new Keys("embeddingDict", "textIdToRefDocId", "metadataDict", null);
    }

    private SimpleVectorStore(JsonDocument doc, Keys keys) {
        this.doc = doc;
        this.keys = keys;
    }

    /** An empty store, written as Python writes it. */
    public static SimpleVectorStore create() {
        SimpleVectorStore s = new SimpleVectorStore(JsonDocument.create(JsonStyle.PYTHON), Keys.PYTHON);
        s.doc.sectionOrCreate(Keys.PYTHON.embeddings());
        s.doc.sectionOrCreate(Keys.PYTHON.refDocIds());
        s.doc.sectionOrCreate(Keys.PYTHON.metadata());
        return s;
    }

    /** Loads a vector store file; a missing file fails as Python's from_persist_path does. */
    public static SimpleVectorStore fromPersistPath(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NotFoundException("No existing llama_index.core.vector_stores.simple found at " + path + ", skipping load.");
        }
        return fromSource(JsonSource.open(path));
    }

    public static SimpleVectorStore fromSource(JsonSource src) {
        return fromSource(src, null);
    }

    /**
     * A store over a file that is likely a later version of {@code like}'s (a snapshot): its maps are
     * indexed against {@code like}'s where the bytes recur (same result, much less scanning).
     */
    public static SimpleVectorStore fromSource(JsonSource src, SimpleVectorStore like) {
        JsonDocument d;
        try {
            d = JsonDocument.load(src, like == null ? null : like.doc);
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage() + " (a vector store file is an object with embedding_dict, …)");
        }
        Keys k = d.has(Keys.TS.embeddings()) && !d.has(Keys.PYTHON.embeddings()) ? Keys.TS : Keys.PYTHON;
        if (!d.has(k.embeddings()) && !d.names().isEmpty() && !d.has(k.refDocIds()) && !d.has(k.metadata())) {
            throw new StoreFormatException(src.label() + ": not a SimpleVectorStore file (no embedding_dict; keys " + d.names() + ")");
        }
        return new SimpleVectorStore(d, k);
    }

    // ---- facts ------------------------------------------------------------------------------

    public boolean isTypeScript() {
        return keys == Keys.TS;
    }

    /** True for a 0.6.0–0.6.17 store with {@code text_id_to_doc_id}: current Python ignores it (delete by ref doc finds nothing). */
    public boolean hasLegacyDocIdKey() {
        return keys.legacyDocIds() != null && doc.has(keys.legacyDocIds());
    }

    /** False for stores persisted before 0.8.29: filtering them raises. */
    public boolean hasMetadataDict() {
        return doc.has(keys.metadata());
    }

    /** Each top-level member of the file with its number of entries (-1 for a member that is not an object). */
    public Map<String, Integer> memberSizes() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String name : doc.names()) {
            JsonValue v = doc.get(name);
            boolean object = v instanceof RawJson raw ? raw.isObject() : v.resolve() instanceof JsonObject;
            out.put(name, object ? doc.section(name).size() : -1);
        }
        return out;
    }

    /**
     * The entries of an object member ({@code embedding_dict}, {@code metadata_dict}, …) as stored,
     * in order, values unparsed (a read-only view; empty when the member is absent or not an object).
     * For inspectors that compare states without parsing.
     */
    public Map<String, JsonValue> rawEntries(String member) {
        JsonValue v = doc.get(member);
        if (v == null || (v instanceof RawJson raw ? !raw.isObject() : !(v.resolve() instanceof JsonObject))) return Map.of();
        return doc.section(member).entries();
    }

    public int size() {
        Section e = section(keys.embeddings());
        return e == null ? 0 : e.size();
    }

    /** Node ids in insertion order. */
    public List<String> ids() {
        Section e = section(keys.embeddings());
        return e == null ? List.of() : new ArrayList<>(e.entries().keySet());
    }

    public boolean contains(String id) {
        Section e = section(keys.embeddings());
        return e != null && e.has(id);
    }

    /** The dimension of the first vector (-1 for an empty store), without parsing any number. */
    public int dimension() {
        Section e = section(keys.embeddings());
        if (e == null || e.size() == 0) return -1;
        JsonValue first = e.entries().values().iterator().next();
        if (first instanceof RawJson raw) return new JsonScanner(raw.source()).elements(raw.start(), raw.path()).size();
        return EmbeddingParser.parse(first).length;
    }

    /** The embedding of a node (Python's {@code get}: KeyError when absent). */
    public double[] getEmbedding(String id) {
        Section e = section(keys.embeddings());
        JsonValue v = e == null ? null : e.get(id);
        if (v == null) throw new NotFoundException("KeyError: " + Mmr.pyRepr(id));
        return EmbeddingParser.parse(v);
    }

    public EmbeddingStats stats(String id) {
        return EmbeddingStats.of(getEmbedding(id));
    }

    /** The ref doc id recorded for a node ({@code "None"} when it has no source), or null. */
    public String refDocId(String id) {
        Section r = section(keys.refDocIds());
        JsonValue v = r == null ? null : r.get(id);
        return v == null ? null : v.resolve() instanceof JsonString s ? s.value() : v.resolve().toString();
    }

    /** The metadata entry of a node, or null. */
    public JsonObject metadata(String id) {
        Section m = section(keys.metadata());
        JsonValue v = m == null ? null : m.get(id);
        return v == null ? null : v.resolve() instanceof JsonObject o ? o : null;
    }

    /**
     * One map of the file as stored, values unparsed ({@link RawJson} while untouched): which map
     * is {@code embedding_dict}, {@code text_id_to_ref_doc_id} or {@code metadata_dict} (their
     * LlamaIndex.TS names in a TS file). Empty when the file has no such member. For byte-level
     * scans (the integrity checker) and previews.
     */
    public Map<String, JsonValue> rawEntries(Member which) {
        return rawEntries(memberName(which));
    }

    /** The three maps of a vector store file. */
    public enum Member { EMBEDDINGS, REF_DOC_IDS, METADATA }

    /** The stored name of a member in this file (e.g. {@code embedding_dict} or {@code embeddingDict}). */
    public String memberName(Member which) {
        return switch (which) {
            case EMBEDDINGS -> keys.embeddings();
            case REF_DOC_IDS -> keys.refDocIds();
            case METADATA -> keys.metadata();
        };
    }

    /**
     * A node's stored value in one member, as the file's bytes ({@link RawJson}) while untouched, or
     * null when absent (a legacy file's {@code text_id_to_doc_id} stands in for the ref doc ids):
     * lets a diff recognise unchanged entries without parsing them.
     */
    public JsonValue rawValue(Member which, String id) {
        Section s = rawSection(which);
        return s == null ? null : s.get(id);
    }

    /**
     * One of the three maps as loaded (the legacy {@code doc_id_dict} standing in for
     * {@code text_id_to_ref_doc_id}), for readers that compare stores; null when absent. Change the
     * store through its methods, never through this.
     */
    public Section rawSection(Member which) {
        String name = which == Member.REF_DOC_IDS && hasLegacyDocIdKey() && !doc.has(keys.refDocIds()) ? keys.legacyDocIds() : memberName(which);
        return section(name);
    }

    /** The top-level member names of the file, in order. */
    public List<String> memberNames() {
        return doc.names();
    }

    /** A top-level member as stored (raw while untouched), or null. */
    public JsonValue rawMember(String name) {
        return doc.get(name);
    }

    // ---- operations -------------------------------------------------------------------------

    /** Adds (or replaces) entries; a node without an embedding is rejected as in Python. */
    public List<String> add(List<VectorEntry> entries) {
        for (VectorEntry v : entries) if (v.embedding() == null) throw new IllegalArgumentException("embedding not set.");
        List<String> ids = new ArrayList<>();
        if (!entries.isEmpty()) completePythonLayout();
        for (VectorEntry v : entries) {
            List<JsonValue> nums = new ArrayList<>(v.embedding().length);
            for (double d : v.embedding()) nums.add(JsonNumber.of(d));
            doc.sectionOrCreate(keys.embeddings()).put(v.id(), JsonArray.of(nums));
            doc.sectionOrCreate(keys.refDocIds()).put(v.id(), JsonString.of(v.refDocId() == null ? "None" : v.refDocId()));
            doc.sectionOrCreate(keys.metadata()).put(v.id(), v.metadata() == null ? JsonObject.EMPTY : v.metadata());
            ids.add(v.id());
        }
        return ids;
    }

    /** Deletes every node whose {@code text_id_to_ref_doc_id} is {@code refDocId} (from all three maps). */
    public List<String> delete(String refDocId) {
        Section refs = section(keys.refDocIds());
        List<String> gone = new ArrayList<>();
        if (refs == null) return gone;
        for (Map.Entry<String, JsonValue> e : refs.entries().entrySet()) {
            if (e.getValue().resolve() instanceof JsonString s && s.value().equals(refDocId)) gone.add(e.getKey());
        }
        requireIn(keys.embeddings(), gone);
        if (!gone.isEmpty()) completePythonLayout();
        for (String id : gone) removeEverywhere(id);
        return gone;
    }

    /** Deletes nodes that are in {@code nodeIds} (when given) and match {@code filters} (when given). */
    public List<String> deleteNodes(List<String> nodeIds, MetadataFilters filters) {
        Predicate<String> match = MetadataFilterFn.build(this::requireMetadata, filters);
        Set<String> wanted = nodeIds == null ? null : new HashSet<>(nodeIds);
        List<String> gone = new ArrayList<>();
        for (String id : ids()) if ((wanted == null || wanted.contains(id)) && match.test(id)) gone.add(id);
        requireIn(keys.refDocIds(), gone);
        if (!gone.isEmpty()) completePythonLayout();
        for (String id : gone) removeEverywhere(id);
        return gone;
    }

    /**
     * Removes the ids from whichever of the three maps hold them (a repair, not a LlamaIndex call:
     * {@link #deleteNodes} raises KeyError, as Python does, for an id one of the maps lacks, which is
     * exactly the half-deleted vector a repair must remove). Returns the ids that were present.
     */
    public List<String> purge(List<String> ids) {
        List<String> gone = new ArrayList<>();
        Section e = section(keys.embeddings());
        Section r = section(keys.refDocIds());
        Section m = section(keys.metadata());
        for (String id : ids) {
            if ((e != null && e.has(id)) || (r != null && r.has(id)) || (m != null && m.has(id))) gone.add(id);
        }
        for (String id : gone) removeEverywhere(id);
        return gone;
    }

    /**
     * Python deletes with {@code del map[id]} and fails with KeyError half-way when a map lacks the
     * id (e.g. a legacy store without {@code text_id_to_ref_doc_id}); here the same KeyError comes
     * before anything is removed.
     */
    private void requireIn(String sectionName, List<String> ids) {
        Section s = section(sectionName);
        for (String id : ids) {
            if (s == null || !s.has(id)) throw new NotFoundException("KeyError: " + Mmr.pyRepr(id));
        }
    }

    /**
     * A changed store is written as Python's {@code SimpleVectorStoreData.to_dict()} writes it: a
     * Python-layout file missing {@code text_id_to_ref_doc_id} or {@code metadata_dict} gets them
     * (empty, appended). Other members (e.g. the legacy {@code text_id_to_doc_id}, which Python
     * would drop) are kept.
     */
    private void completePythonLayout() {
        if (keys != Keys.PYTHON) return;
        doc.sectionOrCreate(keys.embeddings());
        doc.sectionOrCreate(keys.refDocIds());
        doc.sectionOrCreate(keys.metadata());
    }

    private void removeEverywhere(String id) {
        Section e = section(keys.embeddings());
        Section r = section(keys.refDocIds());
        Section m = section(keys.metadata());
        if (e != null) e.remove(id);
        if (r != null) r.remove(id);
        if (m != null) m.remove(id);
    }

    /**
     * Queries with Python's semantics: candidates in {@code embedding_dict} order restricted to
     * {@code nodeIds} and the filters (evaluated before the mode is looked at, as in Python), then
     * default (cosine top-k) or mmr; learner modes need scikit-learn and other modes are invalid.
     */
    public VectorStoreQueryResult query(VectorStoreQuery q) {
        if (q.filters() != null && size() > 0 && (!hasMetadataDict() || section(keys.metadata()).size() == 0)) {
            throw new IllegalArgumentException("Cannot filter stores that were persisted without metadata. "
                    + "Please rebuild the store with metadata to enable filtering.");
        }
        VectorStoreQueryMode mode = q.mode() == null ? VectorStoreQueryMode.DEFAULT : q.mode();
        EmbeddingMatrix mx = matrix();
        Predicate<String> filter = MetadataFilterFn.build(this::requireMetadata, q.filters());
        Set<String> allowed = q.nodeIds() == null ? null : new HashSet<>(q.nodeIds());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < mx.size(); i++) {
            String id = mx.ids[i];
            if ((allowed == null || allowed.contains(id)) && filter.test(id)) candidates.add(i);
        }
        boolean learner = mode == VectorStoreQueryMode.SVM || mode == VectorStoreQueryMode.LINEAR_REGRESSION
                || mode == VectorStoreQueryMode.LOGISTIC_REGRESSION;
        if (mode != VectorStoreQueryMode.DEFAULT && mode != VectorStoreQueryMode.MMR && !learner) {
            throw new IllegalArgumentException("Invalid query mode: " + mode);
        }
        if (q.similarityTopK() != null && q.similarityTopK() == 0) return new VectorStoreQueryResult(List.of(), List.of());
        if (learner) {
            throw new IllegalArgumentException("query mode " + mode.value() + " needs scikit-learn in Python; StoreScope does not implement it");
        }
        double[] query = q.queryEmbedding();
        if (!candidates.isEmpty() && query.length != mx.dim) {
            throw new IllegalArgumentException("ValueError: shapes (" + query.length + ",) and (" + mx.dim + ",) not aligned: "
                    + query.length + " (dim 0) != " + mx.dim + " (dim 0)");
        }
        List<TopK.Scored> top = mode == VectorStoreQueryMode.MMR ? mmr(mx, candidates, q) : topK(mx, candidates, q);
        List<String> ids = new ArrayList<>(top.size());
        List<Double> sims = new ArrayList<>(top.size());
        for (TopK.Scored s : top) {
            ids.add(s.id());
            sims.add(s.score());
        }
        return new VectorStoreQueryResult(ids, sims);
    }

    private static List<TopK.Scored> mmr(EmbeddingMatrix mx, List<Integer> candidates, VectorStoreQuery q) {
        List<double[]> rows = new ArrayList<>(candidates.size());
        List<String> ids = new ArrayList<>(candidates.size());
        for (int i : candidates) {
            rows.add(mx.row(i));
            ids.add(mx.ids[i]);
        }
        return Mmr.select(q.queryEmbedding(), rows, ids, q.similarityTopK(), q.mmrThreshold());
    }

    private static List<TopK.Scored> topK(EmbeddingMatrix mx, List<Integer> candidates, VectorStoreQuery q) {
        TopK heap = new TopK(q.similarityTopK() == null ? Integer.MAX_VALUE : q.similarityTopK());
        double[] query = q.queryEmbedding();
        double qNorm = Similarity.norm(query, 0, query.length);
        for (int i : candidates) heap.offer(mx.cosine(i, query, qNorm), mx.ids[i]);
        return heap.result();
    }

    private JsonObject requireMetadata(String id) {
        JsonObject m = metadata(id);
        if (m == null) {
            throw new IllegalArgumentException("KeyError: " + Mmr.pyRepr(id) + " (no metadata_dict entry for this vector; filtering needs one per vector)");
        }
        return m;
    }

    private EmbeddingMatrix matrix() {
        if (matrix == null || matrixRevision != doc.revision()) {
            Section e = section(keys.embeddings());
            matrix = EmbeddingMatrix.of(e == null ? Map.of() : e.entries());
            matrixRevision = doc.revision();
        }
        return matrix;
    }

    // ---- persistence ------------------------------------------------------------------------

    public long revision() {
        return doc.revision();
    }

    public JsonStyle style() {
        return doc.style();
    }

    public void writeTo(WritableByteChannel ch) throws IOException {
        doc.writeTo(ch);
    }

    public byte[] toBytes() throws IOException {
        return doc.toBytes();
    }

    public Path persist(Path path, BackupSet backups) throws IOException {
        return AtomicFileWriter.write(path, this::writeTo, backups);
    }

    public void persist(Path path) throws IOException {
        persist(path, BackupSet.forDirectory(path.toAbsolutePath().getParent()));
    }

    private Section section(String name) {
        return name == null ? null : doc.section(name);
    }

    @Override
    public Object saveState() {
        return doc.snapshot();
    }

    @Override
    public void restoreState(Object state) {
        doc.restore((dev.storescope.json.JsonDocument.Snapshot) state);
    }
}
