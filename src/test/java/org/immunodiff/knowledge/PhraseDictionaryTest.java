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
    void aNegationOfSeveralWordsOrCharactersIsReadAsOne() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.add("坏死", "tumour-necrosis");
        d.add("核分裂", "mitoses");
        d.add("壊死", "tumour-necrosis");
        d.add("Nekrose", "tumour-necrosis");
        d.addNegation("未见", false);
        d.addNegation("は認めない", true);
        d.addNegation("nicht nachweisbar", true);
        assertThat(d.findIn("未见明显坏死")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        // the list goes on through 及 ("and") as through "and"
        assertThat(d.findIn("未见核分裂及坏死")).hasSize(2).allSatisfy(m -> assertThat(m.negated()).isTrue());
        assertThat(d.findIn("壊死は認めない")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        assertThat(d.findIn("Nekrose nicht nachweisbar")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        // a character of a negation elsewhere is not one ("未分化" is undifferentiated)
        assertThat(d.findIn("未分化，坏死")).singleElement().satisfies(m -> assertThat(m.negated()).isFalse());
        assertThat(d.findIn("可见坏死")).singleElement().satisfies(m -> assertThat(m.negated()).isFalse());
    }

    @Test
    void aNegationNeedsAWord() {
        assertThatThrownBy(() -> necrosisAndMitoses().addNegation(" - ", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhraseWrittenInSimplifiedChineseReadsTheSameWordsInTraditionalCharacters() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.add("淋巴细胞、浆细胞", "lymphoplasmacytic-infiltrate");
        d.addNegation("无", false);
        assertThat(d.findIn("間質淋巴細胞、漿細胞彌漫散性浸潤")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("lymphoplasmacytic-infiltrate"));
        assertThat(d.findIn("無淋巴細胞、漿細胞")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        // folding keeps the length of the text, so spans still point at the words as written
        assertThat(Names.spellOut("細胞質")).isEqualTo("细胞质").hasSameSizeAs("細胞質");
        // Japanese kana are left alone
        assertThat(Names.spellOut("見られない")).isEqualTo("见られない");
        // a Kangxi radical pasted from a PDF is first made the character it stands for, then folded
        assertThat(Names.spellOut("⾒られない")).isEqualTo("见られない");
    }

    @Test
    void japaneseVoicingMarksAreKeptWhileLatinAccentsAreStripped() {
        // "ど" is not "と", nor "がん" (cancer) "かん"; the mark stays composed on its kana, so spans keep their length
        assertThat(Names.spellOut("ほとんど見られない")).isEqualTo("ほとんど见られない");
        assertThat(Names.spellOut("がん")).isNotEqualTo(Names.spellOut("かん"));
        assertThat(Names.spellOut("パラガングリオーマ")).isEqualTo("パラガングリオーマ");
        assertThat(Names.spellOut("infiltrado inflamatório crônico")).isEqualTo("infiltrado inflamatorio cronico");
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.add("シート状", "sheets");
        d.add("ばらばら", "discohesive");
        assertThat(d.findIn("腫瘍細胞はシート状に増殖")).singleElement().satisfies(m -> assertThat(m.from()).isEqualTo("シート状"));
        assertThat(d.findIn("はらはら")).isEmpty();
    }

    @Test
    void aWordWrittenAnotherWayIsReadAsTheTablesWriteIt() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.addVariant("核分裂像", "核分裂");
        d.addVariant("核分裂象", "核分裂");
        d.add("核分裂易见", "brisk-mitotic-activity");
        d.add("核分裂象多见", "brisk-mitotic-activity");
        // the figure-word written or left out, in the text or in the row
        assertThat(d.findIn("核分裂象易见")).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("brisk-mitotic-activity");
            assertThat(m.from()).isEqualTo("核分裂象易见");
        });
        assertThat(d.findIn("瘤细胞排列呈束状，核分裂像多见")).singleElement()
                .satisfies(m -> assertThat(m.from()).isEqualTo("核分裂像多见"));
        assertThat(d.addVariant("核分裂像", "核分裂")).isFalse();
        assertThatThrownBy(() -> d.addVariant("核分裂", "核分裂")).isInstanceOf(IllegalArgumentException.class);
    }
}
