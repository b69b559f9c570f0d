package dev.storescope.graph_stores;

import dev.storescope.storage.Restorable;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonShapeException;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.Section;
import dev.storescope.storage.StoreFormatException;
import dev.storescope.storage.io.AtomicFileWriter;
import dev.storescope.storage.io.BackupSet;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * LlamaIndex's {@code SimpleGraphStore} (the knowledge-graph triplet store of {@code KnowledgeGraphIndex})
 * over {@code graph_store.json} = {@code {"graph_dict": {subject: [[relation, object], …]}}} (spec §7.1).
 * <p>
 * Each subject's list stays bytes until it is read or changed; persisting an unchanged store writes
 * the loaded bytes, a changed one rewrites only the changed subjects, in the file's style (Python
 * {@code json.dump} for files LlamaIndex wrote). Reads return copies.
 */
public final class SimpleGraphStore implements Restorable {
    /** {@code DEFAULT_PERSIST_FNAME} of {@code llama_index.core.graph_stores.types}. */
    public static final String DEFAULT_PERSIST_FNAME = "graph_store.json";
    public static final String GRAPH_DICT = "graph_dict";
    /** Python's default recursion limit: deeper {@code _get_rel_map} recursion raises RecursionError. */
    static final int PYTHON_RECURSION_LIMIT = 1000;

    private final JsonDocument doc;
    private final String loadWarning;
    private final Map<String, List<Pair>> parsed = new HashMap<>();

    /** One {@code [relation, object]} entry of a subject's list and the JSON it is written as. */
    private record Pair(String rel, String obj, JsonValue json) {
    }

    private SimpleGraphStore(JsonDocument doc, String loadWarning) {
        this.doc = doc;
        this.loadWarning = loadWarning;
    }

    /** An empty store; it is written as Python writes it ({@code {"graph_dict": {}}}). */
    public SimpleGraphStore() {
        this(newDocument(), null);
    }

    private static JsonDocument newDocument() {
        JsonDocument d = JsonDocument.create(JsonStyle.PYTHON);
        d.sectionOrCreate(GRAPH_DICT);
        return d;
    }

    /**
     * Loads {@code persistPath}. A missing file gives an empty store, as in Python, which logs the
     * warning that {@link #loadWarning()} returns.
     *
     * @throws StoreFormatException when the file is JSON but not a SimpleGraphStore (e.g. networkx node-link JSON)
     * @throws dev.storescope.json.JsonSyntaxException when it is not JSON
     */
    public static SimpleGraphStore fromPersistPath(Path persistPath) throws IOException {
        if (!Files.exists(persistPath)) {
            return new SimpleGraphStore(newDocument(), "No existing llama_index.core.graph_stores.simple found at " + persistPath
                    + ". Initializing a new graph_store from scratch. ");
        }
        return fromSource(JsonSource.open(persistPath));
    }

    /** Loads {@code persistDir/graph_store.json} (see {@link #fromPersistPath}). */
    public static SimpleGraphStore fromPersistDir(Path persistDir) throws IOException {
        return fromPersistPath(persistDir.resolve(DEFAULT_PERSIST_FNAME));
    }

    /** A store over the bytes of a file. */
    public static SimpleGraphStore fromSource(JsonSource src) {
        JsonDocument d;
        try {
            d = JsonDocument.load(src);
        } catch (JsonShapeException e) {
            throw new StoreFormatException(e.getMessage() + " (a SimpleGraphStore file is {\"graph_dict\": {...}})");
        }
        if (!d.has(GRAPH_DICT)) {
            if (!d.names().isEmpty()) {
                throw new StoreFormatException(src.label() + ": not a LlamaIndex SimpleGraphStore file: no \"graph_dict\" (top-level keys "
                        + d.names() + "). LlamaIndex would load it as an empty graph and overwrite it on persist; leave this file as it is.");
            }
        } else {
            try {
                d.section(GRAPH_DICT);
            } catch (JsonShapeException e) {
                throw new StoreFormatException(e.getMessage() + " (graph_dict maps each subject to its [relation, object] pairs)");
            }
        }
        return new SimpleGraphStore(d, null);
    }

