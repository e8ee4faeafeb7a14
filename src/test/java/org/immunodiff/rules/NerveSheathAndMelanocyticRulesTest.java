package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/nerve-sheath-and-melanocytic.drl */
class NerveSheathAndMelanocyticRulesTest {
    @Test
    void diffuseS100WithSox10FavoursSchwannomaOverMpnst() {
        Evaluation e = panel().pos("S100", "diffuse").pos("SOX10").neg("HMB45").neg("Melan-A").evaluate();
        assertRuleMoved(e, "schwannoma", "Diffuse S100 with SOX10 points to schwannoma or melanoma rather than MPNST", true);
        assertThat(leader(e)).isEqualTo("schwannoma");
    }

    @Test
    void hmb45SplitsMelanomaFromSchwannoma() {
        Evaluation e = panel().pos("S100", "diffuse").pos("SOX10").pos("HMB45").pos("PRAME").evaluate();
        assertRuleMoved(e, "melanoma", "A specific melanocytic marker beyond S100 and SOX10 favours melanoma over schwannoma", true);
        assertThat(leader(e)).isEqualTo("melanoma");
    }

    @Test
    void lossOfH3K27me3FavoursMpnst() {
        Evaluation e = panel().pos("S100", "focal").pos("SOX10", "focal").result("H3K27me3", "lost").evaluate();
        assertRuleMoved(e, "malignant-peripheral-nerve-sheath-tumour", "Loss of H3K27me3 favours MPNST", true);
        assertThat(leader(e)).isEqualTo("malignant-peripheral-nerve-sheath-tumour");
    }

    @Test
    void neurofibromatosisRaisesMpnst() {
        Evaluation e = panel().clinical("neurofibromatosis type 1").pos("S100", "focal").evaluate();
        assertRuleMoved(e, "malignant-peripheral-nerve-sheath-tumour", "Neurofibromatosis type 1 raises the likelihood of MPNST and neurofibroma", true);
    }

    @Test
    void verocayBodiesFavourSchwannoma() {
        Evaluation e = panel().features("Verocay bodies").pos("S100").evaluate();
        assertRuleMoved(e, "schwannoma", "Palisading and Verocay bodies favour schwannoma", true);
    }

    @Test
    void prameFavoursMelanomaOverSchwannomaButLessThanHmb45() {
        Evaluation e = panel().pos("S100", "diffuse").pos("SOX10").pos("PRAME").evaluate();
        assertRuleMoved(e, "melanoma", "PRAME with S100 and SOX10 favours melanoma over schwannoma, but not over MPNST", true);
        assertRuleMoved(e, "schwannoma", "PRAME with S100 and SOX10 favours melanoma over schwannoma, but not over MPNST", false);
        assertNotFired(e, "A specific melanocytic marker beyond S100 and SOX10 favours melanoma over schwannoma");
    }

    @Test
    void anEpithelioidDiffuselyS100PositiveTumourKeepsEpithelioidMpnstInTheDifferential() {
        Evaluation e = panel().pattern("epithelioid").pos("S100", "diffuse").pos("SOX10", "diffuse").neg("HMB45").neg("Melan-A").evaluate();
        assertNotFired(e, "Diffuse S100 with SOX10 points to schwannoma or melanoma rather than MPNST");
        assertRuleMoved(e, "malignant-peripheral-nerve-sheath-tumour", "Diffuse S100 and SOX10 in an epithelioid tumour fit epithelioid MPNST", true);
        assertThat(caveats(e)).anyMatch(c -> c.contains("epithelioid MPNST"));
    }

    @Test
    void lossOfIni1InAnS100PositiveTumourPointsToMpnstRatherThanMelanoma() {
        Evaluation e = panel().pattern("epithelioid").pos("S100", "diffuse").pos("SOX10").neg("HMB45").neg("Melan-A")
                .result("INI1", "lost").evaluate();
        assertRuleMoved(e, "malignant-peripheral-nerve-sheath-tumour", "Loss of INI1 in an S100/SOX10-positive tumour points to epithelioid MPNST rather than melanoma", true);
        assertRuleMoved(e, "melanoma", "Loss of INI1 in an S100/SOX10-positive tumour points to epithelioid MPNST rather than melanoma", false);
        assertThat(probability(e, "malignant-peripheral-nerve-sheath-tumour")).isGreaterThan(probability(e, "melanoma"));
    }

    @Test
    void negativeHmb45AndMelanAInASpindleCellTumourWarnOfDesmoplasticMelanoma() {
        Evaluation e = panel().pattern("spindle").pos("S100").pos("SOX10").neg("HMB45").neg("Melan-A").evaluate();
        assertThat(caveats(e)).anyMatch(c -> c.contains("desmoplastic melanoma"));
    }

    @Test
    void threeOrMoreMitosesArgueAgainstNeurofibroma() {
        Evaluation e = panel().pos("S100").pos("SOX10").pos("CD34").mitoses(4).evaluate();
        assertRuleMoved(e, "neurofibroma", "Three or more mitoses per 10 HPF argue against neurofibroma", false);
        assertNotFired(panel().pos("S100").pos("SOX10").pos("CD34").mitoses(1).evaluate(), "Three or more mitoses per 10 HPF argue against neurofibroma");
    }

    @Test
    void aGranularCellTumourDoesNotFireTheEpithelioidMpnstOrSchwannomaReadings() {
        Evaluation e = panel().pattern("epithelioid").features("abundant granular eosinophilic cytoplasm")
                .pos("S100", "diffuse").pos("SOX10", "diffuse").pos("inhibin").evaluate();
        assertNotFired(e, "Diffuse S100 and SOX10 in an epithelioid tumour fit epithelioid MPNST");
        assertNotFired(e, "Diffuse S100 with SOX10 points to schwannoma or melanoma rather than MPNST");
        assertThat(leader(e)).isEqualTo("granular-cell-tumour");
    }
}
