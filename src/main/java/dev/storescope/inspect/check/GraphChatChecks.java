package dev.storescope.inspect.check;

import dev.storescope.inspect.ValueRef;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;
import dev.storescope.graph_stores.Relation;
import dev.storescope.graph_stores.SimplePropertyGraphStore;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Property graph (spec §7.2, §11.2 X13) and chat store (§8.1) checks. */
final class GraphChatChecks {
    static final String GRAPH = "property_graph_store.json";
    static final String CHAT = "chat_store.json";
    /** MessageRole values of llama-index-core. */
    static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "function", "tool", "chatbot", "model");
    /** ContentBlock discriminators of llama-index-core (block_type). */
    static final Set<String> BLOCKS = Set.of("text", "image", "audio", "video", "document", "cache", "citable", "citation", "thinking", "tool_call");

    private GraphChatChecks() {
    }

    static void run(CheckContext cx) {
        cx.storage.propertyGraphStore().ifPresent(g -> graph(cx, g));
        cx.storage.chatStore().ifPresent(c -> chat(cx.out, c));
    }

    private static void graph(CheckContext cx, SimplePropertyGraphStore g) {
        Set<String> nodes = new HashSet<>(g.nodeIds());
        for (String key : g.relationKeys()) {
            Relation r = g.relation(key);
            Location at = Location.kv(GRAPH, "relations", key, new ValueRef.PropertyGraphRelation(key));
            String expected = Relation.key(r.sourceId(), r.label(), r.targetId());
            if (!key.equals(expected)) {
                cx.out.add(CheckId.GRAPH_RELATION_KEY, at, "relation stored under " + DocstorePass.quote(key) + " but its source, label and target give "
                        + DocstorePass.quote(expected) + ": upsert_relations adds a duplicate and delete cannot find it");
            }
            for (String end : List.of(r.sourceId(), r.targetId())) {
                if (end != null && !nodes.contains(end)) {
                    cx.out.add(CheckId.GRAPH_MISSING_NODE, at, "relation names node " + DocstorePass.quote(end) + ", which the graph's nodes do not hold: "
                            + "get_triplets raises KeyError: " + DocstorePass.quote(end));
                }
            }
        }
        Set<String> relKeys = new HashSet<>(g.relationKeys());
        for (List<String> t : g.tripletIds()) {
            if (t.size() != 3) continue;
            String key = Relation.key(t.get(0), t.get(1), t.get(2));
            Location at = Location.kv(GRAPH, "triplets", key, new ValueRef.PropertyGraphRelation(key));
            for (String end : List.of(t.get(0), t.get(2))) {
                if (!nodes.contains(end)) {
                    cx.out.add(CheckId.GRAPH_MISSING_NODE, at, "triplet " + t + " names node " + DocstorePass.quote(end) + ", which the graph's nodes do not hold: "
                            + "get_triplets raises KeyError: " + DocstorePass.quote(end));
                }
            }
            if (!relKeys.contains(key)) {
                cx.out.add(CheckId.GRAPH_MISSING_NODE, at, "triplet " + t + " has no relation under " + DocstorePass.quote(key)
                        + ": get_triplets raises KeyError: " + DocstorePass.quote(key));
            }
        }
    }

    /** The chat store checks (§8.1), also run by {@link FastCheck}. */
    static void chat(Findings out, SimpleChatStore c) {
        for (String key : c.getKeys()) {
            List<ChatMessage> msgs;
            try {
                msgs = c.getMessages(key);
            } catch (RuntimeException e) {
                out.add(CheckId.CHAT_MALFORMED_BLOCK, Location.kv(CHAT, "store", key, new ValueRef.ChatSession(key)),
                        "the session's messages cannot be read: " + e.getMessage());
                continue;
            }
            for (int i = 0; i < msgs.size(); i++) message(out, key, i, msgs.get(i));
        }
    }

    private static void message(Findings out, String key, int i, ChatMessage m) {
        Location at = new Location(CHAT, "store", key, "$[\"store\"][" + DocstorePass.quote(key).replace('\'', '"') + "][" + i + "]", new ValueRef.ChatMessage(key, i));
        String role;
        try {
            role = m.role();
        } catch (RuntimeException e) {
            role = null;
        }
        if (role == null || !ROLES.contains(role)) {
            out.add(CheckId.CHAT_UNKNOWN_ROLE, at.below("[\"role\"]"), "message " + i + " has role " + DocstorePass.quote(role)
                    + ", which is no MessageRole (system, developer, user, assistant, function, tool, chatbot, model): loading the chat store raises a pydantic ValidationError");
        }
        JsonObject json = m.toJson();
        if (!json.has("blocks")) return;
        JsonValue blocks = json.get("blocks");
        if (!(blocks instanceof dev.storescope.json.JsonArray arr)) {
            out.add(CheckId.CHAT_MALFORMED_BLOCK, at.below("[\"blocks\"]"), "message " + i + ": blocks is not a list: loading raises a pydantic ValidationError");
            return;
        }
        for (int b = 0; b < arr.size(); b++) {
            JsonValue v = arr.values().get(b);
            String problem = blockProblem(v);
            if (problem != null) {
                out.add(CheckId.CHAT_MALFORMED_BLOCK, at.below("[\"blocks\"][" + b + "]"), "message " + i + ", block " + b + ": " + problem
                        + ": loading the chat store raises a pydantic ValidationError");
            }
        }
    }

    private static String blockProblem(JsonValue v) {
        if (!(v instanceof JsonObject o)) return "not an object";
        String type = o.getString("block_type");
        if (type == null) return "no block_type";
        if (!BLOCKS.contains(type)) return "unknown block_type " + DocstorePass.quote(type);
        if (type.equals("text") && o.getString("text") == null) return "a text block without a text string";
        return null;
    }
}
