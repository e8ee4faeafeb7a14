package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/epithelial.drl */
class EpithelialRulesTest {
    @Test
    void p40InALaryngealSpindleCellTumourPointsToSpindleCellCarcinoma() {
        Evaluation e = panel().age(66).site("larynx").pos("p40").pos("vimentin").neg("S100").evaluate();
        assertRuleMoved(e, "spindle-cell-squamous-cell-carcinoma", "A keratin or p40/p63 in a mucosal spindle-cell tumour points to spindle-cell carcinoma", true);
        assertThat(leader(e)).isEqualTo("spindle-cell-squamous-cell-carcinoma");
    }

    @Test
    void theSameKeratinInDeepSoftTissueDoesNotFireTheMucosalRule() {
        assertNotFired(panel().site("thigh").pos("AE1/AE3").evaluate(),
                "A keratin or p40/p63 in a mucosal spindle-cell tumour points to spindle-cell carcinoma");
    }

    @Test
    void surfaceDysplasiaPointsToSpindleCellCarcinoma() {
        Evaluation e = panel().site("larynx").features("surface dysplasia").pos("vimentin").evaluate();
        assertRuleMoved(e, "spindle-cell-squamous-cell-carcinoma", "Surface dysplasia over a mucosal spindle-cell tumour points to spindle-cell carcinoma", true);
    }

    @Test
    void alkWithAKeratinInAMucosalTumourDoesNotCountForSpindleCellCarcinoma() {
        Evaluation e = panel().age(40).site("larynx").pos("SMA").pos("AE1/AE3", "focal").pos("ALK").evaluate();
        assertRuleMoved(e, "spindle-cell-squamous-cell-carcinoma", "ALK with a keratin in a mucosal spindle-cell tumour fits IMT, not spindle-cell carcinoma", false);
        assertThat(leader(e)).isEqualTo("inflammatory-myofibroblastic-tumour");
    }
}
