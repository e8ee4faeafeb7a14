package org.immunodiff.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Slips of the pen in long words are read as the word meant; other real words are left as written. */
class MisspellingReaderTest {
    private static final java.util.function.Supplier<Set<String>> NOTHING_KNOWN = Set::of;
    private static final List<String> VOCABULARY = List.of("palisading", "epithelioid", "hyperchromatic", "cellular",
            "junctional", "perineural", "hyalinized", "architecture", "hypercellularity");

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "pallisading, palisading",           // a letter doubled
            "epitheliod, epithelioid",           // a letter dropped
            "hyperchormatic, hyperchromatic",    // two neighbours swapped
            "hyalinised, hyalinized",            // s for z
            "architcture, architecture",
            "hypercellulariy, hypercellularity"})
    void aSlipInsideALongWordIsReadAsTheWordMeant(String written, String meant) {
        assertThat(new MisspellingReader(VOCABULARY, NOTHING_KNOWN).correction(written)).isEqualTo(meant);
    }

    @ParameterizedTest(name = "{0} is not read as a vocabulary word")
    @CsvSource({
            "acellular",    // a first letter added makes another word
            "functional",   // a letter substituted
            "terminals",    // too far
            "palisade",     // too far, and short
            "cellulars"})   // a last letter added
    void aRealWordThatDiffersInItsFirstLettersOrByASubstitutionIsLeftAsWritten(String written) {
        assertThat(new MisspellingReader(VOCABULARY, NOTHING_KNOWN).correction(written)).isNull();
    }

    @Test
    void aRunOfLettersLongerThanAnyWordIsNotLookedAt() {
        // looking at a word costs its length squared: a pasted run of letters must not stall an evaluation
        String run = "palisading".repeat(5_000);
        assertThat(new MisspellingReader(VOCABULARY, NOTHING_KNOWN).correction(run)).isNull();
        assertThat(new MisspellingReader(VOCABULARY, NOTHING_KNOWN).correction("pallisading")).isEqualTo("palisading");
    }

    @Test
    void aWordTheKnowledgeBaseUsesIsNeverASlip() {
        Set<String> known = new HashSet<>();
        MisspellingReader.collectWords("Perineurial MPNST (Hirose et al., Am J Surg Pathol 1998)", known);
        assertThat(known).contains("perineurial");
        assertThat(new MisspellingReader(VOCABULARY, NOTHING_KNOWN).correction("perineurial")).isEqualTo("perineural");
        assertThat(new MisspellingReader(VOCABULARY, () -> known).correction("perineurial")).isNull();
    }

    @Test
    void aWordOfTheVocabularyIsNeverReadAsAnotherOne() {
        // "nucleaire" (French) is one slip from "nucleare" (Italian): both are words of the phrases
        assertThat(new MisspellingReader(List.of("nucleaire", "nucleare"), NOTHING_KNOWN).correction("nucleaire")).isNull();
        Set<String> known = new HashSet<>();
        MisspellingReader.collectWords("forte activité mitotique; pléomorphisme nucléaire", known);
        assertThat(known).contains("activite", "mitotique", "pleomorphisme", "nucleaire");
    }

    @Test
    void aSlipFromTwoSpellingsOfOneWordIsReadAsTheSpellingMorePhrasesUse() {
        List<String> vocabulary = List.of("epithelioid", "epithelioid", "epitheloid");
        assertThat(new MisspellingReader(vocabulary, NOTHING_KNOWN).correction("epitheliod")).isEqualTo("epithelioid");
    }

    @Test
    void aSlipThatCouldMeanTwoWordsIsNotRead() {
        assertThat(new MisspellingReader(List.of("fibrosing", "fibrosins"), NOTHING_KNOWN).correction("fibrossing")).isEqualTo("fibrosing");
        // one letter doubled from the first, one dropped from the second
        assertThat(new MisspellingReader(List.of("storiform", "storifororm"), NOTHING_KNOWN).correction("storiforrm")).isNull();
    }
}
