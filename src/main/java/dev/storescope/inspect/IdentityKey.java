package dev.storescope.inspect;

/** A map key that compares the object it wraps by identity (for caches keyed by an immutable stored value). */
public record IdentityKey(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
