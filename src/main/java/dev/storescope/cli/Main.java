package dev.storescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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

    /**
     * The subcommands by name, each built on its own: a command line holding only the command that
     * runs starts about 0.3 s sooner than picocli's model of all of them (every command class loaded
     * and its annotations read). {@code CommandsTest} keeps this in step with the list above.
     */
    static final Map<String, Supplier<Object>> COMMANDS = Map.ofEntries(
            Map.entry("gui", GuiCommand::new), Map.entry("info", InfoCommand::new), Map.entry("kv", KvCommand::new),
            Map.entry("doc", DocCommand::new), Map.entry("vec", VecCommand::new), Map.entry("similar", SimilarCommand::new),
            Map.entry("graph", GraphCommand::new), Map.entry("persist", PersistCommand::new), Map.entry("bench", BenchCommand::new),
            Map.entry("tree", TreeCommand::new), Map.entry("search", SearchCommand::new), Map.entry("tree-bench", TreeBenchCommand::new),
            Map.entry("diff", DiffCommand::new), Map.entry("check", CheckCommand::new), Map.entry("repair", RepairCommand::new),
            Map.entry("salvage", SalvageCommand::new));

    static int launch(String[] args) {
        LaunchRoute route = LaunchRoute.of(args, Main::commandNames);
        return route.gui() ? GuiLauncher.system().open(route.dir()) : run(route.args());
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) { // as picocli prints it, without its model
            for (String line : Main.class.getAnnotation(Command.class).version()) System.out.println(line);
            System.out.flush();
            return 0;
        }
        CheckAhead.start(args);
        CommandLine one = args.length > 0 ? single(args[0]) : null;
        return one != null ? one.execute(Arrays.copyOfRange(args, 1, args.length)) : commandLine().execute(args);
    }

    /** The full command line: every subcommand, {@code help} and {@code generate-completion}. */
    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** A command line of one subcommand as the full one would run it (same usage, errors and exit codes), or null. */
    static CommandLine single(String name) {
        Supplier<Object> command = COMMANDS.get(name);
        if (command == null) return null;
        CommandLine cl = configure(new CommandLine(command.get()));
        cl.setCommandName("storescope " + name);
        return cl;
    }

    /** The names that are commands rather than a dir to open ({@code help} and {@code generate-completion} too). */
    static Set<String> commandNames() {
        Set<String> names = new java.util.TreeSet<>(COMMANDS.keySet());
        names.addAll(List.of("help", "generate-completion"));
        return names;
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cl;
    }
}
