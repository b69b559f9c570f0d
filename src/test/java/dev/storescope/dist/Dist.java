package dev.storescope.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where {@code mvn -Pdist} put the packages (system properties set by the dist profile), and file helpers. */
final class Dist {
    static final Path DIR = Path.of(required("storescope.dist"));
    static final Path IMAGE = DIR.resolve("storescope");
    static final String VERSION = required("storescope.version");
    static final boolean SKIP_DEB = Boolean.parseBoolean(System.getProperty("storescope.skipDeb", "false"));
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private Dist() {
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) throw new IllegalStateException(name + " is not set: run the packaging tests with mvn -Pdist verify");
        return value;
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Width and height from a PNG's IHDR chunk. */
    static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            byte[] head = in.readNBytes(24);
            if (head.length < 24 || head[1] != 'P' || head[2] != 'N' || head[3] != 'G') throw new AssertionError(png + " is not a PNG");
            ByteBuffer b = ByteBuffer.wrap(head);
            return new int[] {b.getInt(16), b.getInt(20)};
        }
    }
}
