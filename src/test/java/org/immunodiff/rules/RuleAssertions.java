package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.testing.PanelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions shared by the rule tests: a rule fired, and it moved a named diagnosis the right way. */
final class RuleAssertions {
    private RuleAssertions() { }

    static void assertFired(Evaluation e, String rule) {
        assertThat(e.firedRules()).as("fired rules").contains(rule);
    }

    static void assertNotFired(Evaluation e, String rule) {
        assertThat(e.firedRules()).as("fired rules").doesNotContain(rule);
    }

    /** The rule appears among the diagnosis's evidence with a weight of the given sign. */
    static void assertRuleMoved(Evaluation e, String diagnosis, String rule, boolean up) {
        RankedDiagnosis d = PanelBuilder.find(e, diagnosis).orElseThrow(() -> new AssertionError(diagnosis + " not listed"));
        assertThat(d.rules()).as("rules of " + diagnosis).contains(rule);
        var list = up ? d.supporting() : d.conflicting();
        assertThat(list.stream().filter(ev -> rule.equals(ev.rule())).map(Evidence::weight))
                .as((up ? "supporting" : "conflicting") + " evidence from rule on " + diagnosis).isNotEmpty();
    }
}
