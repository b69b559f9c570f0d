package dev.storescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's dispatch: which command lines open the window and which run the CLI (no JavaFX is started). */
class LaunchRouteTest {
    private static final Set<String> COMMANDS = Main.commandLine().getSubcommands().keySet();

    @TempDir
    Path tmp;

    private static LaunchRoute route(String... args) {
        return LaunchRoute.of(args, COMMANDS);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheSampleStore() {
        LaunchRoute r = route();
        assertTrue(r.gui());
        assertNull(r.dir());
    }

    @Test
    void aSingleDirectoryOpensTheWindowOnIt() {
        LaunchRoute r = route(tmp.toString());
        assertTrue(r.gui());
        assertEquals(tmp, r.dir());
    }

    @Test
    void commandsAndOptionsRunTheCli() {
        for (String[] args : new String[][] {{"info", tmp.toString()}, {"--version"}, {"-V"}, {"--help"}, {"-h"},
                {"help"}, {"info"}, {"kv", "get", tmp.toString(), "docstore/data", "x"}}) {
            LaunchRoute r = route(args);
            assertFalse(r.gui(), String.join(" ", args));
            assertArrayEquals(args, r.args());
        }
    }

    @Test
    void aDirectoryWithMoreArgumentsOrAMissingPathIsACliError() {
        assertFalse(route(tmp.toString(), tmp.toString()).gui());
        assertFalse(route(tmp.resolve("missing").toString()).gui());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of(tmp.resolve("missing")).exitCode());
    }

    @Test
    void aFileIsNotOpenedAsAStore() throws Exception {
        Path file = Files.writeString(tmp.resolve("docstore.json"), "{}");
        assertFalse(route(file.toString()).gui());
    }

    @Test
    void aCommandNameWinsOverADirectoryOfThatName() {
        assertTrue(COMMANDS.contains("info"));
        assertFalse(LaunchRoute.of(new String[] {"info"}, COMMANDS).gui());
    }

    @Test
    void versionAndHelpNameTheLauncherUsage() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("StoreScope "), version.out());
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("'storescope DIR' opens it on the persist dir DIR"), help.out());
        assertTrue(help.out().contains("info"), help.out());
    }

    /** The window's routes do not build the command line's model (a third of a second at start-up); a directory argument asks once. */
    @Test
    void commandNamesAreBuiltOnlyForADirectoryArgument() throws Exception {
        int[] asked = {0};
        java.util.function.Supplier<Set<String>> names = () -> {
            asked[0]++;
            return COMMANDS;
        };
        assertTrue(LaunchRoute.of(new String[0], names).gui());
        assertFalse(LaunchRoute.of(new String[] {"--version"}, names).gui());
        assertFalse(LaunchRoute.of(new String[] {"check", "x"}, names).gui());
        assertEquals(0, asked[0]);
        Path dir = Files.createDirectory(tmp.resolve("store"));
        assertTrue(LaunchRoute.of(new String[] {dir.toString()}, names).gui());
        assertEquals(1, asked[0]);
    }
}
