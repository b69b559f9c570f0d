package dev.storescope.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command run on its own behaves as it does inside the full command line. */
class CommandsTest {
    @Test
    void theSingleCommandTableListsEveryCommand() {
        assertEquals(new TreeSet<>(Main.commandLine().getSubcommands().keySet()), Main.commandNames());
        Set<String> built = new TreeSet<>(Main.COMMANDS.keySet());
        built.addAll(List.of("help", "generate-completion"));
        assertEquals(Main.commandNames(), built);
        assertNull(Main.single("help"), "help needs the full model");
    }

    /** The packaged launcher picks the collector by the same route, so it lists the same command names. */
    @Test
    void theLauncherScriptKnowsEveryCommandName() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("packaging/linux/launcher.sh"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("commands=\" ([a-z -]+) \"").matcher(script);
        assertTrue(m.find(), script);
        assertEquals(Main.commandNames(), new TreeSet<>(List.of(m.group(1).split(" "))));
    }

    @Test
    void usageAndErrorsAreTheSame() {
        CommandLine full = Main.commandLine();
        for (String name : Main.COMMANDS.keySet()) {
            CommandLine one = Main.single(name);
            assertNotNull(one);
            CommandLine inFull = full.getSubcommands().get(name);
            one.setUsageHelpWidth(100);
            inFull.setUsageHelpWidth(100);
            assertEquals(inFull.getUsageMessage(), one.getUsageMessage(), name);
        }
        for (List<String> args : List.of(List.of("check"), List.of("check", "--no-such-option", "x"), List.of("diff", "a"), List.of("kv", "keys"))) {
            assertEquals(outcome(Main.commandLine(), args), outcome(Main.single(args.get(0)), args.subList(1, args.size())), args.toString());
        }
    }

    @Test
    void versionIsPrintedAsPicocliPrintsIt() {
        StringWriter out = new StringWriter();
        CommandLine full = Main.commandLine();
        full.setOut(new PrintWriter(out));
        full.execute("--version");
        java.io.ByteArrayOutputStream fast = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        System.setOut(new java.io.PrintStream(fast, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--version"));
            assertEquals(0, Main.run("-V"));
        } finally {
            System.setOut(was);
        }
        String once = out.toString().replace(System.lineSeparator(), "\n");
        assertEquals(once + once, fast.toString(java.nio.charset.StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private static String outcome(CommandLine cl, List<String> args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(args.toArray(String[]::new));
        return code + "\n" + out + "\n" + err;
    }
}
