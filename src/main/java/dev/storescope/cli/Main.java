package dev.storescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storescope <command>}: the command line over the storage library. Exit codes: 0 success,
 * 1 not found (missing key, node, ref doc), 2 bad input or I/O error. The commands never start JavaFX;
 * {@code storescope} alone or {@code storescope DIR} opens the inspector window instead.
 */
@Command(footer = {"", "Without a command: 'storescope' opens the inspector window on a copy of the bundled sample store,",
        "'storescope DIR' opens it on the persist dir DIR."},
        name = "storescope", mixinStandardHelpOptions = true, version = "StoreScope 0.1.0",
        description = "Inspect, repair and rewrite LlamaIndex persist directories.",
        subcommands = {GuiCommand.class, InfoCommand.class, KvCommand.class, DocCommand.class, VecCommand.class, SimilarCommand.class, GraphCommand.class, PersistCommand.class, BenchCommand.class, TreeCommand.class, SearchCommand.class, TreeBenchCommand.class, DiffCommand.class, CheckCommand.class, RepairCommand.class, SalvageCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class Main {
    /** The one launcher: no arguments or a single DIR opens the window, anything else is the CLI (see {@link LaunchRoute}). */
    public static void main(String[] args) {
        System.exit(launch(args));
    }

    static int launch(String[] args) {
        LaunchRoute route = LaunchRoute.of(args, () -> commandLine().getSubcommands().keySet());
        return route.gui() ? GuiLauncher.system().open(route.dir()) : run(route.args());
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }
}