    /** Python's {@code from_dict}: a new store (written in Python's style) holding {@code saveDict}'s graph_dict. */
    public static SimpleGraphStore fromDict(JsonObject saveDict) {
        SimpleGraphStore s = new SimpleGraphStore();
        JsonValue g = saveDict.get(GRAPH_DICT);
        if (g == null) return s;
        if (!(g instanceof JsonObject o)) throw new StoreFormatException("graph_dict is a JSON " + g.kind() + ", expected an object");
        for (Map.Entry<String, JsonValue> e : o.rawMembers().entrySet()) {
            s.graph().put(e.getKey(), e.getValue());
            s.pairs(e.getKey()); // validates
        }
        return s;
    }

    /** The warning Python logs when the file to load does not exist (the store then starts empty). */
    public Optional<String> loadWarning() {
        return Optional.ofNullable(loadWarning);
    }

    // ---- reads ------------------------------------------------------------------------------

    /** Python's {@code get(subj)}: the subject's {@code [relation, object]} pairs, empty when unknown. */
    public List<List<String>> get(String subj) {
        List<List<String>> out = new ArrayList<>();
        for (Pair p : pairs(subj)) out.add(List.of(p.rel(), p.obj()));
        return Collections.unmodifiableList(out);
    }

    /** Subjects in file order. */
    public List<String> getAllSubjects() {
        Section g = doc.section(GRAPH_DICT);
        return g == null ? List.of() : List.copyOf(g.entries().keySet());
    }

    public boolean hasSubject(String subj) {
        Section g = doc.section(GRAPH_DICT);
        return g != null && g.has(subj);
    }

    /** Number of subjects. */
    public int size() {
        Section g = doc.section(GRAPH_DICT);
        return g == null ? 0 : g.size();
    }

    /** All triplets as {@code [subject, relation, object]}, subject by subject. */
    public List<List<String>> getTriplets() {
        List<List<String>> out = new ArrayList<>();
        for (String s : getAllSubjects()) for (Pair p : pairs(s)) out.add(List.of(s, p.rel(), p.obj()));
        return Collections.unmodifiableList(out);
    }

    public int tripletCount() {
        int n = 0;
        for (String s : getAllSubjects()) n += pairs(s).size();
        return n;
    }

    /** {@link #getRelMap(List, int, int)} with Python's defaults: all subjects, depth 2, limit 30. */
    public Map<String, List<List<String>>> getRelMap() {
        return getRelMap(null, 2, 30);
    }

