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
        assertRuleMoved(e, "melanoma", "A melanocytic marker beyond S100 and SOX10 favours melanoma over schwannoma", true);
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
}
