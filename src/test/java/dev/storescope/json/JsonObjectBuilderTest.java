package dev.storescope.json;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The builder hands its map to the object it builds without a copy; later puts never change a built object. */
class JsonObjectBuilderTest {
    @Test
    void putsAfterBuildDoNotChangeTheBuiltObject() {
        JsonObject.Builder b = JsonObject.builder().put("a", 1).put("b", "x");
        JsonObject first = b.build();
        b.put("c", true).put("a", 2);
        JsonObject second = b.build();
        assertEquals(List.of("a", "b"), List.copyOf(first.keys()));
        assertEquals("{\"a\": 1, \"b\": \"x\"}", first.toString());
        assertEquals("{\"a\": 2, \"b\": \"x\", \"c\": true}", second.toString());
        assertEquals(JsonObject.EMPTY, JsonObject.builder().build());
    }
}
