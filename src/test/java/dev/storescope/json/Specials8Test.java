package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SWAR test of the string skip names the first quote, backslash or control byte of a word exactly. */
class Specials8Test {
    private static long word(int[] bytes) {
        long v = 0;
        for (int k = 7; k >= 0; k--) v = (v << 8) | (bytes[k] & 0xff); // little-endian: bytes[0] is the lowest
        return v;
    }

    private static int firstSpecial(int[] bytes) {
        for (int k = 0; k < 8; k++) if (bytes[k] == '"' || bytes[k] == '\\' || bytes[k] < 0x20) return k;
        return -1;
    }

    @Test
    void firstFlaggedByteIsTheFirstSpecialByte() {
        Random r = new Random(42);
        int[] specials = {'"', '\\', 0x00, 0x01, 0x1f};
        int[] plain = {0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xa2, 0xdc, 0xff, 'a', '0'};
        for (int n = 0; n < 200_000; n++) {
            int[] b = new int[8];
            for (int k = 0; k < 8; k++) {
                b[k] = r.nextInt(4) == 0 ? specials[r.nextInt(specials.length)] : r.nextInt(3) == 0 ? plain[r.nextInt(plain.length)] : r.nextInt(256);
            }
            long h = JsonScanner.specials8(word(b));
            int expected = firstSpecial(b);
            assertEquals(expected, h == 0 ? -1 : Long.numberOfTrailingZeros(h) >>> 3, java.util.Arrays.toString(b));
        }
    }

    @Test
    void firstFlaggedIsTheLowestFlaggedByte() {
        Random r = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            long h = r.nextLong() & 0x8080808080808080L;
            if (h == 0) continue;
            assertEquals(Long.numberOfTrailingZeros(h) >>> 3, JsonScanner.firstFlagged(h), Long.toHexString(h));
        }
        for (int k = 0; k < 8; k++) assertEquals(k, JsonScanner.firstFlagged(0x80L << (8 * k)));
        assertEquals(7, JsonScanner.firstFlagged(0x8000000000000000L));
    }
}
