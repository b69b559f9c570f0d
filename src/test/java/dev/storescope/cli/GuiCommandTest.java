package dev.storescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gui [DIR]} and the {@code storescope DIR} shorthand (the window itself is tested in dev.storescope.app). */
class GuiCommandTest {
    @Test
    void aLoneDirectoryArgumentMeansGui(@TempDir Path dir) {
        assertArrayEquals(new String[] {"gui", dir.toString()}, Main.withGuiShorthand(new String[] {dir.toString()}));
        assertArrayEquals(new String[] {"info", dir.toString()}, Main.withGuiShorthand(new String[] {"info", dir.toString()}));
        assertArrayEquals(new String[] {"--help"}, Main.withGuiShorthand(new String[] {"--help"}));
        assertArrayEquals(new String[] {"no-such-dir"}, Main.withGuiShorthand(new String[] {"no-such-dir"}));
    }

    @Test
    void guiOnSomethingThatIsNotADirectoryIsBadInput(@TempDir Path dir) {
        CliRun r = CliRun.of("gui", dir.resolve("missing"));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("is not a directory"), r.err());
    }
}
