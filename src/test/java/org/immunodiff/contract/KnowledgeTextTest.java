package org.immunodiff.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeTextTest {
    @Test
    void preEncodedKnowledgeTextIsByteForByteWhatThePlainWriterWrites() throws IOException {
        String[] texts = {"SMA in 95 % of Leiomyosarcoma", "prior × 1.50 at this age", "Coindre JM — “FNCLCC”, Arch Pathol Lab Med",
                "quote \" backslash \\ tab \t newline \n control \u0001", "Ki-67 ≥ 30 %, µm, é, 中文", ""};
        for (String text : texts) {
            for (int pass = 0; pass < 2; pass++) { // the second pass writes from the cache
                assertThat(written(g -> KnowledgeText.write(g, text))).as(text).isEqualTo(written(g -> g.writeString(text)));
            }
        }
        assertThat(written(g -> KnowledgeText.write(g, null))).isEqualTo("[null]");
    }

    private interface Writing { void to(JsonGenerator g) throws IOException; }

    private static String written(Writing w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartArray();
            w.to(g);
            g.writeEndArray();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
