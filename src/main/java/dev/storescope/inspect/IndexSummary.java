package dev.storescope.inspect;

/**
 * One index struct as {@code info} reports it.
 *
 * @param file      the index store file
 * @param id        index id
 * @param type      {@code __type__} (or the TS {@code type})
 * @param nodeCount number of node ids the struct references
 * @param loadable  whether llama-index-core can load this type
 */
public record IndexSummary(String file, String id, String type, int nodeCount, boolean loadable) {
}
