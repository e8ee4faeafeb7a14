package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/sinonasal.drl */
class SinonasalRulesTest {
    @Test
    void anS100PositiveSox10NegativeSinonasalTumourCallsForPax3() {
        Evaluation e = panel().site("nasal cavity").pos("S100", "focal").neg("SOX10").pos("SMA").evaluate();
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("S100 positive with SOX10 negative in a sinonasal spindle-cell tumour"));
        assertThat(caveats(panel().site("thigh").pos("S100", "focal").neg("SOX10").evaluate()))
                .noneMatch(c -> c.startsWith("S100 positive with SOX10 negative in a sinonasal"));
    }

    @Test
    void sexMovesBiphenotypicSinonasalSarcomaOnlyInTheSinonasalTract() {
        Evaluation woman = panel().site("nasal cavity").sex("female").pos("S100", "focal").pos("SMA").neg("SOX10").evaluate();
        assertRuleMoved(woman, "biphenotypic-sinonasal-sarcoma", "Female sex slightly favours biphenotypic sinonasal sarcoma in the sinonasal tract", true);
        Evaluation man = panel().site("nasal cavity").sex("male").pos("S100", "focal").pos("SMA").neg("SOX10").evaluate();
        assertRuleMoved(man, "biphenotypic-sinonasal-sarcoma", "Male sex slightly argues against biphenotypic sinonasal sarcoma in the sinonasal tract", false);
        assertNotFired(panel().site("thigh").sex("female").pos("S100").evaluate(), "Female sex slightly favours biphenotypic sinonasal sarcoma in the sinonasal tract");
    }

    @Test
    void focalMyoD1WithS100AndNoSox10GivesBiphenotypicSinonasalSarcomaTheMyogenicBonusToo() {
        Evaluation e = panel().site("nasal cavity").pos("S100", "focal").neg("SOX10").pos("SMA").pos("MyoD1", "focal").evaluate();
        assertRuleMoved(e, "biphenotypic-sinonasal-sarcoma", "Focal myogenic factors with S100 and without SOX10 in the sinonasal tract fit biphenotypic sinonasal sarcoma as well", true);
        assertNotFired(panel().site("nasal cavity").pos("S100").pos("SOX10").pos("MyoD1", "focal").evaluate(),
                "Focal myogenic factors with S100 and without SOX10 in the sinonasal tract fit biphenotypic sinonasal sarcoma as well");
        assertNotFired(panel().site("nasal cavity").pos("S100").neg("SOX10").pos("myogenin", "diffuse").evaluate(),
                "Focal myogenic factors with S100 and without SOX10 in the sinonasal tract fit biphenotypic sinonasal sarcoma as well");
    }

    @Test
    void pax3ImmunohistochemistryIsReadAndSeparatesBiphenotypicSinonasalSarcomaFromNerveSheathTumours() {
        Evaluation e = panel().site("nasal cavity").pos("S100", "focal").pos("SMA").pos("PAX3").evaluate();
        assertThat(probability(e, "biphenotypic-sinonasal-sarcoma")).isGreaterThan(probability(e, "malignant-peripheral-nerve-sheath-tumour"));
        assertThat(probability(e, "biphenotypic-sinonasal-sarcoma")).isGreaterThan(probability(e, "schwannoma"));
        assertThat(e.warnings()).noneMatch(w -> w.code().equals("UNKNOWN_MARKER"));
    }
}
