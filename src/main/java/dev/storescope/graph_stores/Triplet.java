package dev.storescope.graph_stores;

import java.util.List;

/** Python's {@code Triplet = (subject node, relation, object node)}. */
public record Triplet(LabelledNode subject, Relation relation, LabelledNode object) {

    /** {@code [subject.id, relation.id (label), object.id]}. */
    public List<String> ids() {
        return java.util.Arrays.asList(subject.id(), relation.id(), object.id());
    }

    /** What Python's {@code str(triplet)} distinguishes. */
    String reprKey() {
        return subject.reprKey() + "\u0000" + relation.reprKey() + "\u0000" + object.reprKey();
    }
}
