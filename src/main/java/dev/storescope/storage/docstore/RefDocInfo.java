package dev.storescope.storage.docstore;

import dev.storescope.json.JsonArray;
import dev.storescope.json.JsonObject;
import dev.storescope.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code docstore/ref_doc_info} record (spec §4.5): the node ids of one source document and
 * its metadata. Legacy records ({@code doc_ids}, {@code extra_info}) are normalised on read;
 * {@link #stored()} keeps the record as read, and only {@link #toJson()} (what an update writes,
 * as Python's {@code to_dict()}) has the current form {@code {"node_ids": [...], "metadata": {...}}}.
 */
public final class RefDocInfo {
    private final List<String> nodeIds;
    private final JsonObject metadata;
    private final JsonObject stored;

    private RefDocInfo(List<String> nodeIds, JsonObject metadata, JsonObject stored) {
        this.nodeIds = List.copyOf(nodeIds);
        this.metadata = metadata;
        this.stored = stored;
    }

    /** A new record. */
    public static RefDocInfo of(List<String> nodeIds, JsonObject metadata) {
        return new RefDocInfo(nodeIds, metadata == null ? JsonObject.EMPTY : metadata, null);
    }

    public static RefDocInfo empty() {
        return of(List.of(), JsonObject.EMPTY);
    }

    /** A stored record, legacy-normalised (Python's {@code _remove_legacy_info}); an empty record gives empty values. */
    public static RefDocInfo fromJson(JsonObject json) {
        Objects.requireNonNull(json, "json");
        boolean legacy = json.has("doc_ids");
        JsonValue ids = json.get(legacy ? "doc_ids" : "node_ids");
        JsonValue md = json.get(legacy ? "extra_info" : "metadata");
        List<String> l = ids instanceof JsonArray a ? a.strings() : List.of();
        return new RefDocInfo(l, md instanceof JsonObject o ? o : JsonObject.EMPTY, json);
    }

    public List<String> nodeIds() {
        return nodeIds;
    }

    public JsonObject metadata() {
        return metadata;
    }

    /** True when the stored record uses the 0.6.18 – 0.6.33 keys. */
    public boolean isLegacy() {
        return stored != null && stored.has("doc_ids");
    }

    /** The record as read (null for a record built here). */
    public JsonObject stored() {
        return stored;
    }

    /** True when there are no node ids and no metadata. */
    public boolean isEmpty() {
        return nodeIds.isEmpty() && metadata.isEmpty();
    }

    public RefDocInfo withNodeIds(List<String> ids) {
        return new RefDocInfo(ids, metadata, null);
    }

    public RefDocInfo withMetadata(JsonObject md) {
        return new RefDocInfo(nodeIds, md, null);
    }

    /** This record with one occurrence of {@code nodeId} removed (Python's {@code list.remove}). */
    public RefDocInfo withoutNodeId(String nodeId) {
        List<String> l = new ArrayList<>(nodeIds);
        l.remove(nodeId);
        return withNodeIds(l);
    }

    /** The record as Python's {@code RefDocInfo.to_dict()} writes it: {@code node_ids}, then {@code metadata}. */
    public JsonObject toJson() {
        return JsonObject.builder().put("node_ids", JsonArray.ofStrings(nodeIds)).put("metadata", metadata).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefDocInfo r && r.nodeIds.equals(nodeIds) && r.metadata.equals(metadata);
    }

    @Override
    public int hashCode() {
        return nodeIds.hashCode() * 31 + metadata.hashCode();
    }

    @Override
    public String toString() {
        return "RefDocInfo" + toJson();
    }
}
