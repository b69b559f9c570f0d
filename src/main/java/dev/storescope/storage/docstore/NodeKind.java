package dev.storescope.storage.docstore;

/** The Python class a node record decodes to ({@code class_name}, or derived from {@code __type__}). */
public enum NodeKind {
    TEXT_NODE("TextNode"), IMAGE_NODE("ImageNode"), INDEX_NODE("IndexNode"), DOCUMENT("Document"),
    IMAGE_DOCUMENT("ImageDocument"), NODE("Node"), UNKNOWN(null);

    private final String className;

    NodeKind(String className) {
        this.className = className;
    }

    /** LlamaIndex's {@code class_name()} of the class (null for {@link #UNKNOWN}). */
    public String className() {
        return className;
    }

    /** Document, ImageDocument and Node keep their text in {@code text_resource} (current layout). */
    public boolean isMediaNode() {
        return this == DOCUMENT || this == IMAGE_DOCUMENT || this == NODE;
    }
}
