package dev.storescope.graph_stores;

import dev.storescope.storage.Restorable;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonNull;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.json.PythonRepr;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;
import dev.storescope.storage.NotFoundException;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * LlamaIndex's {@code SimplePropertyGraphStore} (the in-memory {@code LabelledPropertyGraph} of a
 * {@code PropertyGraphIndex}) over {@code property_graph_store.json} (spec §7.2): {@code nodes}
 * (id → {@link EntityNode} / {@link ChunkNode}), {@code relations} (key → {@link Relation}),
 * {@code triplets} (array of {@code [subject id, relation label, object id]}).
 * <p>
 * Both writers are kept: pydantic v2 compact JSON (core ≥ 0.11) and the older {@code json.dumps}
 * style (0.10.x); a loaded file is written back in its own style, unchanged members and entries
 * byte for byte. Python keeps {@code triplets} in a set (order not stable across runs); this store
 * keeps the file's order, appends new triplets and removes deleted ones in place.
 */
public final class SimplePropertyGraphStore implements Restorable {
    /** {@code DEFUALT_PG_PERSIST_FNAME} (sic) of {@code llama_index.core.graph_stores.types}. */
    public static final String DEFAULT_PERSIST_FNAME = "property_graph_store.json";
    static final String NODES = "nodes";
    static final String RELATIONS = "relations";
    static final String TRIPLETS = "triplets";

    private final JsonDocument doc;
    private final LinkedHashMap<String, LabelledNode> nodes = new LinkedHashMap<>();
    private final LinkedHashMap<String, Relation> relations = new LinkedHashMap<>();
    /** Triplet ids → the JSON element written for it; parsed on first use. */
    private LinkedHashMap<List<String>, JsonValue> triplets;

    private SimplePropertyGraphStore(JsonDocument doc) {
        this.doc = doc;
    }

    /** An empty store written as current LlamaIndex writes it (pydantic compact JSON). */
    public static SimplePropertyGraphStore create() {
        return create(JsonStyle.COMPACT);
    }

    /** An empty store written in {@code style} ({@link JsonStyle#PYTHON} = the 0.10.x format). */
    public static SimplePropertyGraphStore create(JsonStyle style) {
        JsonDocument d = JsonDocument.create(style);
        d.sectionOrCreate(NODES);
        d.sectionOrCreate(RELATIONS);
        d.set(TRIPLETS, JsonArray.EMPTY);
        SimplePropertyGraphStore s = new SimplePropertyGraphStore(d);
        s.triplets = new LinkedHashMap<>();
        return s;
    }

    /**
     * Loads a file, validating it as Python's {@code from_dict} does (every node must be an
     * EntityNode or ChunkNode). A missing file fails ({@link java.nio.file.NoSuchFileException}), as in Python.
     *
     * @throws StoreFormatException when the JSON is not a property graph store
     */
    public static SimplePropertyGraphStore fromPersistPath(Path persistPath) throws IOException {
        return fromSource(JsonSource.open(persistPath));
    }

    /** Loads {@code persistDir/property_graph_store.json}. */
    public static SimplePropertyGraphStore fromPersistDir(Path persistDir) throws IOException {
        return fromPersistPath(persistDir.resolve(DEFAULT_PERSIST_FNAME));
    }

