package org.immunodiff.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.contract.Json;
import org.immunodiff.engine.Consequences;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.model.Evaluation;
import org.immunodiff.service.EvaluationService;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `evaluate` compiles rule consequences interpreted (a faster cold start), serve and batch compile them to Java:
 * the answers must not depend on it. Every published case of the validation sets gets the same answer both ways.
 */
class ConsequencesTest {
    @Test
    void interpretedAndCompiledConsequencesGiveTheSameAnswerOnEveryPublishedCase() throws IOException {
        EvaluationService interpreted = EvaluationService.create(KnowledgeFiles.fromClasspath(), Consequences.INTERPRETED);
        EvaluationService compiled = TestEngine.service();
        List<Path> cases = new ArrayList<>();
        for (String set : ValidationSuiteTest.SETS) {
            Path folder = Path.of("src/test/resources/validation", set);
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(cases::add);
            }
        }
        assertThat(cases).hasSizeGreaterThan(80);
        for (Path p : cases) {
            JsonNode panel = Json.MAPPER.readTree(p.toFile());
            Evaluation a = interpreted.evaluate(panel);
            Evaluation b = compiled.evaluate(panel);
            assertThat(EvaluationJson.toJsonString(a)).as(p.toString()).isEqualTo(EvaluationJson.toJsonString(b));
        }
    }
}
