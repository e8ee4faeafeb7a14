package org.immunodiff.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MitoticCountTest {
    @ParameterizedTest(name = "\"{0}\" is {1} per 10 HPF")
    @CsvSource(delimiter = '|', value = {
            "Mitoses numbered 15 per 10 high-power fields.|15",
            "up to 4 mitotic figures per 10 HPFs|4",
            "a mitotic count of 12/10 HPF|12",
            "5-8 mitoses/10 HPF, and elsewhere 2 per 10 HPF|8",
            "mitotic rate 3 per 10 high power fields|3",
            "17 mitotic figures were seen in 10 high-power-fields|17",
            "generally exceeding 10 mitotic figures per 10 high-power-fields|10",
            "6 mitoses per ten high-powered fields|6",
            // Spanish, Portuguese, Italian and Chinese reports
            "< 4 mitosis/10 campos de gran aumento|4", "8 a 14 figuras de mitose por 10 campos de grande aumento|14",
            "hasta 12 mitosis por 10 CGA|12", "5 mitosi/10 HPF|5", "核分裂3~5个/10HPF|5", "核分裂象约2个/10 HPF|2",
            "核分裂象3个/10个高倍视野|3", "3／10HPF|3", "3 mitosis por cada 10 CGA|3", "4 mitosis en 10 campos de alto poder|4",
            "12 em 10 CGAs|12"})
    void aCountPerTenHighPowerFieldsIsRead(String text, int count) {
        assertThat(MitoticCount.in(text)).contains(count);
    }

    @ParameterizedTest(name = "\"{0}\" gives no count")
    @ValueSource(strings = {"3 mitoses per 50 HPF", "2 mitoses per 2 mm2", "frequent mitoses", "10 HPF were examined",
            "ten fields were examined", "The mitotic index was 17",
            "3 mitosis por 50 campos de gran aumento", "se examinaron 10 campos de gran aumento", "in 10 hpfa"})
    void aCountOverAnotherAreaOrNoneIsNotRead(String text) {
        assertThat(MitoticCount.in(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(10)
    void aLongRunOfSpacesOrNewlinesIsReadInTimeProportionalToIt() {
        // a failed match must not re-split a whitespace run between the optional parts (cubic: 144 s for 2,000 spaces)
        assertThat(MitoticCount.in("1" + " ".repeat(2_000) + "10")).isEmpty();
        assertThat(MitoticCount.in("Tumour 10 cm. Mitoses: 5" + "\n".repeat(5_000) + "Well circumscribed.")).isEmpty();
        assertThat(MitoticCount.in(("1" + " ".repeat(60)).repeat(1_500) + "7 mitoses per 10 HPF")).contains(7);
    }
}
