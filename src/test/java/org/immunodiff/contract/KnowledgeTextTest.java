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

    @Test
    void aWeightIsWrittenAsTheRoundedNumberWouldBe() throws IOException {
        double[] weights = {0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.7, -0.7, 1.345, -1.3449, 2.5, 12.0, -49.99, 49.994, 50.0, -50.0, 123.456, -1e6};
        for (double w : weights) {
            for (int pass = 0; pass < 2; pass++) { // the second pass writes from the table
                assertThat(written(g -> EvaluationJson.weight(g, w))).as("weight %s", w)
                        .isEqualTo(written(g -> g.writeNumber(Math.round(w * 100) / 100.0)));
            }
        }
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
