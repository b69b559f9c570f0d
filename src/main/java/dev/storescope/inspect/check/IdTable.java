package dev.storescope.inspect.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ASCII byte strings (node ids, hashes) interned to dense numbers {@code 0..size()-1}, with no
 * object per string: the bytes lie in one array, the table is open addressing over ints. Equal
 * strings get the same number, so the fast check compares numbers and keeps its per-id facts in
 * int arrays indexed by them (a {@code HashMap<String, ...>} of 100,000 ids cost a third of the
 * docstore pass in cache misses and garbage).
 */
final class IdTable {
    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] start = new int[1 << 10];
    private int[] length = new int[1 << 10];
    private int size;
    /** Per slot: the hash in the high 32 bits, number + 1 in the low ones; 0 when free (one cache miss per probe). */
    private long[] slots = new long[1 << 11];

    int size() {
        return size;
    }

    /** The number of the bytes {@code a[s, s + n)}, added when new. */
    int intern(byte[] a, int s, int n) {
        int h = hash(a, s, n);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) return add(a, s, n, h, i);
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == h && length[id] == n && Arrays.equals(bytes, start[id], start[id] + n, a, s, s + n)) return id;
        }
    }

    /** The number of {@code str}, or -1 when it was never interned (a string with other than ASCII never was). */
    int find(String str) {
        int n = str.length();
        long h = SEED;
        long w = 0;
        for (int k = 0; k < n; k++) {
            char c = str.charAt(k);
            if (c >= 0x80) return -1;
            w |= (long) c << ((k & 7) << 3);
            if ((k & 7) == 7) {
                h = step(h, w);
                w = 0;
            }
        }
        int hash = finish((n & 7) != 0 ? step(h, w) : h, n);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) return -1;
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && equals(id, str)) return id;
        }
    }

    /** True when number {@code id} is the string {@code str}. */
    boolean equals(int id, String str) {
        int n = length[id];
        if (str.length() != n) return false;
        int s = start[id];
        for (int k = 0; k < n; k++) if (bytes[s + k] != str.charAt(k)) return false;
        return true;
    }

    /** True when number {@code id} is the bytes {@code a[s, s + n)}. */
    boolean equals(int id, byte[] a, int s, int n) {
        return length[id] == n && Arrays.equals(bytes, start[id], start[id] + n, a, s, s + n);
    }

    int length(int id) {
        return length[id];
    }

    byte byteAt(int id, int k) {
        return bytes[start[id] + k];
    }

    String string(int id) {
        return new String(bytes, start[id], length[id], StandardCharsets.ISO_8859_1);
    }

    private int add(byte[] a, int s, int n, int h, int slot) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
        }
        if (used + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
        System.arraycopy(a, s, bytes, used, n);
        int id = size++;
        start[id] = used;
        length[id] = n;
        used += n;
        slots[slot] = ((long) h << 32) | (id + 1);
        if (size * 2 > slots.length) rehash();
        return id;
    }

    private void rehash() {
        long[] grown = new long[slots.length * 2];
        int mask = grown.length - 1;
        for (long slot : slots) {
            if (slot == 0) continue;
            int i = (int) (slot >>> 32) & mask;
            while (grown[i] != 0) i = (i + 1) & mask;
            grown[i] = slot;
        }
        slots = grown;
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;

    /** The bytes 8 at a time (little-endian words, the last one padded with zeros), mixed with the length. */
    private static int hash(byte[] a, int s, int n) {
        long h = SEED;
        int k = s;
        int full = s + (n & ~7);
        for (; k < full; k += 8) h = step(h, FastCheck.Scan.word(a, k));
        if (k < s + n) {
            long w = 0;
            for (int j = 0; k + j < s + n; j++) w |= (long) (a[k + j] & 0xff) << (j << 3);
            h = step(h, w);
        }
        return finish(h, n);
    }

    private static long step(long h, long w) {
        return Long.rotateLeft(h ^ (w * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B185EBCA87L;
    }

    private static int finish(long h, int n) {
        h ^= n;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}
