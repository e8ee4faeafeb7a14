package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.RankedDiagnosis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.assertFired;
import static org.immunodiff.testing.PanelBuilder.find;
import static org.immunodiff.testing.PanelBuilder.panel;
import static org.immunodiff.testing.PanelBuilder.probability;

/** rules/ranking/likelihood.drl: the literature baseline. */
class LikelihoodRulesTest {
    @Test
    void eachStainIsWeighedAgainstEveryDiagnosisWithItsSource() {
        Evaluation e = panel().pos("SMA", "diffuse").neg("S100").evaluate();
        assertFired(e, "Each stain result weighs every diagnosis by its literature frequency");
        RankedDiagnosis lms = find(e, "leiomyosarcoma").orElseThrow();
        Evidence sma = lms.supporting().stream().filter(ev -> ev.item().equals("SMA")).findFirst().orElseThrow();
        assertThat(sma.weight()).isPositive();
        assertThat(sma.source()).isNotBlank();
        assertThat(sma.note()).contains("SMA in").contains("Leiomyosarcoma");
    }

    @Test
    void aStainIsWeighedByTheRowForTheTumoursPatternWhereTheTableHasOne() {
        // HMB45 is positive in most epithelioid (conventional) melanomas but in a minority of spindle-cell and
        // desmoplastic ones, so a negative argues against melanoma more in an epithelioid tumour
        Evaluation epithelioid = panel().pos("S100").pos("SOX10").neg("HMB45").pattern("epithelioid").evaluate();
        Evaluation spindle = panel().pos("S100").pos("SOX10").neg("HMB45").pattern("spindle").evaluate();
        Evidence inEpithelioid = hmb45AgainstMelanoma(epithelioid);
        Evidence inSpindle = hmb45AgainstMelanoma(spindle);
        assertThat(inEpithelioid.note()).contains("(row for pattern-epithelioid)");
        assertThat(inSpindle.note()).contains("(row for pattern-spindle)");
        assertThat(inEpithelioid.weight()).isLessThan(inSpindle.weight());
    }

    @Test
    void aTumourShowingTwoPatternsIsWeighedByTheMeanOfTheirRows() {
        Evaluation both = panel().pos("S100").pos("SOX10").neg("HMB45").features("epithelioid cells", "spindle cells").evaluate();
        Evaluation epithelioid = panel().pos("S100").pos("SOX10").neg("HMB45").features("epithelioid cells").evaluate();
        Evaluation spindle = panel().pos("S100").pos("SOX10").neg("HMB45").features("spindle cells").evaluate();
        assertThat(hmb45AgainstMelanoma(both).note()).contains("(row for pattern-epithelioid and pattern-spindle)");
        assertThat(hmb45AgainstMelanoma(both).weight())
                .isBetween(hmb45AgainstMelanoma(epithelioid).weight(), hmb45AgainstMelanoma(spindle).weight());
    }

    private static Evidence hmb45AgainstMelanoma(Evaluation e) {
        return find(e, "melanoma").orElseThrow().conflicting().stream()
                .filter(ev -> ev.item().equals("HMB45")).findFirst().orElseThrow();
    }

    @Test
    void aBrafMutationWeighsForMelanomaAgainstTheNerveSheathTumoursItMimics() {
        Evaluation tested = panel().site("skin").pattern("spindle").pos("S100").pos("SOX10").molecular("BRAF V600E mutation", true).evaluate();
        Evaluation untested = panel().site("skin").pattern("spindle").pos("S100").pos("SOX10").evaluate();
        assertThat(find(tested, "melanoma").orElseThrow().supporting()).extracting(Evidence::item).contains("BRAF mutation");
        assertThat(probability(tested, "melanoma")).isGreaterThan(probability(untested, "melanoma"));
        assertThat(probability(tested, "malignant-peripheral-nerve-sheath-tumour"))
                .isLessThan(probability(untested, "malignant-peripheral-nerve-sheath-tumour"));
    }

    @Test
    void nuclearMycWeighsForAngiosarcomaMostAfterRadiation() {
        // MYC is the surrogate of MYC amplification, found in most radiation-associated angiosarcomas (37/46) and in
        // a minority of primary ones: the row for prior radiation applies when the case states it
        Evaluation irradiated = panel().site("breast").clinical("prior radiotherapy").pos("CD31").pos("ERG").pos("MYC").evaluate();
        Evaluation primary = panel().site("breast").pos("CD31").pos("ERG").pos("MYC").evaluate();
        Evidence afterRadiation = mycFor(irradiated);
        assertThat(afterRadiation.note()).contains("(row for prior-radiation)");
        assertThat(afterRadiation.weight()).isGreaterThan(mycFor(primary).weight());
    }

