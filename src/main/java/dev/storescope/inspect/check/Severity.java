package dev.storescope.inspect.check;

/** How bad a finding is (spec §11): what LlamaIndex will do because of it. */
public enum Severity {
    /** LlamaIndex fails on load, query or delete. */
    ERROR,
    /** Legal but suspicious, or a known leftover pattern that misleads later operations. */
    WARNING,
    /** Worth knowing; nothing fails. */
    INFO;

    /** The lower-case name used in JSON output and the CLI ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
