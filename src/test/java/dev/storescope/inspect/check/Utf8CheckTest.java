package dev.storescope.inspect.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Python's strict UTF-8, also across the parallel chunks' boundaries. */
class Utf8CheckTest {
    @TempDir
    Path tmp;

    private long check(byte[] b) throws Exception {
        Path f = Files.write(tmp.resolve("f-" + System.nanoTime()), b);
        return Utf8Check.firstInvalid(f);
    }

    @Test
    void validTextAcrossChunkBoundariesAndInvalidBytesNearThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] unit = "ab\u00e9\u20ac\uD83D\uDE00z".getBytes(StandardCharsets.UTF_8); // 1-, 2-, 3- and 4-byte sequences
        while (out.size() < (17 << 20)) out.write(unit);
        byte[] good = out.toByteArray();
        assertEquals(-1, check(good));
        int boundary = 16 << 20;
        for (int at = boundary - 4; at <= boundary + 4; at++) {
            byte[] bad = good.clone();
            int start = at;
            while ((bad[start] & 0xC0) == 0x80) start--; // the start of the sequence that holds `at`
            bad[start] = (byte) 0xFF;
            assertEquals(start, check(bad), "invalid byte at " + start);
        }
    }

    @Test
    void pythonStrictRules() throws Exception {
        assertEquals(-1, check("plain ascii".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(1, check(new byte[] {'a', (byte) 0xC0, (byte) 0x80}), "overlong");
        assertEquals(0, check(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
        assertEquals(0, check(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "above U+10FFFF");
        assertEquals(2, check(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}), "the file ends inside a sequence");
        assertEquals(3, check("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), "Latin-1");
        assertEquals(-1, check(new byte[0]));
    }
}
