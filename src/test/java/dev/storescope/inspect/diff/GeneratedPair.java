package dev.storescope.inspect.diff;

import java.nio.file.Path;

/**
 * The committed pair {@code fixtures/diff-pair/{base,variant1}} and what {@code gen-persist-dir}
 * implies for it: {@code --variant K} rolls Python's {@code random.Random(seed * 7919 + K)} once
 * per document in order; a roll below 0.01 deletes it, below 0.03 edits it (new metadata and new
 * text, so new node ids), and {@code max(1, docs // 100)} new documents are appended.
 */
final class GeneratedPair {
    static final int DOCS = 150;
    static final int NODES_PER_DOC = 2;
    static final int SEED = 1;
    static final int VARIANT = 1;
    static final int STRUCTS = 3; // --indexes vector,list,keyword
    static final int CHAT_SESSIONS = 2;
    static final int CHAT_MESSAGES = 4;

    final int deleted;
    final int edited;
    final int added;

    GeneratedPair() {
        PyRandom r = new PyRandom((long) SEED * 7919 + VARIANT);
        int d = 0, e = 0;
        for (int i = 0; i < DOCS; i++) {
            double roll = r.random();
            if (roll < 0.01) d++;
            else if (roll < 0.03) e++;
        }
        deleted = d;
        edited = e;
        added = Math.max(1, DOCS / 100);
    }

    static Path base() {
        return fixture("base");
    }

    static Path variant() {
        return fixture("variant1");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(GeneratedPair.class.getResource("/fixtures/diff-pair/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
