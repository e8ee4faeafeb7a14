package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/skeletal-muscle.drl */
class SkeletalMuscleRulesTest {
    @Test
    void nuclearMyogeninPutsTheRhabdomyosarcomaFamilyFirst() {
        Evaluation e = panel().age(8).pos("desmin").posPattern("myogenin", "nuclear").pos("MyoD1").neg("S100").evaluate();
        assertRuleMoved(e, "embryonal-rhabdomyosarcoma", "Nuclear myogenin or MyoD1 shows rhabdomyoblastic differentiation", true);
        assertThat(e.diagnoses().get(0).family()).isEqualTo("rhabdomyosarcoma");
    }

    @Test
    void diffuseStrongMyogeninFavoursAlveolar() {
        Evaluation e = panel().age(14).pos("desmin").pos("myogenin", "diffuse").evaluate();
        assertRuleMoved(e, "alveolar-rhabdomyosarcoma", "Diffuse strong myogenin favours alveolar rhabdomyosarcoma", true);
        assertThat(probability(e, "alveolar-rhabdomyosarcoma")).isGreaterThan(probability(e, "embryonal-rhabdomyosarcoma"));
    }

    @Test
    void focalMyogeninFavoursEmbryonal() {
        Evaluation e = panel().age(5).pos("desmin").pos("myogenin", "focal").evaluate();
        assertRuleMoved(e, "alveolar-rhabdomyosarcoma", "Focal myogenin favours embryonal over alveolar rhabdomyosarcoma", false);
        assertThat(probability(e, "embryonal-rhabdomyosarcoma")).isGreaterThan(probability(e, "alveolar-rhabdomyosarcoma"));
    }

    @Test
    void aFoxo1FusionPointsToAlveolar() {
        Evaluation e = panel().age(15).pos("desmin").pos("myogenin").molecular("PAX3-FOXO1 fusion", true).evaluate();
        assertRuleMoved(e, "alveolar-rhabdomyosarcoma", "An alveolar architecture or a FOXO1 fusion points to alveolar rhabdomyosarcoma", true);
        assertThat(leader(e)).isEqualTo("alveolar-rhabdomyosarcoma");
    }

    @Test
    void anAdultPleomorphicTumourWithMyogeninFavoursPleomorphicRhabdomyosarcoma() {
        Evaluation e = panel().age(67).pattern("pleomorphic").pos("desmin").pos("myogenin", "focal").evaluate();
        assertRuleMoved(e, "pleomorphic-rhabdomyosarcoma", "A pleomorphic rhabdomyosarcoma is a tumour of adults with pleomorphic cells", true);
    }

    @Test
    void diffuseMyoD1WithLimitedMyogeninFavoursSpindleCellRhabdomyosarcoma() {
        Evaluation e = panel().age(34).pos("desmin").pos("MyoD1", "diffuse").pos("myogenin", "focal").evaluate();
        assertRuleMoved(e, "spindle-cell-rhabdomyosarcoma", "Diffuse MyoD1 with limited myogenin favours spindle cell or sclerosing rhabdomyosarcoma", true);
        assertRuleMoved(e, "alveolar-rhabdomyosarcoma", "Diffuse MyoD1 with limited myogenin favours spindle cell or sclerosing rhabdomyosarcoma", false);
    }

    @Test
    void ap2betaInARhabdomyosarcomaPointsToAlveolar() {
        Evaluation e = panel().age(15).pos("desmin").pos("myogenin").posPattern("AP2β", "nuclear").evaluate();
        assertRuleMoved(e, "alveolar-rhabdomyosarcoma", "AP2beta in a rhabdomyosarcoma points to fusion-positive alveolar rhabdomyosarcoma", true);
        assertThat(leader(e)).isEqualTo("alveolar-rhabdomyosarcoma");
    }

    @Test
    void aPseudoalveolarPatternInAHyalinisedStromaIsNotAlveolarRhabdomyosarcoma() {
        assertNotFired(panel().age(30).pos("desmin").pos("MyoD1").features("alveolar pattern", "hyalinised sclerotic stroma").evaluate(),
                "An alveolar architecture or a FOXO1 fusion points to alveolar rhabdomyosarcoma");
        assertFired(panel().age(12).pos("desmin").pos("MyoD1").features("alveolar pattern").evaluate(),
                "An alveolar architecture or a FOXO1 fusion points to alveolar rhabdomyosarcoma");
    }

    @Test
    void anAdultSinonasalRhabdomyosarcomaLeansAlveolar() {
        Evaluation adult = panel().site("maxillary sinus").age(55).pos("desmin").pos("myogenin").evaluate();
        assertRuleMoved(adult, "alveolar-rhabdomyosarcoma", "In adults a sinonasal rhabdomyosarcoma is usually alveolar", true);
        assertNotFired(panel().site("maxillary sinus").age(8).pos("desmin").pos("myogenin").evaluate(), "In adults a sinonasal rhabdomyosarcoma is usually alveolar");
        assertNotFired(panel().site("thigh").age(55).pos("desmin").pos("myogenin").evaluate(), "In adults a sinonasal rhabdomyosarcoma is usually alveolar");
    }

    @Test
    void myoD1WithNegativeMyogeninFavoursSpindleCellRhabdomyosarcoma() {
        Evaluation e = panel().pos("desmin").posPattern("MyoD1", "nuclear").neg("myogenin").neg("S100").evaluate();
        assertRuleMoved(e, "spindle-cell-rhabdomyosarcoma", "MyoD1 with negative myogenin favours spindle-cell/sclerosing rhabdomyosarcoma", true);
    }

    @Test
    void aNuclearMyogenicFactorArguesAgainstASmoothMuscleTumour() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").posPattern("myogenin", "nuclear").evaluate();
        assertRuleMoved(e, "leiomyosarcoma", "Nuclear myogenin or MyoD1 shows rhabdomyoblastic differentiation", false);
        assertRuleMoved(e, "leiomyoma", "Nuclear myogenin or MyoD1 shows rhabdomyoblastic differentiation", false);
    }
}
