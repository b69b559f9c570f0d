package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;

/**
 * One match: what it points at (select it with {@link StoreTree#pathTo}), a label for the result
 * list and why it matched ({@code id}, {@code text: …}, {@code metadata.page = 3}).
 */
public record SearchHit(ValueRef ref, String label, String why) {
}
