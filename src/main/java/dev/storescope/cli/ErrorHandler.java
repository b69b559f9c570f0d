package dev.storescope.cli;

import dev.storescope.json.JsonSyntaxException;
import dev.storescope.storage.NotFoundException;
import dev.storescope.json.JsonShapeException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns exceptions into one clear message on stderr (no stack trace) and an exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        cl.getErr().println("storescope: " + describe(ex));
        return exitCodeOf(ex);
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof NotFoundException) return ExitCodes.NOT_FOUND;
        if (ex instanceof CliFailure f) return f.exitCode();
        return ExitCodes.BAD_INPUT;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof JsonSyntaxException || ex instanceof JsonShapeException || ex instanceof NotFoundException
                || ex instanceof CliFailure) {
            return ex.getMessage();
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException || ex instanceof UnsupportedOperationException) {
            return ex.getMessage(); // the library's ValueError/KeyError/TypeError-style messages
        }
        if (ex instanceof UncheckedIOException u) return describe(u.getCause());
        if (ex instanceof java.nio.file.NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (ex instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (ex instanceof IOException) return ex.getClass().getSimpleName() + ": " + ex.getMessage();
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
}
