package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.immunodiff.rules.RuleAssertions.assertFired;
import static org.immunodiff.rules.RuleAssertions.assertNotFired;
import static org.immunodiff.testing.PanelBuilder.panel;

/** rules/interpretation/lineage-findings.drl */
class LineageFindingsRulesTest {
    @Test
    void aPositiveP40IsEpithelialEvidence() {
        Evaluation e = panel().pos("p40").neg("SMA").evaluate();
        assertFired(e, "A positive keratin or squamous marker is epithelial evidence");
        assertNotFired(e, "Every keratin and squamous marker tested is negative");
    }

    @Test
    void allNegativeKeratinsAreRecognisedAsSuch() {
        Evaluation e = panel().neg("AE1/AE3").neg("p40").neg("CK5/6").pos("SMA").evaluate();
        assertFired(e, "Every keratin and squamous marker tested is negative");
        assertNotFired(e, "A broad-spectrum keratin was not stained");
    }

    @Test
    void aPanelWithoutBroadKeratinIsNoticed() {
        assertFired(panel().pos("SMA").neg("p40").evaluate(), "A broad-spectrum keratin was not stained");
    }

    @Test
    void desminOrCaldesmonShowsSmoothMuscleBeyondActin() {
        assertFired(panel().pos("SMA").pos("h-caldesmon").evaluate(),
                "A positive desmin or h-caldesmon shows smooth-muscle differentiation");
        assertNotFired(panel().pos("SMA").evaluate(),
                "A positive desmin or h-caldesmon shows smooth-muscle differentiation");
    }

    @Test
    void calponinAloneIsNotSmoothMuscleEvidence() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("calponin").evaluate();
        assertNotFired(e, "A positive desmin or h-caldesmon shows smooth-muscle differentiation");
        assertNotFired(e, "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation");
        assertFired(e, "SMA alone does not make a smooth-muscle tumour");
    }

    @Test
    void cytoplasmicMyogeninIsNotSkeletalMuscleEvidence() {
        assertFired(panel().posPattern("myogenin", "nuclear").evaluate(), "A nuclear myogenin or MyoD1 shows skeletal-muscle differentiation");
        assertNotFired(panel().posPattern("myogenin", "cytoplasmic").evaluate(), "A nuclear myogenin or MyoD1 shows skeletal-muscle differentiation");
    }

    @Test
    void surfaceDysplasiaCountsOnlyAtAMucosalSite() {
        assertFired(panel().site("larynx").features("surface dysplasia").pos("SMA").evaluate(),
                "A mucosal site with surface dysplasia or carcinoma in situ suggests a surface origin");
        assertNotFired(panel().site("thigh").features("surface dysplasia").pos("SMA").evaluate(),
                "A mucosal site with surface dysplasia or carcinoma in situ suggests a surface origin");
    }
}