    /**
     * Python's {@code get_rel_map}: for each subject (all when {@code subjs} is null; duplicates
     * collapse), its paths {@code [subj, rel, obj]} depth-first: each pair followed by the object's
     * own rel map one level shallower. The first level takes at most {@code limit} pairs, deeper
     * levels at most 30 (Python does not pass the limit down); nothing remembers visited subjects,
     * so cycles repeat until the depth runs out. The result keeps subjects in order until
     * {@code limit} triplets in total; the subject that crosses it is cut (Python slicing) and the
     * rest dropped. Unknown subjects map to an empty list.
     *
     * @throws IllegalStateException "RecursionError: maximum recursion depth exceeded" when a negative
     *                               depth meets a cycle (Python recurses until its stack limit)
     */
    public Map<String, List<List<String>>> getRelMap(List<String> subjs, int depth, int limit) {
        List<String> subjects = subjs == null ? getAllSubjects() : subjs;
        LinkedHashMap<String, List<List<String>>> relMap = new LinkedHashMap<>();
        for (String subj : subjects) relMap.put(subj, relMapOf(subj, depth, limit, 1));
        int relCount = 0;
        LinkedHashMap<String, List<List<String>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> e : relMap.entrySet()) {
            List<List<String>> rels = e.getValue();
            if (relCount + rels.size() > limit) {
                out.put(e.getKey(), Collections.unmodifiableList(Shallow.sliceTo(rels, limit - relCount)));
                break;
            }
            out.put(e.getKey(), Collections.unmodifiableList(rels));
            relCount += rels.size();
        }
        return Collections.unmodifiableMap(out);
    }

    private List<List<String>> relMapOf(String subj, int depth, int limit, int stack) {
        if (stack > PYTHON_RECURSION_LIMIT) throw new IllegalStateException("RecursionError: maximum recursion depth exceeded");
        List<List<String>> relMap = new ArrayList<>();
        if (depth == 0) return relMap;
        int relCount = 0;
        for (Pair p : pairs(subj)) {
            if (relCount >= limit) break;
            relMap.add(List.of(subj, p.rel(), p.obj()));
            relMap.addAll(relMapOf(p.obj(), depth - 1, 30, stack + 1));
            relCount++;
        }
        return relMap;
    }

    // ---- changes ----------------------------------------------------------------------------

    /**
     * Python's {@code upsert_triplet}: appends {@code [rel, obj]} to the subject's list unless the
     * pair is there already; a new subject goes last. Returns true when something changed.
     */
    public boolean upsertTriplet(String subj, String rel, String obj) {
        Objects.requireNonNull(subj, "subj");
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(obj, "obj");
        List<Pair> pairs = new ArrayList<>(pairs(subj));
        for (Pair p : pairs) if (p.rel().equals(rel) && p.obj().equals(obj)) return false;
        pairs.add(new Pair(rel, obj, JsonArray.of(JsonString.of(rel), JsonString.of(obj))));
        store(subj, pairs);
        return true;
    }

    /**
     * Deletes one triplet as spec §7.1 describes and Python's code intends: the first {@code [rel, obj]}
     * of the subject is removed and a subject whose list becomes empty is removed; an absent subject
     * or pair changes nothing and raises nothing. Returns true when something was deleted.
     * <p>
     * Note: LlamaIndex's actual {@code delete} tests {@code (rel, obj) in graph_dict[subj]}, a tuple
     * against lists, which is never true for a loaded or upserted store, so Python never deletes.
     */
    public boolean delete(String subj, String rel, String obj) {
        if (!hasSubject(subj)) return false;
        List<Pair> pairs = new ArrayList<>(pairs(subj));
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            if (p.rel().equals(rel) && p.obj().equals(obj)) {
                pairs.remove(i);
                if (pairs.isEmpty()) {
                    graph().remove(subj);
                    parsed.remove(subj);
                } else {
                    store(subj, pairs);
                }
                return true;
            }
        }
        return false;
    }

    private void store(String subj, List<Pair> pairs) {
        List<JsonValue> elements = new ArrayList<>(pairs.size());
        for (Pair p : pairs) elements.add(p.json());
        graph().put(subj, JsonArray.of(elements));
        parsed.put(subj, List.copyOf(pairs));
    }

    private Section graph() {
        return doc.sectionOrCreate(GRAPH_DICT);
    }

    private List<Pair> pairs(String subj) {
        List<Pair> cached = parsed.get(subj);
        if (cached != null) return cached;
        Section g = doc.section(GRAPH_DICT);
        JsonValue v = g == null ? null : g.get(subj);
        if (v == null) return List.of();
        List<Pair> out = new ArrayList<>();
        for (JsonValue e : Shallow.elements(v, "a list of [relation, object] pairs")) {
            List<String> two = Shallow.strings(e, 2);
            if (two == null) {
                throw new StoreFormatException(Shallow.where(e) + "expected a [relation, object] pair of strings, found " + e.resolve());
            }
            out.add(new Pair(two.get(0), two.get(1), e));
        }
        List<Pair> result = List.copyOf(out);
        parsed.put(subj, result);
        return result;
    }

    // ---- not supported (as in Python) -------------------------------------------------------

    /** Python raises {@code NotImplementedError}. */
    public String getSchema() {
        throw new UnsupportedOperationException("SimpleGraphStore does not support get_schema");
    }

    /** Python raises {@code NotImplementedError}. */
    public Object query(String query) {
        throw new UnsupportedOperationException("SimpleGraphStore does not support query");
    }

    // ---- persistence ------------------------------------------------------------------------

    /** Python's {@code to_dict()}: the whole file as a value (unknown top-level members included). */
    public JsonObject toDict() {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
        for (String n : doc.names()) m.put(n, doc.get(n));
        return JsonObject.of(m);
    }

    public JsonStyle style() {
        return doc.style();
    }

    /** Counts every change; 0 for a store nobody changed since it was loaded. */
    public long revision() {
        return doc.revision();
    }

    /** True when persisting would write exactly the loaded bytes. */
    public boolean unchangedSinceLoad() {
        return doc.unchangedSinceLoad();
    }

    public void writeTo(WritableByteChannel ch) throws IOException {
        doc.writeTo(ch);
    }

    public byte[] toBytes() throws IOException {
        return doc.toBytes();
    }

    /** Writes {@code persistPath} atomically (creating its folder, as Python does); returns the backup of the replaced file, or null. */
    public Path persist(Path persistPath, BackupSet backups) throws IOException {
        return AtomicFileWriter.write(persistPath, this::writeTo, backups);
    }

    /** {@link #persist(Path, BackupSet)} with a new backup set next to the file. */
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
        parsed.clear(); // parsed pairs of the replaced state would be stale
    }
}
