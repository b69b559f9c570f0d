package dev.storescope.inspect;

import java.util.List;

/**
 * One file of a persist dir as {@code info} reports it.
 *
 * @param name        file name
 * @param size        bytes
 * @param kind        what it is (human words)
 * @param writer      who wrote it, judged by its byte style (Python json.dump, LlamaIndex.TS, …); null if unknown
 * @param era         format era guessed from its content; null if unknown
 * @param collections collections with entry counts (key-value files only)
 */
public record FileSummary(String name, long size, String kind, String writer, String era, List<CollectionSummary> collections) {
}