    private static Evidence mycFor(Evaluation e) {
        return find(e, "angiosarcoma").orElseThrow().supporting().stream().filter(ev -> ev.item().equals("MYC")).findFirst().orElseThrow();
    }

    @Test
    void aSitePriorWrittenForTheVisceraOrTheBrainDoesNotReachBoneOrLymphNodes() {
        // EBV-associated smooth muscle tumours favour the liver, adrenal and CNS; bone and lymph nodes share their
        // region ("other") but not that prior
        Evaluation liver = panel().site("liver").pos("SMA", "diffuse").pos("desmin").pos("EBER").evaluate();
        Evaluation femur = panel().site("femur").pos("SMA", "diffuse").pos("desmin").pos("EBER").evaluate();
        assertThat(sitePriors(liver, "ebv-associated-smooth-muscle-tumour")).containsExactly("prior: site viscera");
        assertThat(sitePriors(femur, "ebv-associated-smooth-muscle-tumour")).isEmpty();
        assertThat(sitePriors(panel().site("meninges").pos("STAT6").pos("CD34").evaluate(), "solitary-fibrous-tumour"))
                .containsExactly("prior: site cns");
    }

    @Test
    void softTissueOfTheNeckIsWeighedByTheHeadAndNeckRowsNotTheLimbRows() {
        // the soft-tissue rows are drawn from limb and trunk series (alveolar RMS of the extremities); in the neck the
        // head-and-neck rows apply, where embryonal RMS is the commoner subtype
        Evaluation neck = panel().site("soft tissue of the neck").pos("desmin").pos("myogenin").evaluate();
        Evaluation thigh = panel().site("soft tissue of thigh").pos("desmin").pos("myogenin").evaluate();
        assertThat(sitePriors(neck, "embryonal-rhabdomyosarcoma")).containsExactly("prior: site head-and-neck");
        assertThat(sitePriors(thigh, "embryonal-rhabdomyosarcoma")).containsExactly("prior: site soft-tissue");
        assertThat(find(neck, "embryonal-rhabdomyosarcoma").orElseThrow().probability())
                .isGreaterThan(find(thigh, "embryonal-rhabdomyosarcoma").orElseThrow().probability());
    }

    @Test
    void aSiteWithNoRowOfItsOwnTakesTheRowForElsewhereButARowOfTheSiteOrRegionWins() {
        // GIST arises in the gut, mesentery and retroperitoneum; a kidney has no GIST row, nor has its region
        Evaluation kidney = panel().site("kidney").pos("CD34").pos("BCL2").evaluate();
        Evaluation stomach = panel().site("stomach").pos("CD34").pos("BCL2").evaluate();
        Evaluation lung = panel().site("lung").pos("CD34").pos("BCL2").evaluate();
        Evaluation liver = panel().site("liver").pos("CD34").pos("BCL2").evaluate();
        Evaluation none = panel().pos("CD34").pos("BCL2").evaluate();
        Evaluation unknown = panel().site("unknown").pos("CD34").pos("BCL2").evaluate();
        assertThat(sitePriors(kidney, "gastrointestinal-stromal-tumour")).containsExactly("prior: site elsewhere");
        assertThat(sitePriors(stomach, "gastrointestinal-stromal-tumour")).containsExactly("prior: site gastrointestinal");
        assertThat(sitePriors(lung, "gastrointestinal-stromal-tumour")).containsExactly("prior: site thorax");
        // the viscera keep GIST's base prior (liver metastases): a row of x1, which weighs nothing and shows no line
        assertThat(sitePriors(liver, "gastrointestinal-stromal-tumour")).doesNotContain("prior: site elsewhere");
        assertThat(sitePriors(none, "gastrointestinal-stromal-tumour")).isEmpty();
        assertThat(sitePriors(unknown, "gastrointestinal-stromal-tumour")).isEmpty();
    }

