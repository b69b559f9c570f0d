package dev.storescope.inspect.edit;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonSource;
import dev.storescope.json.JsonValue;
import dev.storescope.json.RawJson;
import dev.storescope.json.Section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Independent check for tests: which member keys differ, byte for byte, between two persist dirs. */
final class FileDiff {
    private FileDiff() {
    }

    /** "ACTION file › member › key" lines for every file of {@code a} and {@code b}. */
    static TreeSet<String> changes(Path a, Path b) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(a)) {
            s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        }
        try (Stream<Path> s = Files.list(b)) {
            s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        }
        for (String n : names) {
            Path pa = a.resolve(n);
            Path pb = b.resolve(n);
            if (!Files.exists(pa) || !Files.exists(pb)) {
                out.add((Files.exists(pa) ? "DELETE " : "ADD ") + n);
                continue;
            }
            if (Arrays.equals(Files.readAllBytes(pa), Files.readAllBytes(pb))) continue;
            JsonDocument da = load(pa);
            JsonDocument db = load(pb);
            for (String m : da.names()) {
                if (!db.has(m)) {
                    out.add("DELETE " + n + " › " + m);
                    continue;
                }
                JsonValue va = da.get(m);
                if (va instanceof RawJson ra && ra.isObject() && db.get(m) instanceof RawJson rb && rb.isObject()) {
                    Section sa = da.section(m);
                    Section sb = db.section(m);
                    for (Map.Entry<String, JsonValue> e : sa.entries().entrySet()) {
                        JsonValue other = sb.get(e.getKey());
                        if (other == null) out.add("DELETE " + n + " › " + m + " › " + e.getKey());
                        else if (!Arrays.equals(((RawJson) e.getValue()).bytes(), ((RawJson) other).bytes())) out.add("UPDATE " + n + " › " + m + " › " + e.getKey());
                    }
                    for (String k : sb.entries().keySet()) if (!sa.has(k)) out.add("ADD " + n + " › " + m + " › " + k);
                } else if (!Arrays.equals(((RawJson) va).bytes(), ((RawJson) db.get(m)).bytes())) {
                    out.add("UPDATE " + n + " › " + m);
                }
            }
            for (String m : db.names()) if (!da.has(m)) out.add("ADD " + n + " › " + m);
        }
        return out;
    }

    /** A file as a document; a double-encoded file (a JSON string holding the JSON, old chat stores) by its inner text. */
    private static JsonDocument load(Path p) throws IOException {
        JsonSource src = JsonSource.open(p);
        int i = src.bodyStart();
        while (i < src.length() && Character.isWhitespace(src.get(i))) i++;
        if (i < src.length() && src.get(i) == '"') {
            String inner = ((dev.storescope.json.JsonString) dev.storescope.json.JsonReader.parse(Files.readAllBytes(p), p.toString())).value();
            return JsonDocument.load(JsonSource.of(inner, p + " (inner)"));
        }
        return JsonDocument.load(src);
    }

    /** The same lines for a plan. */
    static TreeSet<String> of(DeletePlan plan) {
        TreeSet<String> out = new TreeSet<>();
        for (Change c : plan.changes()) out.add(c.action() + " " + c.file() + " › " + c.collection() + (c.key() == null ? "" : " › " + c.key()));
        return out;
    }

    /** Asserts every file of the two dirs is byte-identical. */
    static void assertSameBytes(Path a, Path b) throws IOException {
        TreeSet<String> d = changes(a, b);
        if (!d.isEmpty()) throw new AssertionError("files differ: " + d);
    }
}
