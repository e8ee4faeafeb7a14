package org.immunodiff.knowledge;

import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A stain name one slip of the pen from a listed spelling, and only such a name, is read as that stain. */
class MarkerSlipsTest {
    private static MarkerDictionary dictionary() { return TestEngine.service().knowledgeBase().markerDictionary(); }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "Demin|desmin",                          // a letter dropped
            "desmni|desmin",                         // two neighbouring letters swapped
            "vimetin|vimentin", "synaptophysn|synaptophysin", "calretinn|calretinin",
            "ddesmin|desmin",                        // a letter doubled
            "alpha-smooth musle actin|SMA"})         // inside a name of several words
    void aSlipIsReadAsTheStainItIsOneLetterFrom(String reported, String marker) {
        assertThat(dictionary().resolve(reported)).as("not listed as written").isEmpty();
        assertThat(dictionary().slipOf(reported)).hasValueSatisfying(s -> assertThat(s.marker()).isEqualTo(marker));
    }

    @ParameterizedTest(name = "{0} is not a slip")
    @ValueSource(strings = {
            "CD38", "CD138", "p21",          // digits never change, and short names are never read so
            "Myogenim", "Malan B",           // a letter replaced by another is not a slip
            "creatine kinase",               // nor a last letter left out ("creatine kinase M" is the muscle isoform)
            "Xdesmin",                       // nor a first letter
            "calcitonin", "fibronectin", "myosin", "Langerin"})  // other proteins, nothing one letter away
    void namesThatAreNotOneSlipFromAStainStayUnknown(String reported) {
        assertThat(dictionary().slipOf(reported)).isEmpty();
    }

    @Test
    void aWordTheKnowledgeTablesUseIsAWordNotASlip() {
        // "connection" is one letter from "connectin" (titin), but it is a word of the tables' own text
        assertThat(dictionary().slipOf("connection")).isEmpty();
        assertThat(dictionary().slipOf("conectin")).hasValueSatisfying(s -> assertThat(s.marker()).isEqualTo("titin"));
    }
}
