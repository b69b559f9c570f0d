package dev.storescope.inspect.edit;

import dev.storescope.json.JsonValue;
import dev.storescope.storage.PersistDirScanner;
import dev.storescope.storage.StorageContext;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comparable picture of one file's store, member → key → value (values are the store's own
 * immutable objects, so taking it copies references only), to list what a job changed.
 */
final class StoreView {
    private final String file;
    private final Map<String, Map<String, Object>> members;

    private StoreView(String file, Map<String, Map<String, Object>> members) {
        this.file = file;
        this.members = members;
    }

    static StoreView capture(StorageContext ctx, String file) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        var kv = ctx.kvStore(file);
        if (kv.isPresent()) {
            for (String c : kv.get().collectionNames()) {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (String k : kv.get().keys(c)) entries.put(k, kv.get().getRaw(k, c));
                m.put(c, entries);
            }
        } else if (ctx.vectorStoreFile(file).isPresent()) {
            SimpleVectorStore v = ctx.vectorStoreFile(file).get();
            String[] names = v.isTypeScript() ? new String[] {"embeddingDict", "textIdToRefDocId", "metadataDict"}
                    : new String[] {"embedding_dict", "text_id_to_ref_doc_id", "metadata_dict"};
            Map<String, Integer> sizes = v.memberSizes();
            List<String> ids = v.ids();
            if (sizes.containsKey(names[0])) {
                Map<String, Object> e = new LinkedHashMap<>();
                for (String id : ids) e.put(id, id); // embeddings are only ever deleted by a delete job
                m.put(names[0], e);
            }
            if (sizes.containsKey(names[1])) {
                Map<String, Object> r = new LinkedHashMap<>();
                for (String id : ids) {
                    String ref = v.refDocId(id);
                    if (ref != null) r.put(id, ref);
                }
                m.put(names[1], r);
            }
            if (sizes.containsKey(names[2])) {
                Map<String, Object> md = new LinkedHashMap<>();
                for (String id : ids) {
                    var x = v.metadata(id);
                    if (x != null) md.put(id, x);
                }
                m.put(names[2], md);
            }
            for (String name : sizes.keySet()) m.putIfAbsent(name, Map.of());
        } else if (file.equals(PersistDirScanner.GRAPH_STORE) && ctx.graphStore().isPresent()) {
            Map<String, Object> g = new LinkedHashMap<>();
            for (String s : ctx.graphStore().get().getAllSubjects()) g.put(s, ctx.graphStore().get().get(s));
            m.put("graph_dict", g);
        } else if (file.equals(PersistDirScanner.CHAT_STORE) && ctx.chatStore().isPresent()) {
            Map<String, Object> s = new LinkedHashMap<>();
            for (String k : ctx.chatStore().get().getKeys()) {
                List<Object> ms = new ArrayList<>();
                for (ChatMessage msg : ctx.chatStore().get().getMessages(k)) ms.add(msg.toJson());
                s.put(k, ms);
            }
            m.put("store", s);
        } else if (file.equals(PersistDirScanner.PROPERTY_GRAPH_STORE) && ctx.propertyGraphStore().isPresent()) {
            var pg = ctx.propertyGraphStore().get();
            Map<String, Object> nodes = new LinkedHashMap<>();
            for (String id : pg.nodeIds()) nodes.put(id, pg.node(id));
            Map<String, Object> rels = new LinkedHashMap<>();
            for (String k : pg.relationKeys()) rels.put(k, pg.relation(k));
            Map<String, Object> trip = new LinkedHashMap<>();
            for (List<String> t : pg.tripletIds()) trip.put(String.join("|", t), t);
            m.put("nodes", nodes);
            m.put("relations", rels);
            m.put("triplets", trip);
        }
        return new StoreView(file, m);
    }

    /** What changed from {@code before} to this view. */
    List<Change> changesSince(StoreView before) {
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : before.members.entrySet()) {
            Map<String, Object> now = members.get(e.getKey());
            if (now == null) {
                out.add(new Change(file, e.getKey(), null, Change.Action.DELETE, "whole member"));
                continue;
            }
            for (Map.Entry<String, Object> k : e.getValue().entrySet()) {
                if (!now.containsKey(k.getKey())) {
                    out.add(new Change(file, e.getKey(), k.getKey(), Change.Action.DELETE, ""));
                } else if (!same(k.getValue(), now.get(k.getKey()))) {
                    out.add(new Change(file, e.getKey(), k.getKey(), Change.Action.UPDATE, ""));
                }
            }
            for (String k : now.keySet()) if (!e.getValue().containsKey(k)) out.add(new Change(file, e.getKey(), k, Change.Action.ADD, ""));
        }
        for (String name : members.keySet()) {
            if (!before.members.containsKey(name)) out.add(new Change(file, name, null, Change.Action.ADD, "new member, " + members.get(name).size() + " entries"));
        }
        return out;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof JsonValue x && b instanceof JsonValue y) return x.resolve().equals(y.resolve());
        return Objects.equals(a, b);
    }
}
