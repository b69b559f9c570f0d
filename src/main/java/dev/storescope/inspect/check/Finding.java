package dev.storescope.inspect.check;

/**
 * One problem found by a check.
 *
 * @param check    the stable check id ({@link CheckId#id()})
 * @param severity how bad it is
 * @param location where it is
 * @param subject  the id the finding is about when it is not the location's key (the dangling node
 *                 id inside an index struct, the duplicated id in node_ids, …), else null
 * @param message  what is wrong and what LlamaIndex will do because of it
 * @param repair   the id of the repair that fixes it, or null
 */
public record Finding(CheckId check, Severity severity, Location location, String subject, String message, String repair) {

    public static Finding of(CheckId check, Location location, String message) {
        return new Finding(check, check.severity(), location, null, message, check.repair());
    }

    public static Finding of(CheckId check, Location location, String subject, String message) {
        return new Finding(check, check.severity(), location, subject, message, check.repair());
    }

    /** The same finding with another severity (a check whose severity depends on the case). */
    public Finding withSeverity(Severity s) {
        return new Finding(check, s, location, subject, message, repair);
    }
}