    @Test
    void theKidneyIsWeighedByItsOwnRowsNotThoseOfTheGenitalOrgans() {
        // the spermatic cord's dedifferentiated liposarcoma and the paratesticular rhabdomyosarcomas do not reach the
        // kidney; Kaposi sarcoma of the urinary system is rare (Pantanowitz & Dezube 2008), of the genital skin not
        Evaluation kidney = panel().site("renal mass").pos("CD34").pos("BCL2").evaluate();
        Evaluation spermaticCord = panel().site("spermatic cord").pos("CD34").pos("BCL2").evaluate();
        assertThat(sitePriors(kidney, "dedifferentiated-liposarcoma")).isEmpty();
        assertThat(sitePriors(spermaticCord, "dedifferentiated-liposarcoma")).containsExactly("prior: site genitourinary");
        assertThat(sitePriors(kidney, "kaposi-sarcoma")).containsExactly("prior: site kidney");
        assertThat(sitePriors(spermaticCord, "kaposi-sarcoma")).isEmpty();
        assertThat(find(kidney, "kaposi-sarcoma").orElseThrow().probability())
                .isLessThan(find(spermaticCord, "kaposi-sarcoma").orElseThrow().probability());
    }

    @Test
    void kaposiSarcomaOfTheEyeTheMediastinumOrTheThyroidIsWeighedAsTheUnusualSiteItIs() {
        for (String site : new String[] {"conjunctiva", "heart", "thyroid"}) {
            Evaluation e = panel().site(site).pos("CD34").pos("CD31").evaluate();
            assertThat(find(e, "kaposi-sarcoma").orElseThrow().conflicting()).as(site)
                    .anyMatch(ev -> ev.item().startsWith("prior: site ") && ev.weight() < 0);
        }
    }

    @Test
    void nodularFasciitisInsideABoneIsWeighedAsTheRarityItIs() {
        // a lesion of subcutis, fascia and muscle (Lu et al. 2015, 272 cases, none in bone)
        Evaluation tibia = panel().site("tibia").pos("SMA").evaluate();
        Evaluation forearm = panel().site("subcutaneous tissue of the forearm").pos("SMA").evaluate();
        assertThat(sitePriors(tibia, "nodular-fasciitis")).containsExactly("prior: site bone");
        assertThat(find(tibia, "nodular-fasciitis").orElseThrow().probability())
                .isLessThan(find(forearm, "nodular-fasciitis").orElseThrow().probability());
    }

    private static java.util.List<String> sitePriors(Evaluation e, String diagnosis) {
        RankedDiagnosis d = find(e, diagnosis).orElseThrow();
        return java.util.stream.Stream.concat(d.supporting().stream(), d.conflicting().stream())
                .map(Evidence::item).filter(i -> i.startsWith("prior: site")).toList();
    }

    @Test
    void aNegativeHallmarkStainArguesAgainstItsDiagnosis() {
        Evaluation e = panel().neg("STAT6").pos("CD34").evaluate();
        find(e, "solitary-fibrous-tumour").ifPresent(sft ->
                assertThat(sft.conflicting()).extracting(Evidence::item).contains("STAT6"));
    }

    @Test
    void aKi67IndexWeighsTheNerveSheathTumoursThroughItsBand() {
        Evaluation high = panel().pos("S100").pos("SOX10").features("spindle cells").ki67(40).evaluate();
        Evaluation low = panel().pos("S100").pos("SOX10").features("spindle cells").ki67(2).evaluate();
        assertThat(high.recognisedFeatures()).anyMatch(f -> f.feature().equals("ki67-30-or-more") && f.from().equals("Ki-67 40 %"));
        assertThat(probability(high, "malignant-peripheral-nerve-sheath-tumour")).isGreaterThan(probability(low, "malignant-peripheral-nerve-sheath-tumour"));
        assertThat(probability(high, "schwannoma")).isLessThan(probability(low, "schwannoma"));
    }

    @Test
    void aLowKi67IndexSupportsLeiomyomaAndArguesAgainstLeiomyosarcomaWithItsSource() {
        // Ki-67 over 10 % in none of 48 usual and cellular leiomyomas, in 83 % of 35 leiomyosarcomas (Chen and Yang 2008)
        Evaluation low = panel().pos("SMA").pos("desmin").pos("h-caldesmon").features("spindle cells").ki67(2).evaluate();
        assertThat(find(low, "leiomyoma").orElseThrow().supporting()).anySatisfy(ev -> {
            assertThat(ev.item()).contains("ki67-under-10");
            assertThat(ev.source()).contains("Int J Gynecol Pathol 2008");
        });
        assertThat(find(low, "leiomyosarcoma").orElseThrow().conflicting()).anySatisfy(ev -> assertThat(ev.item()).contains("ki67-under-10"));
        Evaluation high = panel().pos("SMA").pos("desmin").pos("h-caldesmon").features("spindle cells").ki67(40).evaluate();
        assertThat(find(high, "leiomyosarcoma").orElseThrow().supporting()).anySatisfy(ev -> assertThat(ev.item()).contains("ki67-30-or-more"));
        assertThat(high.diagnoses().get(0).id()).isEqualTo("leiomyosarcoma");
    }

