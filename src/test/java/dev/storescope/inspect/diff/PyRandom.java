package dev.storescope.inspect.diff;

/**
 * CPython's {@code random.Random(int)} (MT19937 seeded by {@code init_by_array} with the 32-bit
 * words of the seed) and its {@code random()}: lets a test derive from the generator's parameters
 * exactly which documents {@code gen-persist-dir --variant K} deletes and edits.
 */
final class PyRandom {
    private final int[] mt = new int[624];
    private int mti;

    PyRandom(long seed) {
        long n = Math.abs(seed);
        int words = n == 0 ? 1 : (64 - Long.numberOfLeadingZeros(n) + 31) / 32;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = (int) (n >>> (32 * i));
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < 624; mti++) mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(624, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = 623; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next() {
        if (mti >= 624) {
            for (int k = 0; k < 624; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
                mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** Python's {@code random()}: 53 random bits in [0, 1). */
    double random() {
        long a = (next() & 0xffffffffL) >>> 5;
        long b = (next() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
