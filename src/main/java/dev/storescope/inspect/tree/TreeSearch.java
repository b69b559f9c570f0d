package dev.storescope.inspect.tree;

import dev.storescope.graph_stores.ChunkNode;
import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonString;
import dev.storescope.json.JsonValue;
import dev.storescope.storage.FileKind;
import dev.storescope.storage.PersistFile;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.docstore.StoredNode;
import dev.storescope.storage.kvstore.SimpleKVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Searches a context for a {@link SearchQuery}, off the UI thread: document store nodes (id, text,
 * metadata), ref docs, index structs, vectors without a node, graph subjects and triplets, property
 * graph nodes, chat messages, and the keys of other key-value files. The document store is scanned in
 * parallel chunks; a record whose raw bytes cannot contain the term is skipped without parsing. Hits
 * arrive in tree order through {@code onHit} (on the calling thread) and in the result.
 */
public final class TreeSearch {
    private static final int CHUNK = 4096;
    private static final int SNIPPET = 60;

    private final StorageContext ctx;
    private final SearchQuery q;
    private final int limit;
    private final BooleanSupplier cancelled;
    private final Consumer<SearchHit> onHit;
    private final List<SearchHit> hits = new ArrayList<>();
    private long scanned;

    private TreeSearch(StorageContext ctx, SearchQuery q, int limit, BooleanSupplier cancelled, Consumer<SearchHit> onHit) {
        this.ctx = ctx;
        this.q = q;
        this.limit = limit;
        this.cancelled = cancelled;
        this.onHit = onHit;
    }

    public static SearchResult search(StorageContext ctx, String query, int limit) {
        return search(ctx, SearchQuery.parse(query), limit, () -> false, h -> { });
    }

    /** Runs the search; stops after {@code limit} hits or when {@code cancelled} says so. */
    public static SearchResult search(StorageContext ctx, SearchQuery q, int limit, BooleanSupplier cancelled, Consumer<SearchHit> onHit) {
        TreeSearch s = new TreeSearch(ctx, q, limit, cancelled, onHit);
        if (!q.isEmpty()) s.run();
        return new SearchResult(List.copyOf(s.hits), s.full(), cancelled.getAsBoolean(), s.scanned);
    }

    private boolean full() {
        return hits.size() >= limit;
    }

    private boolean stop() {
        return full() || cancelled.getAsBoolean();
    }

    /** Adds a hit; false when the search must stop. */
    private boolean hit(SearchHit h) {
        if (stop()) return false;
        hits.add(h);
        onHit.accept(h);
        return !stop();
    }

    private void run() {
        TreeData data = new TreeData(ctx);
        String docFile = data.docFile();
        if (docFile != null) {
            SimpleKVStore kv = ctx.kvStore(docFile).orElseThrow();
            docNodes(kv);
            if (!q.isMetadata()) keys(kv.keys(DocGroups.REF_DOC_INFO), id -> new ValueRef.RefDoc(id), "ref doc");
        }
        if (stop()) return;
        if (!q.isMetadata() && ctx.indexStore().isPresent()) {
            keys(ctx.kvStore("index_store.json").map(k -> k.keys(IndexStoreBranch.COLLECTION)).orElse(List.of()), ValueRef.IndexStruct::new, "index struct");
        }
        for (var e : ctx.vectorStores().entrySet()) {
            if (stop() || q.isMetadata()) break;
            for (String id : e.getValue().ids()) {
                scanned++;
                if (q.matches(id) && !data.docExists(id) && !hit(new SearchHit(new ValueRef.Vector(e.getKey(), id), id, "vector id (" + e.getKey() + ")"))) return;
            }
        }
        if (stop()) return;
        graphs();
        chats();
        otherKv(docFile);
    }

    private void keys(List<String> ids, java.util.function.Function<String, ValueRef> ref, String what) {
        for (String id : ids) {
            scanned++;
            if (q.matches(id) && !hit(new SearchHit(ref.apply(id), id, what + " id"))) return;
        }
    }

    // ---- the document store: parallel, raw bytes first -------------------------------------

    private void docNodes(SimpleKVStore kv) {
        List<String> ids = kv.keys(DocGroups.DATA);
        RawBytes filter = q.isMetadata() ? RawBytes.forKey(q.metadataKey()) : RawBytes.forNeedle(q.needle());
        RawBytes valueFilter = q.isMetadata() ? RawBytes.forNeedle(q.metadataValue().toLowerCase(Locale.ROOT)) : null;
        for (int from = 0; from < ids.size() && !stop(); from += CHUNK) {
            int to = Math.min(ids.size(), from + CHUNK);
            final int start = from;
            List<SearchHit> found = IntStream.range(from, to).parallel()
                    .mapToObj(i -> cancelled.getAsBoolean() ? null : matchNode(kv, ids.get(i), filter, valueFilter))
                    .filter(h -> h != null).toList();
            scanned += to - start;
            for (SearchHit h : found) if (!hit(h)) return;
        }
    }