    @Test
    void aProfileRowForASiteHoldsOnlyAtThatSite() {
        // synaptophysin in 5/6 gastric glomus tumours, 0/8 elsewhere (Wang 2017): the gastric row names site:gastrointestinal
        Evaluation stomach = panel().site("stomach").pos("SMA").pos("synaptophysin").neg("desmin").neg("CD117").evaluate();
        Evaluation thigh = panel().site("thigh").pos("SMA").pos("synaptophysin").neg("desmin").neg("CD117").evaluate();
        assertThat(find(stomach, "glomus-tumour").orElseThrow().supporting())
                .anySatisfy(ev -> assertThat(ev.note()).contains("synaptophysin").contains("site:gastrointestinal"));
        var elsewhere = find(thigh, "glomus-tumour").orElseThrow();
        assertThat(java.util.stream.Stream.concat(elsewhere.supporting().stream(), elsewhere.conflicting().stream()))
                .filteredOn(ev -> ev.item().equals("synaptophysin")).singleElement()
                .satisfies(ev -> assertThat(ev.note()).doesNotContain("site:"));
        assertThat(probability(stomach, "glomus-tumour")).isGreaterThan(probability(thigh, "glomus-tumour"));
    }

    @Test
    void aTumourArisingFromANerveFavoursTheNerveSheathTumoursButPerineuralInvasionDoesNot() {
        Evaluation fromNerve = panel().pos("S100").neg("SOX10").description("Spindle cell tumour arising from the vagus nerve.").evaluate();
        Evaluation invading = panel().pos("S100").neg("SOX10").description("Spindle cell tumour with perineural invasion.").evaluate();
        assertThat(fromNerve.recognisedFeatures()).anyMatch(f -> f.feature().equals("nerve-origin"));
        assertThat(invading.recognisedFeatures()).noneMatch(f -> f.feature().equals("nerve-origin"));
        assertThat(probability(fromNerve, "malignant-peripheral-nerve-sheath-tumour"))
                .isGreaterThan(probability(invading, "malignant-peripheral-nerve-sheath-tumour"));
    }

    @Test
    void morphologyFeaturesAreWeighedWithTheWordsTheyCameFrom() {
        Evaluation e = panel().pos("SMA").features("interlacing fascicles", "cigar-shaped nuclei").evaluate();
        assertFired(e, "Each recognised feature weighs every diagnosis by how often it is reported");
        assertThat(e.recognisedFeatures()).anySatisfy(f -> {
            assertThat(f.feature()).isEqualTo("fascicles");
            assertThat(f.from()).isEqualTo("interlacing fascicles");
        });
    }

    @Test
    void aFeatureTheReportSaysIsAbsentArguesAgainstTheDiagnosesItDefines() {
        Evaluation named = panel().pos("S100").pos("SOX10").description("Sheets of polygonal cells with eosinophilic cytoplasm.").evaluate();
        Evaluation denied = panel().pos("S100").pos("SOX10").description("Sheets of polygonal cells; no granular cytoplasm.").evaluate();
        assertFired(denied, "Each feature stated absent, or essential yet not named in a described morphology, weighs every diagnosis");
        assertThat(probability(denied, "granular-cell-tumour")).isLessThan(probability(named, "granular-cell-tumour"));
        assertThat(find(denied, "granular-cell-tumour").orElseThrow().conflicting()).anySatisfy(ev -> {
            assertThat(ev.item()).isEqualTo("feature absent: granular-cytoplasm");
            assertThat(ev.note()).startsWith("stated absent");
        });
    }

