package dev.storescope.inspect;

/** A collection of a key-value file and its number of entries. */
public record CollectionSummary(String name, int entries) {
}
