package dev.storescope.json;

/**
 * Bad JSON input, located precisely: the file, the byte offset, line and column, the JSON path
 * reached and a short excerpt of the bytes around the error.
 */
public class JsonSyntaxException extends RuntimeException {
    private final String file;
    private final long offset;
    private final long line;
    private final long column;
    private final String path;
    private final String detail;
    private final String excerpt;

    public JsonSyntaxException(String file, long offset, long line, long column, String path, String detail, String excerpt) {
        super(format(file, offset, line, column, path, detail, excerpt));
        this.file = file;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
        this.excerpt = excerpt;
    }

    private static String format(String file, long offset, long line, long column, String path, String detail, String excerpt) {
        return file + ": invalid JSON at byte " + offset + " (line " + line + ", column " + column + "), path " + path
                + ": " + detail + (excerpt == null || excerpt.isEmpty() ? "" : "\n  near: " + excerpt);
    }

    public String file() { return file; }
    public long offset() { return offset; }
    public long line() { return line; }
    public long column() { return column; }
    public String path() { return path; }
    public String detail() { return detail; }
    public String excerpt() { return excerpt; }
}
