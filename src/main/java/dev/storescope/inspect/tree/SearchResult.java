package dev.storescope.inspect.tree;

import java.util.List;

/**
 * The outcome of a search: the hits in tree order, whether the limit cut it short, whether it was
 * cancelled, and how many items it looked at.
 */
public record SearchResult(List<SearchHit> hits, boolean limitReached, boolean cancelled, long scanned) {
}
