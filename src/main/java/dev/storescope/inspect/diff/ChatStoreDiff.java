package dev.storescope.inspect.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chat sessions matched by key; the messages of a changed session aligned with Myers' diff, so an
 * inserted or deleted message is one added / removed message, not a change of every later one.
 * A message's id is {@code <key>#<index>} (old index when removed, new index otherwise).
 */
final class ChatStoreDiff {
    private ChatStoreDiff() {
    }

    static void run(SimpleChatStore a, SimpleChatStore b, DiffCollector out) {
        out.counts(Kind.CHAT_SESSION);
        out.counts(Kind.CHAT_MESSAGE);
        Set<String> inA = new HashSet<>(a.getKeys());
        Set<String> inB = new HashSet<>(b.getKeys());
        for (String key : a.getKeys()) {
            List<ChatMessage> ma = a.getMessages(key);
            if (!inB.contains(key)) {
                out.change(Kind.CHAT_SESSION, key, Status.REMOVED, List.of(), Map.of("messages_before", ma.size()), new ValueRef.ChatSession(key));
                continue;
            }
            session(key, ma, b.getMessages(key), out);
        }
        for (String key : b.getKeys()) {
            if (!inA.contains(key)) {
                out.change(Kind.CHAT_SESSION, key, Status.ADDED, List.of(), Map.of("messages_after", b.getMessages(key).size()), new ValueRef.ChatSession(key));
            }
        }
    }

    private static void session(String key, List<ChatMessage> a, List<ChatMessage> b, DiffCollector out) {
        if (a.equals(b)) {
            out.unchanged(Kind.CHAT_SESSION, 1);
            out.unchanged(Kind.CHAT_MESSAGE, a.size());
            return;
        }
        int added = 0, removed = 0, changed = 0;
        long touched = 0;
        DiffCollector messages = new DiffCollector(out.store());
        for (AbstractDelta<ChatMessage> d : DiffUtils.diff(a, b).getDeltas()) {
            int from = d.getSource().getPosition();
            int to = d.getTarget().getPosition();
            int ns = d.getSource().size();
            int nt = d.getTarget().size();
            touched += ns;
            int paired = d.getType() == DeltaType.CHANGE ? Math.min(ns, nt) : 0;
            for (int i = 0; i < paired; i++) {
                ChatMessage x = a.get(from + i);
                ChatMessage y = b.get(to + i);
                List<String> fields = GenericDiff.paths(x.toJson(), y.toJson());
                messages.change(Kind.CHAT_MESSAGE, key + "#" + (to + i), Status.CHANGED, fields, Map.of("role", y.role()), new ValueRef.ChatMessage(key, to + i));
                changed++;
            }
            for (int i = paired; i < ns; i++) {
                messages.change(Kind.CHAT_MESSAGE, key + "#" + (from + i), Status.REMOVED, List.of(), Map.of("role", a.get(from + i).role()), new ValueRef.ChatMessage(key, from + i));
                removed++;
            }
            for (int i = paired; i < nt; i++) {
                messages.change(Kind.CHAT_MESSAGE, key + "#" + (to + i), Status.ADDED, List.of(), Map.of("role", b.get(to + i).role()), new ValueRef.ChatMessage(key, to + i));
                added++;
            }
        }
        out.unchanged(Kind.CHAT_MESSAGE, a.size() - touched);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("messages_before", a.size());
        details.put("messages_after", b.size());
        details.put("messages_added", added);
        details.put("messages_removed", removed);
        details.put("messages_changed", changed);
        out.change(Kind.CHAT_SESSION, key, Status.CHANGED, new ArrayList<>(List.of("messages")), details, new ValueRef.ChatSession(key));
        for (Change c : messages.changes()) out.change(c.kind(), c.id(), c.status(), c.fields(), c.details(), c.ref());
    }
}
