package dev.storescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gui [DIR]} (the shorthand {@code storescope DIR} is tested in LaunchRouteTest, the window in dev.storescope.app). */
class GuiCommandTest {
    @Test
    void guiOnSomethingThatIsNotADirectoryIsBadInput(@TempDir Path dir) {
        CliRun r = CliRun.of("gui", dir.resolve("missing"));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("is not a directory"), r.err());
    }
}
