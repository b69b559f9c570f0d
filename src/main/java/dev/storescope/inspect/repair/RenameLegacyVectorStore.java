package dev.storescope.inspect.repair;

import dev.storescope.storage.StorageContext;

/**
 * {@code rename-legacy-vector-store}: the legacy {@code vector_store.json} becomes
 * {@code default__vector_store.json}, the name llama-index-core ≥ 0.11.3 loads (the content is
 * kept byte for byte; persist writes the new name and retires the old file into the backups).
 */
record RenameLegacyVectorStore() implements Repair {
    static final String FROM = "vector_store.json";
    static final String TO = "default__vector_store.json";

    @Override
    public String id() {
        return "rename-legacy-vector-store";
    }

    @Override
    public String description() {
        return "rename " + FROM + " to " + TO;
    }

    @Override
    public void apply(StorageContext ctx) {
        ctx.renameFile(FROM, TO);
    }

    @Override
    public boolean renamesFiles() {
        return true;
    }

    @Override
    public void revert(StorageContext ctx) {
        ctx.renameFile(TO, FROM);
    }
}
