package dev.storescope.storage;

/** A file that is valid JSON but not in the shape a store expects (names the file and JSON path). */
public class StoreFormatException extends RuntimeException {
    public StoreFormatException(String message) {
        super(message);
    }
}
