package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Recommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/advice/next-stains.drl */
class NextStainRulesTest {
    @Test
    void closeContendersGetTheStainsThatSeparateThem() {
        Evaluation e = panel().pos("S100").pos("SOX10").evaluate();
        assertFired(e, "When the leading diagnoses are still close, recommend the stains that best separate them");
        assertThat(e.recommendations()).isNotEmpty();
        Recommendation first = e.recommendations().get(0);
        assertThat(first.separates()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.reason()).contains("positive in");
        assertThat(e.recommendations()).extracting(Recommendation::marker).doesNotContain("S100", "SOX10");
    }

    @Test
    void theAdviceReadsTheSameConditionalRowsAsTheRanking() {
        // in an epithelioid tumour melanoma is weighed by conventional-melanoma frequencies (tyrosinase 90 %, not the
        // 74 % of the unconditional spindle-cell and desmoplastic mix); the advice must quote the row the ranking used
        assertMelanomaRowsQuoted(panel().site("skin").age(70).pos("S100").pos("SOX10").pattern("epithelioid").evaluate(),
                java.util.Map.of("HMB45", 80, "Melan-A", 83, "MITF", 88, "tyrosinase", 90, "PRAME", 85));
    }

    private static void assertMelanomaRowsQuoted(Evaluation e, java.util.Map<String, Integer> percentByMarker) {
        java.util.List<Recommendation> melanocytic = e.recommendations().stream()
                .filter(r -> percentByMarker.containsKey(r.marker()) && r.reason().startsWith("positive in")).toList();
        assertThat(melanocytic).as("a melanocytic stain among %s", e.recommendations()).isNotEmpty();
        assertThat(melanocytic).allSatisfy(r -> assertThat(r.reason()).contains("Melanoma " + percentByMarker.get(r.marker()) + " %"));
    }

    @Test
    void followingARecommendationMovesTheRanking() {
        Evaluation before = panel().pos("S100", "diffuse").pos("SOX10").evaluate();
        String stain = before.recommendations().stream().filter(r -> !r.separates().isEmpty()).findFirst().orElseThrow().marker();
        Evaluation after = panel().pos("S100", "diffuse").pos("SOX10").pos(stain).evaluate();
        assertThat(after.diagnoses().get(0).probability()).isNotEqualTo(before.diagnoses().get(0).probability());
    }

    @Test
    void aThinPanelGetsTheFirstLinePanel() {
        Evaluation e = panel().site("larynx").pattern("spindle").pos("vimentin").evaluate();
        assertFired(e, "A panel too thin to rank gets the first-line panel for its site and pattern");
        assertThat(e.recommendations()).anyMatch(r -> r.reason().startsWith("first-line panel"));
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("This panel is too thin"));
    }

    @Test
    void smaAloneCallsForDesminAndCaldesmon() {
        Evaluation e = panel().pos("SMA").neg("S100").neg("CD34").neg("AE1/AE3").evaluate();
        assertFired(e, "SMA without desmin or h-caldesmon calls for them");
        assertThat(e.recommendations()).extracting(Recommendation::marker).contains("desmin", "h-caldesmon");
    }

    @Test
    void aMucosalTumourWithoutBroadKeratinCallsForOne() {
        Evaluation e = panel().site("larynx").pos("SMA").neg("p40").neg("CK5/6").evaluate();
        assertFired(e, "A mucosal spindle-cell tumour without a broad keratin calls for one");
        assertThat(e.recommendations()).extracting(Recommendation::marker).contains("pan-cytokeratin");
    }

    @Test
    void aSettledCaseGetsNoSeparatingStains() {
        Evaluation e = panel().posPattern("STAT6", "nuclear").pos("CD34").molecular("NAB2-STAT6 fusion", true).neg("S100").neg("SMA").evaluate();
        assertNotFired(e, "When the leading diagnoses are still close, recommend the stains that best separate them");
    }
}
