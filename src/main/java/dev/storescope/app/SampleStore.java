package dev.storescope.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample persist dir shipped in the app's resources (made by the project: the made-up
 * lighthouses of Veloria). It is copied to a fresh temp dir before opening, so edits never touch
 * the shipped copy.
 */
public final class SampleStore {
    private static final String BASE = "/dev/storescope/app/sample/";

    private SampleStore() {
    }

    /** The sample's file names. */
    public static List<String> files() throws IOException {
        try (InputStream in = SampleStore.class.getResourceAsStream("/dev/storescope/app/sample.files")) {
            if (in == null) throw new IOException("the sample store is missing from the application's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Copies the sample into a new temp dir and returns it. */
    public static Path copyToTemp() throws IOException {
        Path dir = Files.createTempDirectory("storescope-sample-");
        for (String name : files()) {
            try (InputStream in = SampleStore.class.getResourceAsStream(BASE + name)) {
                if (in == null) throw new IOException("sample file missing: " + name);
                Files.copy(in, dir.resolve(name));
            }
        }
        TempDirs.deleteOnExit(dir);
        return dir;
    }
}
