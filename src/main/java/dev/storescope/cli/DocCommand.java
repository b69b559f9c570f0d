package dev.storescope.cli;

import picocli.CommandLine.Command;

/** {@code doc …}: document store operations on a persist dir (wired when the document store lands). */
@Command(name = "doc", mixinStandardHelpOptions = true, description = "Document store operations on a persist dir.")
final class DocCommand {
}
