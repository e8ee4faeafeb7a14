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
            "skin of scalp|skin|skin",
            // a layer named wins over the limb it lies on
            "skin of thumb|skin|skin", "skin of thigh|skin|skin", "subcutaneous tissue of the thigh|subcutis|skin",
            "external auditory canal|head-and-neck|head-and-neck", "thumb|soft-tissue|trunk-extremity",
            "sciatic nerve|soft-tissue|trunk-extremity", "vagus nerve|neck|head-and-neck",
            "upper premolar region|oral-cavity|head-and-neck", "left lower alveolus|oral-cavity|head-and-neck",
            // "neck" and "head" of a bone are not the head-and-neck region; the tip of the nose is skin
            "femoral head neck junction|bone|other", "neck of the femur|bone|other", "nasal tip|skin|skin",
            "left levator scapulae muscle|neck|head-and-neck", "deep, cervical (paralaryngeal) soft tissue|neck|head-and-neck",
            // places as case reports write them: the kidney by its adjective (its own site, ICD-O-3 C64, apart from the
            // genital organs), the eye, the vulva, the floor of the mouth
            "left renal mass|kidney|abdomen-pelvis", "riñón izquierdo|kidney|abdomen-pelvis",
            "testis|genitourinary|abdomen-pelvis", "right renal vein|retroperitoneum|abdomen-pelvis",
            "central cornea of his right eye|orbit|head-and-neck", "region of bartholin gland|genitourinary|abdomen-pelvis",
            "right sublingual region|oral-cavity|head-and-neck", "sublingual gland|salivary-gland|head-and-neck",
            "left occipital|head-and-neck|head-and-neck", "occipital bone|bone|head-and-neck",
            "cerebellopontine angle|cns|other", "lower inner quadrant|breast|thorax", "right upper lobe|lung|thorax",
            // the spinal canal and what lies in it are the central nervous system, not the bony spine
            "spinal canal|cns|other", "thoracic spinal canal|cns|other", "intradural extramedullary|cns|other",
            "cauda equina|cns|other", "spinal nerve root|cns|other", "spine|bone|other",
            // Spanish and Portuguese site names (CIE-O-3, CID-O-3), a layer named winning as in English
            "estómago|gastrointestinal|abdomen-pelvis", "mama derecha|breast|thorax", "pulmão|lung|thorax",
            "piel, cara anterior del muslo izquierdo|skin|skin", "pele (lesão cutânea violácea)|skin|skin",
            "tejido subcutáneo del muslo|subcutis|skin", "partes blandas del cuello|soft-tissue|head-and-neck",
            "gallbladder|viscera|other",
            // "cara" (aspect of), "recto" (rectus muscle), "cuello" of an organ, "labio mayor" are not face, rectum, neck, lip
            "cara anterior del muslo|soft-tissue|trunk-extremity", "músculo recto abdominal|soft-tissue|trunk-extremity",
            "bainha do músculo reto abdominal|soft-tissue|trunk-extremity", "cuello del útero|uterus|abdomen-pelvis",
            "cuello de la vejiga|bladder|abdomen-pelvis", "cuello del fémur|bone|other", "labio mayor|genitourinary|abdomen-pelvis",
            "recto|gastrointestinal|abdomen-pelvis", "surgical neck of humerus|bone|other",
            "face anterior da coxa|soft-tissue|trunk-extremity", "face anterior do pescoço|soft-tissue|head-and-neck"})
    void aSiteResolvesToItsRegion(String reported, String site, String region) {
        // (a place the table files under skin is not a layer: "soft tissue of forehead" is soft tissue, not skin; see
        // aPlaceFiledUnderSkinIsNotALayer)
        assertThat(TestEngine.service().knowledgeBase().resolveSite(reported)).as(reported)
                .hasValueSatisfying(s -> assertThat(s.site() + "|" + s.region()).isEqualTo(site + "|" + region));
    }

    @org.junit.jupiter.api.Test
    void aPlaceFiledUnderSkinIsNotALayer() {
        assertThat(TestEngine.service().knowledgeBase().resolveSite("soft tissue of forehead"))
                .hasValueSatisfying(s -> assertThat(s.site()).isEqualTo("soft-tissue"));
    }

    @ParameterizedTest(name = "{0} with subsite {1} is {2} in {3}")
    @CsvSource(delimiter = '|', value = {
            // a limb or tissue named as the site is placed by its subsite: a layer, or the head and neck
            "thigh|subcutaneous fat layer|subcutis|skin", "soft-tissue|left pre-auricular region|soft-tissue|head-and-neck",
            "soft tissue|right lateral neck|soft-tissue|head-and-neck",
            // otherwise the site as named stands
            "larynx|supraglottis|larynx|head-and-neck", "skin of calf|dermis with extension into subcutis|skin|skin",
            "hip|soft tissue mass at the femoral head neck junction|soft-tissue|trunk-extremity",
            // a layer named further on is not where the tumour lies
            "thigh|intramuscular; overlying skin intact|soft-tissue|trunk-extremity",
            "thigh|deep to subcutaneous fat|soft-tissue|trunk-extremity", "buttock|deep, beneath subcutaneous tissue|soft-tissue|trunk-extremity",
            "shoulder|surgical neck of humerus|soft-tissue|trunk-extremity", "thigh|dermis and subcutis|subcutis|skin",
            "lymph node|left supraclavicular lymph node|lymph-node|other",
            // an unrecognised site falls to its subsite
            "genital mass|vagina|genitourinary|abdomen-pelvis"})
    void aSubsitePlacesALimbOrTissueNamedAsTheSite(String site, String subsite, String resolved, String region) {
        assertThat(TestEngine.service().knowledgeBase().resolveSite(site, subsite)).as(site + " / " + subsite)
                .hasValueSatisfying(s -> assertThat(s.site() + "|" + s.region()).isEqualTo(resolved + "|" + region));
    }

    @org.junit.jupiter.api.Test
    void softTissueRowsSpeakForTheTrunkAndLimbsOnly() {
        KnowledgeBase kb = TestEngine.service().knowledgeBase();
        assertThat(kb.siteRowsApply("soft-tissue", "trunk-extremity")).isTrue();
        assertThat(kb.siteRowsApply("soft-tissue", "head-and-neck")).isFalse();
        // pelvic soft tissue keeps them: its region has no rows of its own
        assertThat(kb.siteRowsApply("soft-tissue", "abdomen-pelvis")).isTrue();
        // a site that is not a tissue keeps its rows wherever it lies
        assertThat(kb.siteRowsApply("skin", "head-and-neck")).isTrue();
        assertThat(kb.siteRowsApply("bone", "head-and-neck")).isTrue();
    }
}