    public static SimplePropertyGraphStore fromSource(JsonSource src) {
        JsonDocument d;
        try {
            d = JsonDocument.load(src);
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage() + " (a property graph store file is {\"nodes\": …, \"relations\": …, \"triplets\": …})");
        }
        if (!d.has(NODES)) {
            throw new StoreFormatException(src.label() + ": not a LlamaIndex SimplePropertyGraphStore file: no \"nodes\" (top-level keys " + d.names() + ")");
        }
        SimplePropertyGraphStore s = new SimplePropertyGraphStore(d);
        s.index();
        return s;
    }

    /** Python's {@code from_dict}: a new store holding {@code data}, written as pydantic writes it. */
    public static SimplePropertyGraphStore fromDict(JsonObject data) {
        return fromSource(JsonSource.of(JsonWriter.toBytes(data, JsonStyle.COMPACT), "<dict>"));
    }

    private void index() {
        Section ns = section(NODES);
        for (Map.Entry<String, JsonValue> e : ns.entries().entrySet()) {
            nodes.put(e.getKey(), located(e.getValue(), () -> LabelledNode.fromJson(e.getValue())));
        }
        Section rs = section(RELATIONS);
        if (rs != null) {
            for (Map.Entry<String, JsonValue> e : rs.entries().entrySet()) {
                relations.put(e.getKey(), located(e.getValue(), () -> Relation.fromJson(e.getValue())));
            }
        }
        JsonValue t = doc.get(TRIPLETS);
        if (t instanceof RawJson raw && raw.firstByte() != '[') {
            throw new StoreFormatException(raw.source().label() + ": " + raw.path() + " is a JSON " + raw.kind() + ", expected a list of triplets");
        }
    }

    private static <T> T located(JsonValue v, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (StoreFormatException e) {
            String where = Shallow.where(v);
            throw e.getMessage().startsWith(where) ? e : new StoreFormatException(where + e.getMessage());
        }
    }

    private Section section(String name) {
        try {
            return doc.section(name);
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage());
        }
    }

    private LinkedHashMap<List<String>, JsonValue> triplets() {
        if (triplets == null) {
            LinkedHashMap<List<String>, JsonValue> m = new LinkedHashMap<>();
            JsonValue t = doc.get(TRIPLETS);
            if (t != null && !(t.resolve() instanceof JsonNull)) {
                for (JsonValue e : Shallow.elements(t, "a list of triplets")) {
                    List<String> ids = Shallow.strings(e, 3);
                    if (ids == null) throw new StoreFormatException(Shallow.where(e) + "expected a [subject id, relation label, object id] triplet of strings, found " + e.resolve());
                    m.putIfAbsent(List.copyOf(ids), e); // a set in Python: duplicates collapse
                }
            }
            triplets = m;
        }
        return triplets;
    }

    // ---- reads ------------------------------------------------------------------------------

    /** Node keys in file order. */
    public List<String> nodeIds() {
        return List.copyOf(nodes.keySet());
    }

    /** The node stored under {@code id}, or null. */
    public LabelledNode node(String id) {
        return nodes.get(id);
    }

    /** Python's {@code get_all_nodes()}. */
    public List<LabelledNode> getAllNodes() {
        return List.copyOf(nodes.values());
    }

    public List<String> relationKeys() {
        return List.copyOf(relations.keySet());
    }

    /** The relation stored under {@code key} ({@code source_label_target}), or null. */
    public Relation relation(String key) {
        return relations.get(key);
    }

    /** Python's {@code get_all_relations()}. */
    public List<Relation> getAllRelations() {
        return List.copyOf(relations.values());
    }

    /** The {@code [subject id, relation label, object id]} entries in file order. */
    public List<List<String>> tripletIds() {
        return List.copyOf(triplets().keySet());
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int entityNodeCount() {
        int n = 0;
        for (LabelledNode x : nodes.values()) if (x instanceof EntityNode) n++;
        return n;
    }

    public int chunkNodeCount() {
        int n = 0;
        for (LabelledNode x : nodes.values()) if (x instanceof ChunkNode) n++;
        return n;
    }

    public int relationCount() {
        return relations.size();
    }

    public int tripletCount() {
        return triplets().size();
    }

    /**
     * Python's {@code get(properties, ids)}: nodes in order, kept when any given property equals
     * (Python {@code ==}; a missing property is None) and, when ids are given, whose id is one of
     * them. Null or empty arguments do not filter.
     */
    public List<LabelledNode> get(JsonObject properties, List<String> ids) {
        List<LabelledNode> out = new ArrayList<>(nodes.values());
        if (properties != null && !properties.isEmpty()) out.removeIf(n -> !anyPropertyMatches(properties, n.properties()));
        if (ids != null && !ids.isEmpty()) {
            Set<String> want = new HashSet<>(ids);
            want.remove(null); // a chunk without id_ has a per-process hash id in Python: it matches nothing
            out.removeIf(n -> !want.contains(n.id()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Python's {@code get_triplets}: empty when no argument is given; else every triplet (file
     * order), kept when its subject or object id is in {@code entityNames}, its label in
     * {@code relationNames}, any given property equals on subject, relation or object, and its
     * subject or object id is in {@code ids} (each filter only when given).
     *
     * @throws NotFoundException {@code KeyError: 'x'} when a triplet names a node or relation key
     *                           that does not exist (Python materializes all triplets first)
     */
    public List<Triplet> getTriplets(List<String> entityNames, List<String> relationNames, JsonObject properties, List<String> ids) {
        boolean hasEntities = entityNames != null && !entityNames.isEmpty();
        boolean hasRelations = relationNames != null && !relationNames.isEmpty();
        boolean hasProperties = properties != null && !properties.isEmpty();
        boolean hasIds = ids != null && !ids.isEmpty();
        if (!hasEntities && !hasRelations && !hasProperties && !hasIds) return List.of();
        List<Triplet> out = allTriplets();
        if (hasEntities) {
            Set<String> names = new HashSet<>(entityNames);
            names.remove(null);
            out.removeIf(t -> !names.contains(t.subject().id()) && !names.contains(t.object().id()));
        }
        if (hasRelations) {
            Set<String> names = new HashSet<>(relationNames);
            out.removeIf(t -> !names.contains(t.relation().id()));
        }
        if (hasProperties) {
            out.removeIf(t -> !anyTripletPropertyMatches(properties, t));
        }
        if (hasIds) {
            Set<String> want = new HashSet<>(ids);
            want.remove(null);
            out.removeIf(t -> !want.contains(t.subject().id()) && !want.contains(t.object().id()));
        }
        return Collections.unmodifiableList(out);
    }

    /** Python's {@code LabelledPropertyGraph.get_triplets()}: every triplet resolved to its nodes and relation. */
    public List<Triplet> allTriplets() {
        List<Triplet> out = new ArrayList<>(triplets().size());
        for (List<String> t : triplets().keySet()) {
            LabelledNode s = requireNode(t.get(0));
            Relation r = relations.get(Relation.key(t.get(0), t.get(1), t.get(2)));
            if (r == null) throw keyError(Relation.key(t.get(0), t.get(1), t.get(2)));
            LabelledNode o = requireNode(t.get(2));
            out.add(new Triplet(s, r, o));
        }
        return out;
    }

    private LabelledNode requireNode(String id) {
        LabelledNode n = nodes.get(id);
        if (n == null) throw keyError(id);
        return n;
    }

    private static NotFoundException keyError(String key) {
        return new NotFoundException("KeyError: " + PythonRepr.reprString(key));
    }

    /** {@link #getRelMap(List, int, int, List)} with Python's defaults: depth 2, limit 30, no ignored relations. */
    public List<Triplet> getRelMap(List<? extends LabelledNode> graphNodes) {
        return getRelMap(graphNodes, 2, 30, null);
    }

    /**
     * Python's {@code get_rel_map}: the triplets touching the given nodes' ids, then level by level
     * (while the last level found something and fewer than {@code depth} levels were added) the
     * triplets whose subject or object is an object of the last level, skipping those already
     * found at a deeper level (first-level triplets are not remembered, so they can come back
     * once). Then relations labelled in {@code ignoreRels} are dropped and the list is cut to
     * {@code limit} (Python slicing: a negative limit drops from the end).
     */
    public List<Triplet> getRelMap(List<? extends LabelledNode> graphNodes, int depth, int limit, List<String> ignoreRels) {
        List<Triplet> found = new ArrayList<>();
        List<String> start = new ArrayList<>();
        for (LabelledNode n : graphNodes) start.add(n.id());
        List<Triplet> level = getTriplets(null, null, null, start);
        Set<String> seen = new HashSet<>();
        int curDepth = 0;
        while (!level.isEmpty() && curDepth < depth) {
            found.addAll(level);
            List<String> objects = new ArrayList<>();
            for (Triplet t : level) objects.add(t.object().id());
            List<Triplet> next = new ArrayList<>(getTriplets(objects, null, null, null));
            next.removeIf(t -> seen.contains(t.reprKey()));
            for (Triplet t : next) seen.add(t.reprKey());
            level = next;
            curDepth++;
        }
        if (ignoreRels != null && !ignoreRels.isEmpty()) {
            Set<String> ignore = new HashSet<>(ignoreRels);
            found.removeIf(t -> ignore.contains(t.relation().id()));
        }
        return Collections.unmodifiableList(Shallow.sliceTo(found, limit));
    }

    private static boolean anyPropertyMatches(JsonObject wanted, JsonObject props) {
        for (Map.Entry<String, JsonValue> e : wanted.rawMembers().entrySet()) {
            if (PyEq.eq(propertyOrNone(props, e.getKey()), e.getValue())) return true;
        }
        return false;
    }

    private static boolean anyTripletPropertyMatches(JsonObject wanted, Triplet t) {
        JsonObject s = t.subject().properties();
        JsonObject r = t.relation().properties();
        JsonObject o = t.object().properties();
        for (Map.Entry<String, JsonValue> e : wanted.rawMembers().entrySet()) {
            String k = e.getKey();
            JsonValue v = e.getValue();
            if (PyEq.eq(propertyOrNone(s, k), v) || PyEq.eq(propertyOrNone(r, k), v) || PyEq.eq(propertyOrNone(o, k), v)) return true;
        }
        return false;
    }

    private static JsonValue propertyOrNone(JsonObject props, String key) {
        JsonValue v = props.get(key);
        return v == null ? JsonNull.INSTANCE : v;
    }

    // ---- changes ----------------------------------------------------------------------------

    /**
     * Python's {@code upsert_nodes}: each node is stored under its id (an existing id keeps its
     * position, a new one goes last).
     *
     * @throws IllegalArgumentException for a ChunkNode without {@code id_} (Python would key it by a per-process hash)
     */
    public void upsertNodes(Collection<? extends LabelledNode> newNodes) {
        for (LabelledNode n : newNodes) putNode(requireId(n), n);
    }

    /**
     * Python's {@code upsert_relations} ({@code LabelledPropertyGraph.add_relation}): a source or
     * target id that is no node key gets a plain {@code EntityNode(name=id)}; then, unless the
     * triplet {@code (source.id, label, target.id)} exists already (the relation is then NOT
     * replaced), the triplet is added, both nodes are stored under their ids and the relation under
     * its key.
     */
    public void upsertRelations(Collection<Relation> newRelations) {
        for (Relation r : newRelations) {
            if (!nodes.containsKey(r.sourceId())) putNode(r.sourceId(), EntityNode.of(r.sourceId()));
            if (!nodes.containsKey(r.targetId())) putNode(r.targetId(), EntityNode.of(r.targetId()));
            addTriplet(nodes.get(r.sourceId()), r, nodes.get(r.targetId()));
        }
    }

    private void addTriplet(LabelledNode subj, Relation rel, LabelledNode obj) {
        List<String> ids = List.of(requireId(subj), rel.id(), requireId(obj));
        if (triplets().containsKey(ids)) return;
        triplets().put(ids, JsonArray.ofStrings(ids));
        storeTriplets();
        putNode(subj.id(), subj);
        putNode(obj.id(), obj);
        putRelation(rel.key(), rel);
    }

    /**
     * Python's {@code delete}: deletes the triplets {@link #getTriplets} matches, each together with
     * its subject and object nodes and its relation; then deletes the nodes {@link #get} matches
     * with {@code properties} and {@code ids}.
     * <p>
     * Beware, as in Python: when neither {@code properties} nor {@code ids} is given (e.g. only
     * {@code entityNames} or {@code relationNames}), that second step matches, and deletes, EVERY node.
     */
    public void delete(List<String> entityNames, List<String> relationNames, JsonObject properties, List<String> ids) {
        for (Triplet t : getTriplets(entityNames, relationNames, properties, ids)) deleteTriplet(t);
        for (LabelledNode n : get(properties, ids)) deleteNode(n);
    }

    private void deleteTriplet(Triplet t) {
        List<String> ids = t.ids();
        if (ids.contains(null) || !triplets().containsKey(ids)) return;
        triplets().remove(ids);
        storeTriplets();
        nodeRemove(t.subject().id());
        nodeRemove(t.object().id());
        if (relations.remove(t.relation().key()) != null) section(RELATIONS).remove(t.relation().key());
    }

    private void deleteNode(LabelledNode n) {
        String id = n.id();
        if (id != null) nodeRemove(id);
    }

    private void nodeRemove(String id) {
        if (nodes.remove(id) != null) section(NODES).remove(id);
    }

    private void putNode(String key, LabelledNode n) {
        if (nodes.get(key) == n) return;
        nodes.put(key, n);
        doc.sectionOrCreate(NODES).put(key, n.toJson());
    }

    private void putRelation(String key, Relation r) {
        if (relations.get(key) == r) return;
        relations.put(key, r);
        doc.sectionOrCreate(RELATIONS).put(key, r.toJson());
    }

    private void storeTriplets() {
        doc.set(TRIPLETS, JsonArray.of(new ArrayList<>(triplets().values())));
    }

    private static String requireId(LabelledNode n) {
        Objects.requireNonNull(n, "node");
        String id = n.id();
        if (id == null) {
            throw new IllegalArgumentException("ChunkNode without id_: Python would store it under str(hash(text)), which changes with every process; set id_");
        }
        return id;
    }

    // ---- not supported (as in Python) -------------------------------------------------------

    /** Python raises {@code NotImplementedError}. */
    public String getSchema() {
        throw new UnsupportedOperationException("Schema not implemented for SimplePropertyGraphStore.");
    }

    /** Python raises {@code NotImplementedError}. */
    public Object structuredQuery(String query) {
        throw new UnsupportedOperationException("Structured query not implemented for SimplePropertyGraphStore.");
    }

    // ---- persistence ------------------------------------------------------------------------

    /** Python's {@code to_dict()}: the whole file as a value (unknown keys included). */
    public JsonObject toDict() {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        for (String n : doc.names()) m.put(n, doc.get(n));
        return JsonObject.of(m);
    }

    /** {@link JsonStyle#COMPACT} for pydantic v2 files (core ≥ 0.11), {@link JsonStyle#PYTHON} for 0.10.x files. */
    public JsonStyle style() {
        return doc.style();
    }

    public long revision() {
        return doc.revision();
    }

    public boolean unchangedSinceLoad() {
        return doc.unchangedSinceLoad();
    }

    public void writeTo(WritableByteChannel ch) throws IOException {
        doc.writeTo(ch);
    }

    public byte[] toBytes() throws IOException {
        return doc.toBytes();
    }

    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return AtomicFileWriter.write(persistPath, this::writeTo, backups);
    }

    public Path persist(Path persistPath) throws IOException {
        return persist(persistPath, BackupSet.forDirectory(persistPath.toAbsolutePath().getParent()));
    }

    @Override
    public Object saveState() {
        return doc.snapshot();
    }

    @Override
    public void restoreState(Object state) {
        doc.restore((dev.storescope.json.JsonDocument.Snapshot) state);
        // the parsed nodes, relations and triplets belong to the replaced state: index again
        nodes.clear();
        relations.clear();
        triplets = null;
        index();
    }
}
