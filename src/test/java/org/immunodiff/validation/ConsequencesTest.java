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
 * The rules run precompiled (the executable model generated at build time) by default; other DRL is compiled at run
 * time, to Java or, for one-shot runs, interpreted. The answers must not depend on it: every published case of the
 * validation sets gets the same answer all three ways.
 */
class ConsequencesTest {
    @Test
    void theDefaultKnowledgeBaseRunsOnTheRulesPrecompiledAtBuildTime() {
        assertThat(TestEngine.service().rulesCompiledAs()).isEqualTo(Consequences.PRECOMPILED);
    }

    @Test
    void precompiledRulesAndRulesCompiledAtRunTimeGiveTheSameAnswerOnEveryPublishedCase() throws IOException {
        EvaluationService precompiled = TestEngine.service();
        EvaluationService compiled = EvaluationService.create(KnowledgeFiles.fromClasspath(), Consequences.COMPILED);
        assertThat(compiled.rulesCompiledAs()).isEqualTo(Consequences.COMPILED);
        assertSameAnswers(precompiled, compiled);
    }

    @Test
    void interpretedAndCompiledConsequencesGiveTheSameAnswerOnEveryPublishedCase() throws IOException {
        EvaluationService interpreted = EvaluationService.create(KnowledgeFiles.fromClasspath(), Consequences.INTERPRETED);
        assertThat(interpreted.rulesCompiledAs()).isEqualTo(Consequences.INTERPRETED);
        assertSameAnswers(interpreted, TestEngine.service());
    }

    private static void assertSameAnswers(EvaluationService one, EvaluationService other) throws IOException {
        List<Path> cases = new ArrayList<>();
        for (String set : ValidationSuiteTest.SETS) {
            Path folder = Path.of(ValidationSuiteTest.ROOT, set);
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(cases::add);
            }
        }
        assertThat(cases).hasSizeGreaterThan(80);
        for (Path p : cases) {
            JsonNode panel = Json.MAPPER.readTree(p.toFile());
            Evaluation a = one.evaluate(panel);
            Evaluation b = other.evaluate(panel);
            assertThat(EvaluationJson.toJsonString(a)).as(p.toString()).isEqualTo(EvaluationJson.toJsonString(b));
        }
    }
}
