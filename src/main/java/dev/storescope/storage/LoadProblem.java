package dev.storescope.storage;

/**
 * A file of the dir that could not be loaded as the store its name says (bad JSON, wrong shape).
 * The file is kept untouched; {@code error} carries file, offset, line/column and JSON path.
 */
public record LoadProblem(PersistFile file, RuntimeException error) {
    public String message() {
        return error.getMessage();
    }
}
