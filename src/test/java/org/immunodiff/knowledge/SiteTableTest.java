package org.immunodiff.knowledge;

import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites as reports name them resolve to a site and the region whose prior rows apply. */
class SiteTableTest {
    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "maxilla|bone|head-and-neck", "mandible|bone|head-and-neck", "skull|bone|head-and-neck", "femur|bone|other",
            "cervical lymph node|lymph-node|head-and-neck", "inguinal lymph node|lymph-node|other",
            "maxillary sinus|sinonasal|head-and-neck", "larynx|larynx|head-and-neck",
            "soft tissue of the neck|soft-tissue|head-and-neck", "soft tissue of thigh|soft-tissue|trunk-extremity",
            "masseter muscle|head-and-neck|head-and-neck", "skeletal muscle of the cheek|soft-tissue|head-and-neck",
            "skin of scalp|skin|skin"})
    void aSiteResolvesToItsRegion(String reported, String site, String region) {
        assertThat(TestEngine.service().knowledgeBase().resolveSite(reported)).as(reported)
                .hasValueSatisfying(s -> assertThat(s.site() + "|" + s.region()).isEqualTo(site + "|" + region));
    }
}
