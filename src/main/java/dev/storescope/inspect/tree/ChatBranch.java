package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.chat_store.ChatMessage;
import dev.storescope.storage.chat_store.SimpleChatStore;

import java.util.ArrayList;
import java.util.List;

/** chat_store.json: sessions → messages (role and the start of the text). */
final class ChatBranch {
    private ChatBranch() {
    }

    static StoreNode session(TreeData data, StoreNode parent, String key) {
        SimpleChatStore c = data.ctx().chatStore().orElseThrow();
        return new Item(data, parent, NodeKind.CHAT_SESSION, key, new ValueRef.ChatSession(key),
                n -> Info.of(Text.counted(key, c.getMessages(key).size()), "session"),
                Children.keyed(() -> indexes(c.getMessages(key).size()), () -> c.getMessages(key).size(), (p, i) -> message(data, p, key, Integer.parseInt(i))));
    }

    private static List<String> indexes(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Integer.toString(i));
        return out;
    }

    static StoreNode message(TreeData data, StoreNode parent, String key, int index) {
        SimpleChatStore c = data.ctx().chatStore().orElseThrow();
        return new Item(data, parent, NodeKind.CHAT_MESSAGE, Integer.toString(index), new ValueRef.ChatMessage(key, index), n -> {
            List<ChatMessage> ms = c.getMessages(key);
            if (index >= ms.size()) return Info.problem("#" + index, "", "no such message");
            ChatMessage m = ms.get(index);
            String text = m.text();
            return Info.of(m.role() + ": " + Text.snippet(text == null ? "" : text, 60), "message " + index + ", " + Text.count(text == null ? 0 : text.length()) + " chars");
        }, null);
    }
}
