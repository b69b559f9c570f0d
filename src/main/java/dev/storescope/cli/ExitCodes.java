package dev.storescope.cli;

/** The CLI's exit codes. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int NOT_FOUND = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
