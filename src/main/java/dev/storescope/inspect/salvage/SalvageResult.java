package dev.storescope.inspect.salvage;

import dev.storescope.json.JsonDocument;
import dev.storescope.json.JsonSyntaxException;

import java.util.List;

/**
 * What a salvage scan got out of a damaged file.
 *
 * @param document  the recovered entries (raw original bytes), ready to write in the file's style
 * @param recovered entries recovered per top-level member, in file order
 * @param lost      entries known to be lost: member and key (null key when a whole member is lost)
 * @param damage    where the scan met damage (offset, line, column, JSON path); null for an intact file
 * @param resumed   offsets where the scan found its way back into the structure after damage
 */
public record SalvageResult(JsonDocument document, List<Recovered> recovered, List<Lost> lost, List<JsonSyntaxException> damage, List<Integer> resumed) {
    public record Recovered(String member, String key, int start, int end) {
    }

    public record Lost(String member, String key, String why) {
    }

    public int recoveredCount() {
        return recovered.size();
    }

    public boolean intact() {
        return damage.isEmpty();
    }
}
