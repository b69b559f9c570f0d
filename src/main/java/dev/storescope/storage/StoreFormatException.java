package dev.storescope.storage;

import dev.storescope.json.JsonShapeException;

/** A file that is valid JSON but not in the shape a store expects (names the file and JSON path). */
public class StoreFormatException extends JsonShapeException {
    public StoreFormatException(String message) {
        super(message);
    }
}
