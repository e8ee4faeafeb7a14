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
}
