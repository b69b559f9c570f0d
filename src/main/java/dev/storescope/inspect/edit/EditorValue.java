package dev.storescope.inspect.edit;

import dev.storescope.inspect.ValueRef;

import java.util.List;

/**
 * What the editor shows for a ref: the value as indented JSON (or, for a whole file, a
 * description), whether Apply is allowed and, if not, why; and warnings to show above it.
 *
 * @param title    where the value lives, e.g. {@code docstore.json › docstore/data › id}
 * @param json     true when {@code text} is JSON (syntax highlighting, validation)
 * @param readOnlyReason null when editable
 */
public record EditorValue(ValueRef ref, String title, String text, boolean json, String readOnlyReason, List<String> warnings) {
    public boolean editable() {
        return readOnlyReason == null;
    }
}
