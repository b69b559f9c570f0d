package dev.storescope.inspect.tree;

import dev.storescope.inspect.ValueRef;
import dev.storescope.storage.PersistFile;
import dev.storescope.vector_stores.EmbeddingStats;
import dev.storescope.vector_stores.SimpleVectorStore;

import java.util.Locale;

/** A vector store file = one namespace → its entries (id, dimension, norm; never the floats). */
final class VectorBranch {
    private VectorBranch() {
    }

    static StoreNode namespace(TreeData data, StoreNode root, PersistFile f) {
        SimpleVectorStore v = data.ctx().vectorStoreFile(f.name()).orElseThrow();
        String ns = f.namespace() == null ? "default" : f.namespace();
        boolean addressable = data.ctx().vectorStore(ns).map(s -> s == v).orElse(false);
        return new Item(data, root, NodeKind.VECTOR_NAMESPACE, f.name(), new ValueRef.File(f.name()), n -> {
            int dim = v.dimension();
            String detail = f.kind().description() + ", namespace " + ns + (f.legacy() ? " (legacy file name)" : "")
                    + (dim >= 0 ? ", dimension " + dim : "") + ", " + Text.bytes(f.size());
            String label = Text.counted(f.name(), v.size());
            return addressable ? Info.of(label, detail)
                    : Info.problem(label, detail, "LlamaIndex does not load this file: another file serves namespace " + ns);
        }, Children.keyed(v::ids, v::size, (p, id) -> vector(data, p, v, addressable ? ns : null, id)));
    }

    static StoreNode vector(TreeData data, StoreNode parent, SimpleVectorStore v, String ns, String id) {
        return new Item(data, parent, NodeKind.VECTOR, id, ns == null ? null : new ValueRef.Vector(ns, id), n -> {
            if (!v.contains(id)) return Info.problem(id, "", "no such vector");
            EmbeddingStats s = v.stats(id);
            String ref = v.refDocId(id);
            String detail = "dim " + s.dimension() + ", norm " + String.format(Locale.ROOT, "%.4f", s.norm())
                    + (ref != null ? ", ref doc " + ref : "");
            if (s.nanCount() > 0 || s.infCount() > 0) {
                return Info.problem(id, detail, s.nanCount() + " NaN and " + s.infCount() + " infinite value(s)");
            }
            if (s.isZero()) return Info.problem(id, detail, "zero vector (cosine similarity undefined)");
            if (!data.docExists(id) && data.docFile() != null) return Info.problem(id, detail, "no node with this id in docstore/data");
            return Info.of(id, detail);
        }, null);
    }
}
