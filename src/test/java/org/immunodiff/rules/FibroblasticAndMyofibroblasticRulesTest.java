package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/fibroblastic-and-myofibroblastic.drl */
class FibroblasticAndMyofibroblasticRulesTest {
    @Test
    void nuclearStat6PointsToSolitaryFibrousTumour() {
        Evaluation e = panel().posPattern("STAT6", "nuclear").pos("CD34").neg("S100").evaluate();
        assertRuleMoved(e, "solitary-fibrous-tumour", "Nuclear STAT6 points to solitary fibrous tumour", true);
        assertThat(leader(e)).isEqualTo("solitary-fibrous-tumour");
    }

    @Test
    void alkPointsToInflammatoryMyofibroblasticTumour() {
        Evaluation e = panel().pos("SMA").pos("ALK").neg("myogenin").neg("S100").evaluate();
        assertRuleMoved(e, "inflammatory-myofibroblastic-tumour", "ALK, ROS1 or pan-TRK expression points to inflammatory myofibroblastic tumour", true);
        assertThat(leader(e)).isEqualTo("inflammatory-myofibroblastic-tumour");
    }

    @Test
    void ros1AloneAlsoPointsToInflammatoryMyofibroblasticTumour() {
        assertFired(panel().pos("SMA").neg("ALK").pos("ROS1").evaluate(),
                "ALK, ROS1 or pan-TRK expression points to inflammatory myofibroblastic tumour");
    }

    @Test
    void nuclearBetaCateninPointsToDesmoid() {
        Evaluation e = panel().pos("SMA").posPattern("beta-catenin", "nuclear").neg("desmin").neg("CD34").evaluate();
        assertRuleMoved(e, "desmoid-fibromatosis", "Nuclear beta-catenin points to desmoid fibromatosis", true);
        assertThat(leader(e)).isEqualTo("desmoid-fibromatosis");
    }

    @Test
    void cytoplasmicBetaCateninDoesNotFireTheDesmoidHallmark() {
        assertNotFired(panel().pos("SMA").posPattern("beta-catenin", "cytoplasmic").evaluate(),
                "Nuclear beta-catenin points to desmoid fibromatosis");
    }

    @Test
    void tissueCultureMyofibroblastsFavourNodularFasciitis() {
        Evaluation e = panel().age(30).pos("SMA").neg("desmin").features("tissue culture-like", "extravasated red blood cells").evaluate();
        assertRuleMoved(e, "nodular-fasciitis", "A tissue-culture appearance with extravasated red cells favours nodular fasciitis", true);
    }

    @Test
    void necrosisArguesAgainstNodularFasciitisThroughTheTumourNecrosisFeature() {
        Evaluation without = panel().pos("SMA").pos("calponin").evaluate();
        Evaluation with = panel().pos("SMA").pos("calponin").necrosis("lt50").evaluate();
        assertThat(probability(with, "nodular-fasciitis")).isLessThan(probability(without, "nodular-fasciitis") / 2);
        assertThat(with.recognisedFeatures()).anySatisfy(f -> assertThat(f.feature()).isEqualTo("tumour-necrosis"));
    }

    @Test
    void aHighProliferationIndexArguesAgainstNodularFasciitis() {
        Evaluation e = panel().pos("SMA").ki67(30).evaluate();
        assertRuleMoved(e, "nodular-fasciitis", "A high proliferation index argues against nodular fasciitis and desmoid", false);
    }

    @Test
    void alkWithNuclearMyogeninIsNotCountedForInflammatoryMyofibroblasticTumour() {
        Evaluation e = panel().age(12).pos("desmin").posPattern("myogenin", "nuclear").pos("ALK").evaluate();
        assertNotFired(e, "ALK, ROS1 or pan-TRK expression points to inflammatory myofibroblastic tumour");
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("ALK immunoreactivity is common in alveolar rhabdomyosarcoma"));
    }

    @Test
    void anAtypicalMyofibroblasticTumourWithTheMimicsExcludedFavoursLowGradeMyofibroblasticSarcoma() {
        Evaluation e = panel().age(45).site("tongue").pattern("spindle").pos("SMA", "diffuse").neg("h-caldesmon").neg("ALK")
                .posPattern("beta-catenin", "cytoplasmic").neg("S100").features("mild to moderate nuclear atypia").evaluate();
        assertRuleMoved(e, "low-grade-myofibroblastic-sarcoma",
                "An atypical myofibroblastic tumour without h-caldesmon, nuclear beta-catenin or ALK favours low-grade myofibroblastic sarcoma", true);
        assertThat(leader(e)).isEqualTo("low-grade-myofibroblastic-sarcoma");
    }

    @Test
    void tenOrMoreMitosesArgueAgainstLowGradeMyofibroblasticSarcoma() {
        Evaluation e = panel().age(45).site("tongue").pos("SMA").neg("h-caldesmon").features("moderate nuclear atypia").mitoses(15).evaluate();
        assertRuleMoved(e, "low-grade-myofibroblastic-sarcoma", "A high mitotic count argues against low-grade myofibroblastic sarcoma", false);
    }

    @Test
    void anAlkNegativeInflamedMyofibroblasticTumourWarnsThatImtIsNotExcluded() {
        Evaluation e = panel().age(55).pos("SMA").neg("ALK").features("prominent lymphoplasmacytic infiltrate").evaluate();
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("ALK is negative in about 40-45 % of inflammatory myofibroblastic tumours"));
    }
}
