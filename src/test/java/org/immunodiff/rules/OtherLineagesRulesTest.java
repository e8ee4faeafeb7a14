package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/other-lineages.drl */
class OtherLineagesRulesTest {
    @Test
    void cd21AndCd35PointToFollicularDendriticCellSarcoma() {
        Evaluation e = panel().pos("CD21").pos("CD35").neg("AE1/AE3").neg("CD45").evaluate();
        assertRuleMoved(e, "follicular-dendritic-cell-sarcoma", "CD21, CD23 or CD35 points to follicular dendritic cell sarcoma", true);
        assertThat(leader(e)).isEqualTo("follicular-dendritic-cell-sarcoma");
    }

    @Test
    void cd117WithDog1PointsToGist() {
        Evaluation e = panel().site("stomach").pos("CD117").pos("DOG1").pos("CD34").neg("desmin").evaluate();
        assertRuleMoved(e, "gastrointestinal-stromal-tumour", "CD117 with DOG1 points to gastrointestinal stromal tumour", true);
        assertThat(leader(e)).isEqualTo("gastrointestinal-stromal-tumour");
    }

    @Test
    void dog1WithoutCd117StillPointsToGist() {
        Evaluation e = panel().site("stomach").neg("CD117").pos("DOG1").evaluate();
        assertRuleMoved(e, "gastrointestinal-stromal-tumour", "DOG1 without CD117 still points to gastrointestinal stromal tumour", true);
    }

    @Test
    void mdm2WithCdk4PointsToDedifferentiatedLiposarcoma() {
        Evaluation e = panel().site("retroperitoneum").pos("MDM2").pos("CDK4").pattern("pleomorphic").evaluate();
        assertRuleMoved(e, "dedifferentiated-liposarcoma", "MDM2 with CDK4 points to dedifferentiated liposarcoma", true);
        assertThat(leader(e)).isEqualTo("dedifferentiated-liposarcoma");
    }
}
