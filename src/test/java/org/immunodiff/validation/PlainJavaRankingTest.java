package org.immunodiff.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.bench.BenchKnowledge;
import org.immunodiff.bench.BenchPanels;
import org.immunodiff.bench.PlainJavaRanking;
import org.immunodiff.contract.Json;
import org.immunodiff.engine.Scorecard;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.service.EvaluationService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's plain-Java reference ranking gives the same ranking as the Drools likelihood rules. */
class PlainJavaRankingTest {
    @Test
    void plainJavaAndDroolsRankEveryPanelAlike() throws IOException {
        EvaluationService drools = BenchKnowledge.likelihoodOnlyService();
        List<String> panels = new ArrayList<>();
        panels.add(BenchPanels.reference());
        for (int n : new int[]{5, 10, 20, 40}) panels.add(BenchPanels.withMarkers(n));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/validation/cases"))) {
            for (Path p : files.sorted().toList()) panels.add(Files.readString(p));
        }
        for (String json : panels) {
            JsonNode node = Json.MAPPER.readTree(json);
            Panel panel = drools.read(json);
            Evaluation viaDrools = drools.evaluate(panel);
            List<Scorecard.Scored> plain = PlainJavaRanking.rank(drools.knowledgeBase(), panel);
            List<RankedDiagnosis> explained = PlainJavaRanking.explained(drools.knowledgeBase(), panel);
            assertThat(explained).hasSameSizeAs(viaDrools.diagnoses());
            for (int i = 0; i < viaDrools.diagnoses().size(); i++) {
                String at = node.path("caseId").asText() + " rank " + (i + 1);
                assertThat(plain.get(i).diagnosis().id()).as(at).isEqualTo(viaDrools.diagnoses().get(i).id());
                assertThat(plain.get(i).probability()).isCloseTo(viaDrools.diagnoses().get(i).probability(),
                        org.assertj.core.data.Offset.offset(1e-4));
                // the same reasons, weighed alike (the rule that weighed them is named differently on each side)
                assertThat(explained.get(i).supporting()).as(at).usingRecursiveFieldByFieldElementComparatorIgnoringFields("rule")
                        .isEqualTo(viaDrools.diagnoses().get(i).supporting());
                assertThat(explained.get(i).conflicting()).as(at).usingRecursiveFieldByFieldElementComparatorIgnoringFields("rule")
                        .isEqualTo(viaDrools.diagnoses().get(i).conflicting());
            }
        }
    }
}
