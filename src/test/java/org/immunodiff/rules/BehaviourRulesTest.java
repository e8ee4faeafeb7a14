package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.assertFired;
import static org.immunodiff.testing.PanelBuilder.find;
import static org.immunodiff.testing.PanelBuilder.panel;
import static org.immunodiff.testing.PanelBuilder.probability;

/** rules/ranking/behaviour.drl: the report's own words about behaviour. */
class BehaviourRulesTest {
    @Test
    void aReportThatCallsTheTumourMalignantArguesAgainstTheBenignDiagnoses() {
        Evaluation plain = panel().pos("S100").pos("SOX10").description("Sheets of epithelioid cells in the dermis.").evaluate();
        Evaluation malignant = panel().pos("S100").pos("SOX10").description("Sheets of malignant epithelioid cells in the dermis.").evaluate();
        assertFired(malignant, "A report that calls the tumour malignant argues against the benign diagnoses");
        assertThat(probability(malignant, "schwannoma")).isLessThan(probability(plain, "schwannoma"));
        assertThat(probability(malignant, "melanoma")).isGreaterThan(probability(plain, "melanoma"));
        assertThat(find(malignant, "granular-cell-tumour").orElseThrow().conflicting())
                .anySatisfy(ev -> assertThat(ev.item()).isEqualTo("described as malignant"));
        assertThat(malignant.recognisedFeatures()).anySatisfy(f -> {
            assertThat(f.feature()).isEqualTo("described-malignant");
            assertThat(f.from()).isEqualTo("malignant");
        });
    }

    @Test
    void aHighGradeOrMetastaticTumourIsDescribedAsMalignant() {
        for (String words : new String[]{"High grade spindle cell neoplasm.", "Metastatic spindle cell tumour in a lymph node."}) {
            Evaluation e = panel().pos("SMA").pos("h-caldesmon").description(words).evaluate();
            assertThat(e.recognisedFeatures()).as(words).anySatisfy(f -> assertThat(f.feature()).isEqualTo("described-malignant"));
        }
        Evaluation e = panel().pos("SMA").description("No metastasis was found.").evaluate();
        assertThat(e.recognisedFeatures()).noneSatisfy(f -> assertThat(f.feature()).isEqualTo("described-malignant"));
    }

    @Test
    void noSignsOfMalignancyIsBlandCytologyNotMalignancy() {
        Evaluation e = panel().pos("S100").pos("SOX10").description("Encapsulated spindle cell lesion with no signs of malignancy.").evaluate();
        assertThat(e.recognisedFeatures()).noneSatisfy(f -> assertThat(f.feature()).isEqualTo("described-malignant"));
        assertThat(e.recognisedFeatures()).anySatisfy(f -> assertThat(f.feature()).isEqualTo("bland-cytology"));
    }

    @Test
    void uncertainMalignantPotentialIsNotReadAsMalignant() {
        Evaluation e = panel().pos("SMA").pos("desmin").description("Smooth muscle tumour of uncertain malignant potential.").evaluate();
        assertThat(e.recognisedFeatures()).noneSatisfy(f -> assertThat(f.feature()).isEqualTo("described-malignant"));
    }
}
