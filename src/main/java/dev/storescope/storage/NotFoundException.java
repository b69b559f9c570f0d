package dev.storescope.storage;

/**
 * Python's {@code ValueError}/{@code KeyError} for a missing key, node, ref doc or index struct,
 * with LlamaIndex's own message (e.g. {@code doc_id node-1 not found.}).
 */
public class NotFoundException extends IllegalArgumentException {
    public NotFoundException(String message) {
        super(message);
    }
}
