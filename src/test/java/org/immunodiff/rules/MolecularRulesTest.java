package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/molecular.drl: diagnostic molecular results count as strong evidence. */
class MolecularRulesTest {
    @Test
    void anSs18RearrangementEstablishesSynovialSarcoma() {
        Evaluation e = panel().pos("TLE1").pos("EMA", "focal").molecular("SS18 rearrangement (FISH)", true).evaluate();
        assertRuleMoved(e, "synovial-sarcoma", "An SS18 rearrangement establishes synovial sarcoma", true);
        assertThat(leader(e)).isEqualTo("synovial-sarcoma");
    }

    @Test
    void mdm2AmplificationEstablishesDedifferentiatedLiposarcoma() {
        Evaluation e = panel().pattern("pleomorphic").pos("vimentin").molecular("MDM2 amplification", true).evaluate();
        assertRuleMoved(e, "dedifferentiated-liposarcoma", "MDM2 amplification establishes a well-differentiated or dedifferentiated liposarcoma", true);
        assertThat(leader(e)).isEqualTo("dedifferentiated-liposarcoma");
    }

    @Test
    void aNotDetectedResultDoesNotFireTheHallmark() {
        assertNotFired(panel().pos("vimentin").molecular("MDM2 amplification", false).evaluate(),
                "MDM2 amplification establishes a well-differentiated or dedifferentiated liposarcoma");
    }

    @Test
    void nab2Stat6EstablishesSolitaryFibrousTumour() {
        assertRuleMoved(panel().pos("CD34").molecular("NAB2-STAT6 fusion", true).evaluate(), "solitary-fibrous-tumour",
                "A NAB2-STAT6 fusion establishes solitary fibrous tumour", true);
    }

    @Test
    void anAlkRearrangementSupportsImt() {
        assertRuleMoved(panel().pos("SMA").molecular("ALK rearrangement", true).evaluate(), "inflammatory-myofibroblastic-tumour",
                "An ALK, ROS1 or NTRK rearrangement supports inflammatory myofibroblastic tumour", true);
    }

    @Test
    void col1a1PdgfbEstablishesDfsp() {
        assertRuleMoved(panel().pos("CD34").molecular("COL1A1-PDGFB fusion", true).evaluate(), "dermatofibrosarcoma-protuberans",
                "A COL1A1-PDGFB fusion establishes dermatofibrosarcoma protuberans", true);
    }

    @Test
    void usp6SupportsNodularFasciitis() {
        assertRuleMoved(panel().pos("SMA").molecular("USP6 rearrangement", true).evaluate(), "nodular-fasciitis",
                "A USP6 rearrangement supports nodular fasciitis", true);
    }

    @Test
    void aTfcp2FusionEstablishesSpindleCellRhabdomyosarcomaOverItsKeratinAndAlkMimics() {
        // keratin and ALK positive: the carcinoma and the ALK-positive myofibroblastic tumour these tumours are taken for
        Evaluation e = panel().pos("pancytokeratin").pos("desmin").pos("MyoD1").pos("ALK").molecular("EWSR1::TFCP2 fusion (NGS)", true).evaluate();
        assertRuleMoved(e, "spindle-cell-rhabdomyosarcoma", "A TFCP2 fusion establishes a spindle-cell rhabdomyosarcoma of the TFCP2-rearranged kind", true);
        assertThat(leader(e)).isEqualTo("spindle-cell-rhabdomyosarcoma");
    }

    @Test
    void ctnnb1SupportsDesmoid() {
        assertRuleMoved(panel().pos("SMA").molecular("CTNNB1 mutation", true).evaluate(), "desmoid-fibromatosis",
                "A CTNNB1 mutation supports desmoid fibromatosis", true);
    }

    @Test
    void pax3RearrangementSupportsBiphenotypicSinonasalSarcoma() {
        assertRuleMoved(panel().site("nasal cavity").pos("S100").pos("SMA").molecular("PAX3 rearrangement", true).evaluate(),
                "biphenotypic-sinonasal-sarcoma", "A PAX3 rearrangement in the sinonasal tract supports biphenotypic sinonasal sarcoma", true);
    }

    @Test
    void kitMutationSupportsGist() {
        assertRuleMoved(panel().site("stomach").pos("CD34").molecular("KIT mutation", true).evaluate(), "gastrointestinal-stromal-tumour",
                "A KIT or PDGFRA mutation supports gastrointestinal stromal tumour", true);
    }

    @Test
    void aPax3RearrangementOutsideTheSinonasalTractIsNotReadAsBiphenotypicSinonasalSarcoma() {
        assertNotFired(panel().site("thigh").pos("desmin").molecular("PAX3 rearrangement", true).evaluate(),
                "A PAX3 rearrangement in the sinonasal tract supports biphenotypic sinonasal sarcoma");
    }
}
