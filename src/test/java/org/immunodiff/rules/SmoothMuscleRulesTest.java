package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/ranking/smooth-muscle.drl */
class SmoothMuscleRulesTest {
    @Test
    void diffuseActinWithDesminConfirmsSmoothMuscle() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").pos("h-caldesmon").neg("S100").neg("AE1/AE3").evaluate();
        assertRuleMoved(e, "leiomyosarcoma", "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation", true);
        assertThat(leader(e)).isIn("leiomyosarcoma", "leiomyoma");
    }

    @Test
    void actinAndDesminWithANuclearMyogenicFactorAreSkeletalNotSmoothMuscle() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").posPattern("MyoD1", "nuclear").neg("myogenin").neg("S100").evaluate();
        assertNotFired(e, "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation");
        assertThat(leader(e)).contains("rhabdomyosarcoma");
    }

    @Test
    void eberInASmoothMuscleTumourPointsToTheEbvTumour() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").pos("EBER").evaluate();
        assertRuleMoved(e, "ebv-associated-smooth-muscle-tumour", "EBER in a smooth-muscle tumour points to an EBV-associated smooth muscle tumour", true);
        assertThat(leader(e)).isEqualTo("ebv-associated-smooth-muscle-tumour");
    }

    @Test
    void anImmunosuppressedPatientWithoutEberGetsACaveat() {
        Evaluation e = panel().clinical("renal transplant recipient").pos("SMA").pos("desmin").evaluate();
        assertFired(e, "An immunosuppressed patient with a smooth-muscle tumour should have EBER");
        assertThat(caveats(e)).anyMatch(c -> c.contains("EBER"));
    }

    @Test
    void necrosisArguesAgainstLeiomyoma() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").necrosis("lt50").evaluate();
        assertRuleMoved(e, "leiomyoma", "Necrosis, brisk mitoses or a high Ki-67 argue against leiomyoma", false);
        assertThat(probability(e, "leiomyosarcoma")).isGreaterThan(probability(e, "leiomyoma"));
    }

    @Test
    void aQuietTumourDoesNotTriggerTheLeiomyomaPenalty() {
        assertNotFired(panel().pos("SMA").pos("desmin").mitoses(1).necrosis("none").ki67(2).evaluate(),
                "Necrosis, brisk mitoses or a high Ki-67 argue against leiomyoma");
    }

    @Test
    void aBlandSmoothMuscleTumourWithoutMitosesOrNecrosisFavoursLeiomyoma() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("desmin").pos("h-caldesmon").neg("S100").mitoses(0).necrosis("none")
                .description("Well circumscribed fascicles of bland spindle cells; atypia, necrosis and mitotic activity absent.").evaluate();
        assertRuleMoved(e, "leiomyosarcoma", "A smooth-muscle tumour without atypia, necrosis or mitoses favours leiomyoma", false);
        assertThat(leader(e)).isEqualTo("leiomyoma");
    }

    @Test
    void atypiaKeepsTheLeiomyomaRuleFromFiring() {
        assertNotFired(panel().pos("SMA").pos("desmin").mitoses(0).necrosis("none").features("marked nuclear atypia").evaluate(),
                "A smooth-muscle tumour without atypia, necrosis or mitoses favours leiomyoma");
    }

    @Test
    void twoMitosesPer10HpfOutsideTheUterusArgueAgainstLeiomyoma() {
        Evaluation e = panel().site("thigh").pos("SMA", "diffuse").pos("desmin").mitoses(2).evaluate();
        assertRuleMoved(e, "leiomyoma", "Necrosis, brisk mitoses or a high Ki-67 argue against leiomyoma", false);
    }

    @Test
    void theUterusIsJudgedByItsOwnCriteria() {
        assertNotFired(panel().site("uterus").pos("SMA", "diffuse").pos("desmin").mitoses(6).evaluate(),
                "Necrosis, brisk mitoses or a high Ki-67 argue against leiomyoma");
        Evaluation e = panel().site("uterus").pos("SMA", "diffuse").pos("desmin").mitoses(12).features("moderate nuclear atypia").evaluate();
        assertRuleMoved(e, "leiomyoma", "A uterine smooth-muscle tumour with atypia and brisk mitoses or necrosis argues against leiomyoma", false);
    }

    @Test
    void uterineAtypiaWithFewMitosesAndNoNecrosisIsALeiomyomaWithBizarreNuclei() {
        String rule = "A uterine smooth-muscle tumour with atypia but few mitoses and no necrosis is a leiomyoma with bizarre nuclei";
        Evaluation stated = panel().site("uterus").pos("SMA", "diffuse").pos("desmin").mitoses(2).necrosis("none")
                .features("bizarre pleomorphic nuclei").evaluate();
        assertRuleMoved(stated, "leiomyoma", rule, true);
        assertRuleMoved(stated, "leiomyosarcoma", rule, false);
        Evaluation inWords = panel().site("uterus").pos("desmin").mitoses(2).description("Bizarre atypical nuclei; no necrosis.").evaluate();
        assertFired(inWords, rule);
        // brisk mitoses, or necrosis, and the criteria of leiomyosarcoma may be met: the rule stays silent
        assertNotFired(panel().site("uterus").pos("desmin").mitoses(12).necrosis("none").features("bizarre pleomorphic nuclei").evaluate(), rule);
        assertNotFired(panel().site("uterus").pos("desmin").mitoses(2).necrosis("lt50").features("bizarre pleomorphic nuclei").evaluate(), rule);
    }

    @Test
    void uterineAtypiaWithFewMitosesAndUnreportedNecrosisLeansToLeiomyomaAndAsksForNecrosis() {
        Evaluation e = panel().site("uterus").pos("desmin").mitoses(2).features("bizarre pleomorphic nuclei").evaluate();
        assertRuleMoved(e, "leiomyoma",
                "A uterine smooth-muscle tumour with atypia but few mitoses, necrosis not reported, leans to leiomyoma with bizarre nuclei", true);
        assertThat(caveats(e)).anyMatch(c -> c.contains("whether tumour cell necrosis is present decides"));
    }

    @Test
    void calponinWithoutDesminOrCaldesmonGetsACaveat() {
        Evaluation e = panel().pos("SMA").pos("calponin").neg("desmin").evaluate();
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("Calponin is expressed by myofibroblasts"));
    }

    @Test
    void actinWithCaldesmonAlsoFitsAGlomusTumour() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("h-caldesmon").neg("desmin").features("round glomus cells").evaluate();
        assertRuleMoved(e, "glomus-tumour", "Diffuse actin with h-caldesmon fits a glomus tumour as well as a smooth-muscle tumour", true);
        assertRuleMoved(e, "glomus-tumour", "A desmin-negative myoid tumour of round glomus cells or concentric perivascular growth favours glomus tumour", true);
        assertThat(leader(e)).isEqualTo("glomus-tumour");
    }

    @Test
    void synaptophysinInAGastricActinPositiveTumourWarnsOfGlomusTumour() {
        Evaluation e = panel().site("stomach").pos("SMA").pos("synaptophysin").evaluate();
        assertThat(caveats(e)).anyMatch(c -> c.startsWith("Gastric glomus tumours often express synaptophysin"));
    }

    @Test
    void aKitPositiveTumourDoesNotEarnTheSmoothMuscleReadingFromCaldesmon() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("h-caldesmon").pos("CD117").evaluate();
        assertNotFired(e, "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation");
    }

    @Test
    void aBlandDesminNegativeCaldesmonPositiveTumourIsNotCalledLeiomyomaByTheBlandRule() {
        Evaluation e = panel().pos("SMA", "diffuse").pos("h-caldesmon").neg("desmin").mitoses(0).necrosis("none").evaluate();
        assertNotFired(e, "A smooth-muscle tumour without atypia, necrosis or mitoses favours leiomyoma");
    }

    @Test
    void aDesminNegativeActinPositiveRoundCellTumourFavoursGlomusTumour() {
        Evaluation e = panel().pattern("round-cell").pos("SMA").neg("desmin").evaluate();
        assertRuleMoved(e, "glomus-tumour", "A desmin-negative myoid tumour of round glomus cells or concentric perivascular growth favours glomus tumour", true);
    }

    @Test
    void desminInANuclearBetaCateninOrAlkPositiveTumourDoesNotConfirmSmoothMuscle() {
        assertNotFired(panel().pos("SMA", "diffuse").pos("desmin", "focal").posPattern("beta-catenin", "nuclear").evaluate(),
                "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation");
        assertNotFired(panel().pos("SMA", "diffuse").pos("desmin").pos("ALK").evaluate(),
                "Diffuse actin with desmin or h-caldesmon confirms smooth-muscle differentiation");
    }
}
