package dev.storescope.vector_stores;

/** LlamaIndex's {@code FilterCondition}: how the filters of a group combine. */
public enum FilterCondition {
    AND("and"), OR("or"), NOT("not");

    private final String value;

    FilterCondition(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static FilterCondition of(String value) {
        for (FilterCondition c : values()) if (c.value.equals(value) || c.name().equalsIgnoreCase(value)) return c;
        throw new IllegalArgumentException("'" + value + "' is not a valid FilterCondition");
    }

    @Override
    public String toString() {
        return "FilterCondition." + name();
    }
}
