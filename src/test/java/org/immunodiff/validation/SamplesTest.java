package org.immunodiff.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Evaluation;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled sample names its source and its expected leading diagnosis, which is pinned here. */
class SamplesTest {
    @TestFactory
    Stream<DynamicTest> everySampleRanksItsPublishedDiagnosisFirst() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        JsonNode sample = Json.MAPPER.readTree(p.toFile());
                        assertThat(sample.path("source").asText()).as("source of " + p).isNotBlank();
                        assertThat(sample.path("expected").asText()).as("expected of " + p).isNotBlank();
                        Evaluation e = TestEngine.service().evaluate(sample);
                        assertThat(e.diagnoses().get(0).id()).as(p.toString()).isEqualTo(sample.get("expected").asText());
                    }));
        }
    }
}