    private SearchHit matchNode(SimpleKVStore kv, String id, RawBytes filter, RawBytes valueFilter) {
        ValueRef ref = new ValueRef.DocNode(id);
        if (!q.isMetadata() && q.matches(id)) return new SearchHit(ref, id, "id");
        JsonValue raw = kv.getRaw(id, DocGroups.DATA);
        if (raw == null || (filter != null && !filter.mayContain(raw)) || (valueFilter != null && !valueFilter.mayContain(raw))) return null;
        StoredNode n;
        String text;
        JsonObject md;
        try {
            JsonValue v = raw.resolve();
            if (!(v instanceof JsonObject env)) return null;
            n = StoredNode.fromEnvelope(env);
            text = n.text();
            md = n.metadata();
        } catch (RuntimeException e) {
            return null; // a broken record is found by id only
        }
        String label = Text.snippet(text, 48) + " · " + id;
        if (q.isMetadata()) {
            JsonValue v = md.get(q.metadataKey());
            if (v != null && valueText(v).equals(q.metadataValue())) return new SearchHit(ref, label, "metadata." + q.metadataKey() + " = " + v);
            return null;
        }
        if (q.matches(text)) return new SearchHit(ref, label, "text: " + around(text));
        return null;
    }

    /** A string's text; other values as JSON ({@code 3}, {@code true}, {@code null}). */
    static String valueText(JsonValue v) {
        JsonValue r = v.resolve();
        return r instanceof JsonString s ? s.value() : r.toString();
    }

    private String around(String text) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(q.needle());
        int from = Math.max(0, i - 20);
        int to = Math.min(text.length(), i + q.needle().length() + 30);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }

    // ---- the small stores ---------------------------------------------------------------------

    private void graphs() {
        if (q.isMetadata()) return;
        if (ctx.graphStore().isPresent()) {
            var g = ctx.graphStore().get();
            for (String s : g.getAllSubjects()) {
                scanned++;
                if (q.matches(s)) {
                    if (!hit(new SearchHit(new ValueRef.GraphSubject(s), s, "graph subject"))) return;
                    continue;
                }
                for (List<String> p : g.get(s)) {
                    if ((q.matches(p.get(0)) || q.matches(p.get(1)))
                            && !hit(new SearchHit(new ValueRef.Triplet(s, p.get(0), p.get(1)), s + " —" + p.get(0) + " → " + p.get(1), "triplet"))) return;
                }
            }
        }
        if (ctx.propertyGraphStore().isPresent()) {
            var g = ctx.propertyGraphStore().get();
            for (String id : g.nodeIds()) {
                scanned++;
                LabelledNode n = g.node(id);
                String text = n instanceof ChunkNode c ? c.text() : null;
                if (q.matches(id) && !hit(new SearchHit(new ValueRef.PropertyGraphNode(id), id, "property graph node id"))) return;
                if (!q.matches(id) && q.matches(text) && !hit(new SearchHit(new ValueRef.PropertyGraphNode(id), Text.snippet(text, 48) + " · " + id, "chunk text: " + around(text)))) return;
            }
        }
    }

    private void chats() {
        if (q.isMetadata() || ctx.chatStore().isEmpty()) return;
        var c = ctx.chatStore().get();
        for (String key : c.getKeys()) {
            if (stop()) return;
            if (q.matches(key) && !hit(new SearchHit(new ValueRef.ChatSession(key), key, "chat session"))) return;
            List<ChatMessage> ms = c.getMessages(key);
            for (int i = 0; i < ms.size(); i++) {
                scanned++;
                String t = ms.get(i).text();
                if (q.matches(t) && !hit(new SearchHit(new ValueRef.ChatMessage(key, i), ms.get(i).role() + ": " + Text.snippet(t, SNIPPET), "message text: " + around(t)))) return;
            }
        }
    }

    private void otherKv(String docFile) {
        if (q.isMetadata()) return;
        for (PersistFile f : ctx.files()) {
            if (f.name().equals(docFile) || f.kind() == FileKind.INDEX_STORE) continue;
            var kv = ctx.kvStore(f.name());
            if (kv.isEmpty()) continue;
            for (String c : kv.get().collectionNames()) {
                for (String k : kv.get().keys(c)) {
                    scanned++;
                    if (q.matches(k) && !hit(new SearchHit(new ValueRef.KvEntry(f.name(), c, k), k, f.name() + " › " + c + " key"))) return;
                }
            }
        }
    }
}
