package dev.storescope.vector_stores;

import dev.storescope.json.JsonSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Number tokens inside embeddings follow Python's json grammar; a bad one is reported with its location. */
class EmbeddingNumberGrammarTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "-12", "0.5", "1e-07", "1E+16", "-2.5e300", "NaN", "Infinity", "-Infinity"})
    void pythonAcceptsThese(String token) {
        assertTrue(EmbeddingParser.isJsonNumber(token.getBytes(StandardCharsets.US_ASCII), 0, token.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", ".5", "+1", "01", "0x1p3", "1d", "1f", "1e", "1e+", "--1", "-NaN", "nan", "Inf", "1.2.3"})
    void pythonRejectsThese(String token) {
        assertFalse(EmbeddingParser.isJsonNumber(token.getBytes(StandardCharsets.US_ASCII), 0, token.length()));
    }

    @Test
    void aBadNumberInAnEmbeddingIsLocated() throws Exception {
        String text = "{\"embedding_dict\": {\"n1\": [0.5, 1.5], \"n2\": [0.25, 01, 3.0]}, \"text_id_to_ref_doc_id\": {}, \"metadata_dict\": {}}";
        Path f = tmp.resolve("default__vector_store.json");
        Files.writeString(f, text);
        SimpleVectorStore s = SimpleVectorStore.fromPersistPath(f);
        assertArrayEquals(new double[] {0.5, 1.5}, s.getEmbedding("n1"));
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> s.getEmbedding("n2"));
        assertEquals(text.indexOf("01"), e.offset());
        assertEquals("$[\"embedding_dict\"][\"n2\"][1]", e.path());
        assertTrue(e.getMessage().contains("invalid number '01'"), e.getMessage());
    }
}
