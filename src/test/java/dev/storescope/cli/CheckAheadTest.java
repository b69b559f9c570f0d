package dev.storescope.cli;

import dev.storescope.inspect.check.GeneratedDirAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast path started before picocli: its report is used only for the dir the command parsed, as it still is. */
class CheckAheadTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDirAccess.generate(tmp);
    }

    @Test
    void theGuessedDirGetsTheReportStartedAhead() throws Exception {
        Path dir = GeneratedDirAccess.copy(base, tmp.resolve("guessed"));
        CheckAhead.start(new String[] {"check", "--json", dir.toString(), "--all"});
        assertTrue(CheckAhead.started(dir));
        assertFalse(CheckAhead.started(base));
        assertNotNull(CheckAhead.fastPath(dir), "a healthy dir: the fast path decides it");
        assertFalse(CheckAhead.started(dir), "a report is taken once");
    }

    @Test
    void aDirChangedSinceTheStartIsCheckedAgain() throws Exception {
        Path dir = GeneratedDirAccess.copy(base, tmp.resolve("changed"));
        CheckAhead.start(new String[] {"check", dir.toString()});
        Files.writeString(dir.resolve("graph_store.json"), "{\"graph_dict\": {"); // truncated: the fast path gives up on it
        assertNull(CheckAhead.fastPath(dir), "the report of the dir as it was is not used");
    }

    @Test
    void anotherDirOrAnotherCommandLineRunsItsOwnFastPath() throws Exception {
        Path copy = GeneratedDirAccess.copy(base, tmp.resolve("copy"));
        CheckAhead.start(new String[] {"check", base.toString()});
        assertNotNull(CheckAhead.fastPath(copy));
        for (List<String> args : List.of(List.of("info", base.toString()), List.of("check", base.toString(), copy.toString()),
                List.of("check", "--json"), List.of("check", tmp.resolve("missing").toString()))) {
            CheckAhead.start(args.toArray(String[]::new));
            assertFalse(CheckAhead.started(base) || CheckAhead.started(copy) || CheckAhead.started(tmp.resolve("missing")), String.join(" ", args));
        }
        assertEquals(0, CliRun.of("check", copy).exitCode());
        assertEquals(2, CliRun.of("check", tmp.resolve("missing")).exitCode());
    }
}
