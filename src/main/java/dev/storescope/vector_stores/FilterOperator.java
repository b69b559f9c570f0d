package dev.storescope.vector_stores;

/** LlamaIndex's {@code FilterOperator} with its wire values. */
public enum FilterOperator {
    EQ("=="), GT(">"), LT("<"), NE("!="), GTE(">="), LTE("<="), IN("in"), NIN("nin"), ANY("any"), ALL("all"),
    TEXT_MATCH("text_match"), TEXT_MATCH_INSENSITIVE("text_match_insensitive"), CONTAINS("contains"), IS_EMPTY("is_empty");

    private final String value;

    FilterOperator(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The operator for a wire value such as {@code ">="} or {@code "in"}. */
    public static FilterOperator of(String value) {
        for (FilterOperator o : values()) if (o.value.equals(value) || o.name().equalsIgnoreCase(value)) return o;
        throw new IllegalArgumentException("'" + value + "' is not a valid FilterOperator");
    }

    @Override
    public String toString() {
        return "FilterOperator." + name();
    }
}
