package org.immunodiff.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every bundled sample names its source and what the engine must answer, pinned here: the published diagnosis
 * first; or, for a panel too thin to rank (a single stain, as some case reports give), a flat distribution with
 * the published diagnosis among the top three and the first-line panel recommended; or, for a case reported
 * without any stain, the clear rejection naming the field.
 */
class SamplesTest {
    @TestFactory
    Stream<DynamicTest> everySampleGetsThePinnedAnswer() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path p) throws IOException {
        JsonNode sample = Json.MAPPER.readTree(p.toFile());
        assertThat(sample.path("source").asText()).as("source of " + p).isNotBlank();
        if (sample.has("expectedError")) {
            InvalidPanelException e = catchThrowableOfType(InvalidPanelException.class, () -> TestEngine.service().evaluate(sample));
            assertThat(e).as(p + " is rejected").isNotNull();
            assertThat(e.field()).isEqualTo(sample.get("expectedError").asText());
            return;
        }
        String expected = sample.path("expected").asText();
        assertThat(expected).as("expected of " + p).isNotBlank();
        Evaluation e = TestEngine.service().evaluate(sample);
        boolean thin = e.caveats().stream().anyMatch(c -> c.text().startsWith("This panel is too thin"));
        if (thin) {
            assertThat(e.diagnoses().subList(0, 3)).extracting(RankedDiagnosis::id).as(p + " (thin panel)").contains(expected);
            assertThat(e.diagnoses().get(0).probability()).as(p + ": a thin panel stays flat").isLessThan(0.5);
            assertThat(e.recommendations()).as(p + ": first-line panel").anyMatch(r -> r.reason().startsWith("first-line panel"));
        } else {
            assertThat(e.diagnoses().get(0).id()).as(p.toString()).isEqualTo(expected);
        }
    }
}
