package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/vascular.drl */
class VascularRulesTest {
    @Test
    void hhv8PointsToKaposiSarcoma() {
        Evaluation e = panel().pos("CD34").pos("CD31").pos("HHV8").evaluate();
        assertRuleMoved(e, "kaposi-sarcoma", "HHV8 (LANA-1) points to Kaposi sarcoma", true);
        assertThat(leader(e)).isEqualTo("kaposi-sarcoma");
    }

    @Test
    void ergWithCd31ShowsEndothelialLineage() {
        Evaluation e = panel().age(78).site("scalp").pos("ERG").pos("CD31").neg("HHV8").evaluate();
        assertRuleMoved(e, "angiosarcoma", "ERG with CD31 shows endothelial differentiation", true);
        assertThat(leader(e)).isEqualTo("angiosarcoma");
    }
}
