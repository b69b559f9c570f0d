package dev.storescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storescope <command>}: the command line over the storage library. Exit codes: 0 success,
 * 1 not found (missing key, node, ref doc), 2 bad input or I/O error. Never starts JavaFX.
 */
@Command(name = "storescope", mixinStandardHelpOptions = true, version = "StoreScope 0.1.0",
        description = "Inspect, repair and rewrite LlamaIndex persist directories.",
        subcommands = {GuiCommand.class, InfoCommand.class, KvCommand.class, DocCommand.class, VecCommand.class, SimilarCommand.class, GraphCommand.class, PersistCommand.class, BenchCommand.class,
                CheckCommand.class, RepairCommand.class, SalvageCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(withGuiShorthand(args));
    }

    /** {@code storescope DIR} means {@code storescope gui DIR}. */
    static String[] withGuiShorthand(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-") && java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))
                && !commandLine().getSubcommands().containsKey(args[0])) {
            return new String[] {"gui", args[0]};
        }
        return args;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }
}
