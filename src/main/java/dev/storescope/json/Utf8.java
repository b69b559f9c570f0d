package dev.storescope.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** UTF-8 encoding of code points, including Python's {@code surrogatepass} for lone surrogates. */
public final class Utf8 {
    private Utf8() {
    }

    /** Writes one code point (a lone surrogate becomes its 3-byte form, as {@code surrogatepass} does). */
    public static void write(OutputStream out, int cp) throws IOException {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out.write(0xe0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        } else {
            out.write(0xf0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3f));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        }
    }

    /** Python's {@code s.encode("utf-8", "surrogatepass")}. */
    public static byte[] encodeSurrogatePass(String s) {
        boolean lone = false;
        for (int i = 0; i < s.length() && !lone; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) lone = true;
        }
        if (!lone) return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); // no lone surrogate: the same bytes, much faster
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        try {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                write(out, cp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
