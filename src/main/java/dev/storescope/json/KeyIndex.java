package dev.storescope.json;

import java.util.List;

/**
 * Key → position of its first member, for the members of one object: an open-addressing table of
 * strings and ints (a HashMap of 100,000 keys would add 200,000 objects, nodes and boxed ints, for
 * the collector to copy). Also tells whether a key occurs twice.
 */
final class KeyIndex {
    private final String[] keys;
    private final int[] positions;
    private final int mask;
    private final boolean duplicates;

    private KeyIndex(List<JsonScanner.Member> members) {
        int cap = Integer.highestOneBit(Math.max(4, members.size() * 2 - 1)) << 1;
        keys = new String[cap];
        positions = new int[cap];
        mask = cap - 1;
        boolean dup = false;
        for (int i = 0; i < members.size(); i++) {
            String k = members.get(i).key();
            int slot = k.hashCode() & mask;
            while (keys[slot] != null && !keys[slot].equals(k)) slot = (slot + 1) & mask;
            if (keys[slot] != null) {
                dup = true; // the first position stays
            } else {
                keys[slot] = k;
                positions[slot] = i;
            }
        }
        duplicates = dup;
    }

    static KeyIndex of(List<JsonScanner.Member> members) {
        return new KeyIndex(members);
    }

    /** The position of the key's first member, or -1. */
    int get(String key) {
        int slot = key.hashCode() & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) return positions[slot];
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    boolean contains(String key) {
        return get(key) >= 0;
    }

    boolean hasDuplicates() {
        return duplicates;
    }
}