    @Test
    void anEssentialFeatureADescribedMorphologyDoesNotNameCountsAgainstItsDiagnosisButSilenceDoesNot() {
        Evaluation withGranules = panel().pos("S100").pos("SOX10").description("Sheets of polygonal cells with granular cytoplasm.").evaluate();
        Evaluation without = panel().pos("S100").pos("SOX10").description("Sheets of polygonal cells.").evaluate();
        Evaluation undescribed = panel().pos("S100").pos("SOX10").evaluate();
        assertThat(probability(without, "granular-cell-tumour")).isLessThan(probability(withGranules, "granular-cell-tumour"));
        assertThat(find(without, "granular-cell-tumour").orElseThrow().conflicting()).anySatisfy(ev -> {
            assertThat(ev.item()).isEqualTo("feature absent: granular-cytoplasm");
            assertThat(ev.observed()).isEqualTo("not named in the morphology described");
        });
        assertThat(find(undescribed, "granular-cell-tumour").orElseThrow().conflicting())
                .noneSatisfy(ev -> assertThat(ev.item()).startsWith("feature absent"));
    }

    @Test
    void thePleomorphicPatternNamesPleomorphismForTheDiagnosesThatRequireIt() {
        Evaluation e = panel().pos("vimentin").neg("SMA").pattern("pleomorphic").description("Sheets of large atypical cells.").evaluate();
        assertThat(find(e, "undifferentiated-pleomorphic-sarcoma").orElseThrow().conflicting())
                .noneSatisfy(ev -> assertThat(ev.item()).isEqualTo("feature absent: pleomorphism"));
    }

    @Test
    void siteShiftsThePriorOfSpindleCellCarcinomaUpInTheLarynxAndDownInDeepSoftTissue() {
        Evaluation larynx = panel().site("larynx").pos("vimentin").evaluate();
        Evaluation thigh = panel().site("thigh").pos("vimentin").evaluate();
        assertFired(larynx, "Incidence, site and age set the prior of each diagnosis");
        double inLarynx = find(larynx, "spindle-cell-squamous-cell-carcinoma").map(RankedDiagnosis::probability).orElse(0.0);
        double inThigh = find(thigh, "spindle-cell-squamous-cell-carcinoma").map(RankedDiagnosis::probability).orElse(0.0);
        assertThat(inLarynx).isGreaterThan(inThigh * 5);
    }

    @Test
    void tumourSizeShiftsThePriorThroughTheSizeTable() {
        Evaluation small = panel().site("forearm").size(2).pos("SMA").pos("calponin").evaluate();
        Evaluation large = panel().site("forearm").size(7).pos("SMA").pos("calponin").evaluate();
        // priors are tempered (priorTemperature 0.5): x1.5 against x0.15 is a factor of about 3 after renormalising
        assertThat(probability(large, "nodular-fasciitis")).isLessThan(probability(small, "nodular-fasciitis") / 2);
        assertThat(find(large, "nodular-fasciitis").orElseThrow().conflicting()).anySatisfy(ev -> {
            assertThat(ev.item()).isEqualTo("prior: size 5 cm or more");
            assertThat(ev.observed()).isEqualTo("7 cm");
        });
    }

    @Test
    void aSizeRowHoldsOnlyAtTheSitesItNames() {
        // a glomus tumour over 2 cm is unusual in the limbs (Folpe 2001), not in the stomach (gastric series: mean 2.1 cm)
        Evaluation forearm = panel().site("forearm").size(3).pos("SMA").pos("collagen IV").neg("desmin").evaluate();
        Evaluation stomach = panel().site("stomach").size(3).pos("SMA").pos("collagen IV").neg("desmin").evaluate();
        assertThat(find(forearm, "glomus-tumour").orElseThrow().conflicting())
                .anySatisfy(ev -> assertThat(ev.item()).startsWith("prior: size 2 cm or more"));
        RankedDiagnosis gastric = find(stomach, "glomus-tumour").orElseThrow();
        assertThat(gastric.supporting()).noneSatisfy(ev -> assertThat(ev.item()).startsWith("prior: size"));
        assertThat(gastric.conflicting()).noneSatisfy(ev -> assertThat(ev.item()).startsWith("prior: size"));
    }

    @Test
    void aThinPanelGivesAFlatDistributionNotAConfidentGuess() {
        Evaluation e = panel().pos("vimentin").evaluate();
        assertThat(e.diagnoses().get(0).probability()).isLessThan(0.5);
    }

    @Test
    void probabilitiesAreBetweenZeroAndOneAndSumToAtMostOne() {
        Evaluation e = panel().pos("SMA").pos("desmin").neg("myogenin").evaluate();
        assertThat(e.diagnoses()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(e.diagnoses()).allSatisfy(d -> assertThat(d.probability()).isBetween(0.0, 1.0));
        assertThat(e.diagnoses().stream().mapToDouble(RankedDiagnosis::probability).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
    }
}
