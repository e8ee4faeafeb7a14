package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Grade;
import org.immunodiff.testing.PanelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.immunodiff.testing.PanelBuilder.panel;

/** rules/grading/fnclcc.drl, at every FNCLCC boundary. */
class FnclccGradingRulesTest {
    /**
     * A panel that ranks conventional leiomyosarcoma first in deep soft tissue, whatever its mitotic count or Ki-67 index:
     * infiltrative growth with atypia (a Ki-67 under 10 % alone would otherwise favour leiomyoma, as it should).
     */
    private static PanelBuilder leiomyosarcoma() {
        return panel().age(60).site("retroperitoneum").pattern("spindle").features("fascicles", "cigar-shaped nuclei", "nuclear atypia", "infiltrative growth")
                .pos("SMA", "diffuse").pos("desmin").pos("h-caldesmon").neg("S100").neg("AE1/AE3").neg("CD117").neg("MDM2");
    }

    @ParameterizedTest(name = "{0} mitoses per 10 HPF score {1}")
    @CsvSource({"0,1", "9,1", "10,2", "19,2", "20,3", "45,3"})
    void mitoticCountBoundaries(int mitoses, int score) {
        Grade g = leiomyosarcoma().mitoses(mitoses).necrosis("none").evaluate().grade();
        assertThat(g.mitoses()).isEqualTo(score);
        assertThat(g.surrogate()).isFalse();
    }

    @ParameterizedTest(name = "Ki-67 {0} % stands in as score {1}")
    @CsvSource({"0,1", "9,1", "9.9,1", "10,2", "29,2", "29.9,2", "30,3", "80,3"})
    void ki67SurrogateBoundaries(double ki67, int score) {
        Grade g = leiomyosarcoma().ki67(ki67).necrosis("none").evaluate().grade();
        assertThat(g.mitoses()).isEqualTo(score);
        assertThat(g.surrogate()).isTrue();
    }

    @Test
    void aMitoticCountTakesPrecedenceOverKi67() {
        Grade g = leiomyosarcoma().mitoses(3).ki67(60).necrosis("none").evaluate().grade();
        assertThat(g.mitoses()).isEqualTo(1);
        assertThat(g.surrogate()).isFalse();
    }

    @ParameterizedTest(name = "necrosis {0} scores {1}")
    @CsvSource({"none,0", "lt50,1", "ge50,2"})
    void necrosisScores(String necrosis, int score) {
        assertThat(leiomyosarcoma().mitoses(5).necrosis(necrosis).evaluate().grade().necrosis()).isEqualTo(score);
    }

    @ParameterizedTest(name = "differentiation {0} + mitoses {1} + necrosis {2} = grade {3}")
    @CsvSource({"1,0,none,1", "1,10,none,1", "2,10,none,2", "1,25,lt50,2", "2,25,none,2", "2,25,lt50,3", "3,25,ge50,3", "3,5,none,2"})
    void totalsMapToGrades(int differentiation, int mitoses, String necrosis, int grade) {
        Grade g = leiomyosarcoma().differentiation(differentiation).mitoses(mitoses).necrosis(necrosis).evaluate().grade();
        assertThat(g.total()).isEqualTo(g.differentiation() + g.mitoses() + g.necrosis());
        assertThat(g.grade()).isEqualTo(grade);
    }

    @Test
    void gradeTableBoundaries() {
        assertThat(Grade.fnclccGradeOf(2)).isEqualTo(1);
        assertThat(Grade.fnclccGradeOf(3)).isEqualTo(1);
        assertThat(Grade.fnclccGradeOf(4)).isEqualTo(2);
        assertThat(Grade.fnclccGradeOf(5)).isEqualTo(2);
        assertThat(Grade.fnclccGradeOf(6)).isEqualTo(3);
        assertThat(Grade.fnclccGradeOf(8)).isEqualTo(3);
        assertThatThrownBy(() -> Grade.fnclccGradeOf(9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conventionalLeiomyosarcomaDefaultsToDifferentiation2AndSaysSo() {
        Evaluation e = leiomyosarcoma().mitoses(12).necrosis("none").evaluate();
        assertThat(e.diagnoses().get(0).id()).isEqualTo("leiomyosarcoma");
        assertThat(e.grade().differentiation()).isEqualTo(2);
        assertThat(e.grade().notes()).anyMatch(n -> n.contains("FNCLCC default"));
    }

    @Test
    void pleomorphicLeiomyosarcomaTakesDifferentiation3() {
        Evaluation e = leiomyosarcoma().features("fascicles", "nuclear atypia", "marked pleomorphism").mitoses(12).necrosis("none").evaluate();
        assertThat(e.grade().differentiation()).isEqualTo(3);
    }

    @Test
    void unreportedNecrosisIsScoredZeroAndTheGradeIsAMinimum() {
        Grade g = leiomyosarcoma().mitoses(12).evaluate().grade();
        assertThat(g.necrosis()).isZero();
        assertThat(g.notes()).anyMatch(n -> n.contains("minimum"));
    }

    @Test
    void nothingToGradeWithoutMitosesOrKi67() {
        assertThat(leiomyosarcoma().necrosis("none").evaluate().grade()).isNull();
    }

    @Test
    void noGradeForCarcinomaMelanomaOrBenignLesions() {
        assertThat(panel().age(70).site("larynx").pos("p40").pos("AE1/AE3").pos("CK5/6").mitoses(30).necrosis("lt50").evaluate().grade()).isNull();
        assertThat(panel().pos("S100", "diffuse").pos("SOX10").pos("HMB45").pos("Melan-A").mitoses(30).necrosis("lt50").evaluate().grade()).isNull();
        assertThat(panel().pos("S100", "diffuse").pos("SOX10").neg("HMB45").neg("Melan-A").neg("PRAME").features("Verocay bodies").mitoses(1).necrosis("none").evaluate().grade()).isNull();
    }
}
