package dev.storescope.cli;

import picocli.CommandLine.Command;

/** {@code bench}: measured later in this change. */
@Command(name = "bench", hidden = true)
final class BenchCommand {
}
