package dev.storescope.json;

/** Valid JSON in the wrong shape for what reads it (names the file and the JSON path). */
public class JsonShapeException extends RuntimeException {
    public JsonShapeException(String message) {
        super(message);
    }
}
