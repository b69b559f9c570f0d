package dev.storescope.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherOptionsTest {
    @Test
    void hugePagesOnlyWhereTheKernelOffersThem() {
        assertTrue(LauncherOptions.thpOffered("always [madvise] never\n"));
        assertTrue(LauncherOptions.thpOffered("[always] madvise never"));
        assertFalse(LauncherOptions.thpOffered("always madvise [never]"));
        assertFalse(LauncherOptions.thpOffered(null));
    }

    @Test
    void benchSpawnsTheCommandWithTheLaunchersOptionsAfterItsOwn() {
        List<String> cmd = LauncherOptions.command("java", List.of("-Xmx1g"), "s.jar", "check", "DIR");
        assertEquals(List.of("java", "-Xmx1g"), cmd.subList(0, 2));
        assertEquals(LauncherOptions.forCommands(), cmd.subList(2, cmd.size() - 5));
        assertEquals(List.of("-cp", "s.jar", Main.class.getName(), "check", "DIR"), cmd.subList(cmd.size() - 5, cmd.size()));
        assertEquals(LauncherOptions.GC, LauncherOptions.forCommands().get(0));
    }

    /** bin/storescope gives the same flags by the same rule (packaging/linux/launcher.sh). */
    @Test
    void theLauncherScriptGivesTheSameFlagsByTheSameRule() throws Exception {
        String script = Files.readString(Path.of("packaging/linux/launcher.sh"));
        assertTrue(script.contains("gc=\"" + LauncherOptions.GC + "\""), script);
        assertTrue(script.contains("thp=\"" + LauncherOptions.THP + "\""), script);
        assertTrue(script.contains("window=\"" + String.join(" ", LauncherOptions.WINDOW) + "\""), script);
        assertTrue(script.contains("gc=\"$window\""), script);
        assertTrue(script.contains("traps=\"" + LauncherOptions.TRAPS + "\""), script);
        assertTrue(LauncherOptions.forCommands().contains(LauncherOptions.TRAPS));
        assertTrue(script.contains(LauncherOptions.THP_MODE.toString()), script);
        assertTrue(script.contains("*\"[always]\"*|*\"[madvise]\"*"), script);
    }

    @Test
    void benchReportsTheMedianAndTheSlowestRunBesideTheBest() {
        assertEquals("median 2,700 ms, max 3,100 ms", BenchCommand.spread(List.of(3100L, 2600L, 2700L)));
        assertEquals("median 2,650 ms, max 2,700 ms", BenchCommand.spread(List.of(2700L, 2600L)));
    }
}
