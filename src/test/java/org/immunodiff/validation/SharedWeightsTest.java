package org.immunodiff.validation;

import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.engine.Consequences;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.service.EvaluationService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weights of each stain or feature reading are computed once per knowledge base and shared by every panel after
 * (ObservationWeights). An answer must not depend on which panels came before it: the published cases evaluated in
 * order by one fresh service and in reverse order by another give the same answers, byte for byte.
 */
class SharedWeightsTest {
    @Test
    void anAnswerDoesNotDependOnThePanelsEvaluatedBeforeIt() throws IOException {
        List<String> panels = new ArrayList<>();
        for (String set : ValidationSuiteTest.SETS) {
            Path folder = Path.of(ValidationSuiteTest.ROOT, set);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) panels.add(Files.readString(p));
            }
        }
        assertThat(panels).hasSizeGreaterThan(100);
        List<String> forward = answers(EvaluationService.create(KnowledgeFiles.fromClasspath(), Consequences.PRECOMPILED), panels);
        List<String> reversedPanels = new ArrayList<>(panels);
        Collections.reverse(reversedPanels);
        List<String> backward = answers(EvaluationService.create(KnowledgeFiles.fromClasspath(), Consequences.PRECOMPILED), reversedPanels);
        Collections.reverse(backward);
        for (int i = 0; i < panels.size(); i++) assertThat(backward.get(i)).as("panel " + i).isEqualTo(forward.get(i));
    }

    private static List<String> answers(EvaluationService service, List<String> panels) {
        List<String> out = new ArrayList<>();
        for (String panel : panels) out.add(EvaluationJson.toJsonString(service.evaluate(panel)));
        return out;
    }
}
