package dev.storescope.storage;

import java.nio.file.Path;

/**
 * One file found in a persist dir.
 *
 * @param name       file name
 * @param path       full path
 * @param size       bytes on disk
 * @param kind       what it is
 * @param namespace  the vector store namespace ({@code default}, {@code image}, …) or null
 * @param legacy     true for the legacy un-namespaced {@code vector_store.json} (0.6 – 0.8.63)
 */
public record PersistFile(String name, Path path, long size, FileKind kind, String namespace, boolean legacy) {
}
