package dev.storescope.storage.docstore;

/**
 * The generation of a node record's layout (spec §4.3, §4.3.1, §4.6, §10.2 item 3).
 */
public enum NodeEra {
    /** 0.6.0 – 0.6.33 dataclass records: {@code doc_id}, {@code extra_info}, {@code node_info}, {@code doc_hash}, string relations. */
    LEGACY,
    /** 0.6.34 – 0.12.5 pydantic records: only {@code metadata_seperator}, {@code metadata_template} after {@code text_template}. */
    PYDANTIC,
    /** ≥ 0.12.6: BaseNode {@code metadata_template}/{@code metadata_separator}; Document/Node with media resources. */
    CURRENT
}
