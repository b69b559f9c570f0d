package dev.storescope.cli;

import dev.storescope.storage.LoadProblem;
import dev.storescope.storage.StorageContext;

/** Shared checks of the commands. */
final class CliSupport {
    private CliSupport() {
    }

    /** A command that writes refuses a dir with unreadable files: nothing is written. */
    static void failOnProblems(StorageContext ctx) {
        if (ctx.problems().isEmpty()) return;
        StringBuilder sb = new StringBuilder("cannot load ").append(ctx.persistDir()).append(", nothing written:");
        for (LoadProblem p : ctx.problems()) sb.append("\n  ").append(p.message().replace("\n", "\n  "));
        throw new CliFailure(ExitCodes.BAD_INPUT, sb.toString());
    }
}
