package dev.storescope.inspect.diff;

import dev.storescope.graph_stores.LabelledNode;
import dev.storescope.graph_stores.Relation;
import dev.storescope.graph_stores.SimpleGraphStore;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonStyle;
import dev.storescope.json.JsonValue;
import dev.storescope.json.JsonWriter;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;
import dev.storescope.storage.docstore.RefDocInfo;
import dev.storescope.storage.kvstore.SimpleKVStore;
import dev.storescope.vector_stores.SimpleVectorStore;
import dev.storescope.vector_stores.SimpleVectorStore.Member;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a snapshot as indented JSON, for showing both sides of a change: a node with its
 * {@code /metadata} record, a ref doc with its record and hash, an index struct with its
 * {@code __data__} decoded, a vector's three parts, … Null when the snapshot does not have it.
 */
public final class ItemJson {
    private static final JsonStyle STYLE = JsonStyle.indented(2, false);

    private ItemJson() {
    }

    public static String of(Snapshot s, String store, ValueRef ref) {
        JsonValue v = value(s, store, ref);
        return v == null ? null : JsonWriter.toJson(v, STYLE);
    }

    private static JsonValue value(Snapshot s, String store, ValueRef ref) {
        if (ref instanceof ValueRef.DocNode d) return pair(kv(s, store), d.nodeId(), "docstore/data", "docstore/metadata");
        if (ref instanceof ValueRef.RefDoc r) return pair(kv(s, store), r.refDocId(), "docstore/ref_doc_info", "docstore/metadata");
        if (ref instanceof ValueRef.KvEntry k) return raw(kv(s, k.file()).getRaw(k.key(), k.collection()));
        if (ref instanceof ValueRef.IndexStruct i) {
            JsonValue env = kv(s, store).getRaw(i.indexId(), "index_store/data");
            if (env == null) return null;
            JsonObject o = (JsonObject) env.resolve();
            try {
                return o.with("__data__", dev.storescope.storage.index_store.IndexStruct.fromJson(o, i.indexId()).data());
            } catch (RuntimeException e) {
                return o;
            }
        }
        if (ref instanceof ValueRef.Vector v) {
            SimpleVectorStore vs = s.store(store, SimpleVectorStore.class);
            if (vs == null || !vs.contains(v.nodeId())) return null;
            JsonObject.Builder b = JsonObject.builder();
            for (Member p : Member.values()) {
                JsonValue x = vs.rawValue(p, v.nodeId());
                if (x != null) b.put(vs.memberName(p), x.resolve());
            }
            return b.build();
        }
        if (ref instanceof ValueRef.GraphSubject g) {
            SimpleGraphStore gs = s.store(PersistDirScanner.GRAPH_STORE, SimpleGraphStore.class);
            if (gs == null || !gs.hasSubject(g.subject())) return null;
            List<JsonValue> pairs = new ArrayList<>();
            for (List<String> p : gs.get(g.subject())) pairs.add(JsonArray.ofStrings(p));
            return JsonObject.builder().put(g.subject(), JsonArray.of(pairs)).build();
        }
        if (ref instanceof ValueRef.Triplet t) {
            SimpleGraphStore gs = s.store(PersistDirScanner.GRAPH_STORE, SimpleGraphStore.class);
            if (gs == null || !gs.get(t.subject()).contains(List.of(t.relation(), t.object()))) return null;
            return JsonArray.ofStrings(List.of(t.subject(), t.relation(), t.object()));
        }
        if (ref instanceof ValueRef.PropertyGraphNode n) {
            SimplePropertyGraphStore pg = s.store(PersistDirScanner.PROPERTY_GRAPH_STORE, SimplePropertyGraphStore.class);
            LabelledNode node = pg == null ? null : pg.node(n.id());
            return node == null ? null : node.toJson();
        }
        if (ref instanceof ValueRef.PropertyGraphRelation r) {
            SimplePropertyGraphStore pg = s.store(PersistDirScanner.PROPERTY_GRAPH_STORE, SimplePropertyGraphStore.class);
            Relation rel = pg == null ? null : pg.relation(r.key());
            return rel == null ? null : rel.toJson();
        }
        if (ref instanceof ValueRef.ChatSession c) return session(s, c.key());
        if (ref instanceof ValueRef.ChatMessage c) {
            SimpleChatStore cs = s.store(PersistDirScanner.CHAT_STORE, SimpleChatStore.class);
            if (cs == null || !cs.getKeys().contains(c.key())) return null;
            List<ChatMessage> m = cs.getMessages(c.key());
            return c.index() < m.size() ? m.get(c.index()).toJson() : null;
        }
        if (ref instanceof ValueRef.File f) {
            Object o = s.file(f.file());
            if (o == null) return null;
            if (o instanceof Opaque op) {
                JsonObject.Builder b = JsonObject.builder().put("file", f.file()).put("bytes", op.source().length());
                return op.problem() == null ? b.build() : b.put("problem", op.problem()).build();
            }
            return JsonObject.builder().put("file", f.file()).put("store", o.getClass().getSimpleName()).build();
        }
        return null;
    }

    private static JsonValue session(Snapshot s, String key) {
        SimpleChatStore cs = s.store(PersistDirScanner.CHAT_STORE, SimpleChatStore.class);
        if (cs == null || !cs.getKeys().contains(key)) return null;
        List<JsonValue> l = new ArrayList<>();
        for (ChatMessage m : cs.getMessages(key)) l.add(m.toJson());
        return JsonArray.of(l);
    }

    private static SimpleKVStore kv(Snapshot s, String file) {
        SimpleKVStore kv = s.store(file, SimpleKVStore.class);
        return kv != null ? kv : new SimpleKVStore();
    }

    private static JsonValue raw(JsonValue v) {
        return v == null ? null : v.resolve();
    }

    /** A record with its {@code /metadata} entry: {@code {"<collection>": …, "docstore/metadata": …}}. */
    private static JsonValue pair(SimpleKVStore kv, String id, String collection, String meta) {
        JsonValue v = kv.getRaw(id, collection);
        JsonValue m = kv.getRaw(id, meta);
        if (v == null && m == null) return null;
        JsonObject.Builder b = JsonObject.builder();
        if (v != null) b.put(collection, v.resolve());
        if (m != null) b.put(meta, m.resolve());
        if (collection.endsWith("ref_doc_info") && v != null) b.put("node_count", RefDocInfo.fromJson((JsonObject) v.resolve()).nodeIds().size());
        return b.build();
    }
}
