package org.immunodiff.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Negation words of other languages, given as data, deny phrases as the English ones do. */
class PhraseDictionaryTest {
    private static PhraseDictionary<String> necrosisAndMitoses() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.add("nekroz", "tumour-necrosis");
        d.add("mitoz", "mitoses");
        d.add("Nekrose", "tumour-necrosis");
        return d;
    }

    @Test
    void aNegationAfterTheNounDeniesEveryFindingOfTheListBeforeIt() {
        PhraseDictionary<String> d = necrosisAndMitoses();
        assertThat(d.findIn("Atipi, mitoz ve nekroz izlenmedi")).allSatisfy(m -> assertThat(m.negated()).isFalse());
        assertThat(d.addNegation("izlenmedi", true)).isTrue();
        assertThat(d.findIn("Atipi, mitoz ve nekroz izlenmedi")).hasSize(2).allSatisfy(m -> assertThat(m.negated()).isTrue());
        // "were seen" is not a denial
        assertThat(d.findIn("Bu hücrelerde mitoz, pleomorfizm ve nekroz izlendi")).hasSize(2)
                .allSatisfy(m -> assertThat(m.negated()).isFalse());
    }

    @Test
    void aNegationBeforeTheNounDeniesIt() {
        PhraseDictionary<String> d = necrosisAndMitoses();
        d.addNegation("keine", false);
        assertThat(d.findIn("Es finden sich keine Nekrose")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        assertThat(d.findIn("Ausgedehnte Nekrose")).singleElement().satisfies(m -> assertThat(m.negated()).isFalse());
    }

    @Test
    void aLatinLetterWithoutAnAccentToStripIsFoldedSoTheWordStaysWhole() {
        PhraseDictionary<String> d = necrosisAndMitoses();
        d.addNegation("saptanmadı", true);
        assertThat(Names.words("saptanmadı")).containsExactly("saptanmadi");
        assertThat(d.findIn("nekroz saptanmadı")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        assertThat(Names.words("mięśni gładkich Größe")).containsExactly("miesni", "gladkich", "grosse");
    }

    @Test
    void aNegationIsOneWord() {
        assertThatThrownBy(() -> necrosisAndMitoses().addNegation("nicht nachweisbar", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
