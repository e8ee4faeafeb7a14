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
            "6 mitoses per ten high-powered fields|6"})
    void aCountPerTenHighPowerFieldsIsRead(String text, int count) {
        assertThat(MitoticCount.in(text)).contains(count);
    }

    @ParameterizedTest(name = "\"{0}\" gives no count")
    @ValueSource(strings = {"3 mitoses per 50 HPF", "2 mitoses per 2 mm2", "frequent mitoses", "10 HPF were examined",
            "ten fields were examined", "The mitotic index was 17"})
    void aCountOverAnotherAreaOrNoneIsNotRead(String text) {
        assertThat(MitoticCount.in(text)).isEmpty();
    }
}
