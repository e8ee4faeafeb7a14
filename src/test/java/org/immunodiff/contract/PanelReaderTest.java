package org.immunodiff.contract;

import org.immunodiff.model.Panel;
import org.immunodiff.model.StainResult;
import org.immunodiff.model.Warning;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The contract's input rules: all-or-nothing rejection naming the field, warnings for what is merely unknown. */
class PanelReaderTest {
    private static Panel read(String json) { return TestEngine.service().read(json); }

    private static InvalidPanelException rejected(String json) {
        InvalidPanelException e = catchThrowableOfType(InvalidPanelException.class, () -> read(json));
        assertThat(e).as("rejected: " + json).isNotNull();
        return e;
    }

    @Nested
    class BadInputIsRejectedNamingTheField {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "not json at all|$",
                "[1,2]|$",
                "{\"caseId\":\"x\"}|markers",
                "{\"markers\":[]}|markers",
                "{\"markers\":{}}|markers",
                "{\"markers\":[{\"result\":\"positive\"}]}|markers[0].marker",
                "{\"markers\":[{\"marker\":\"SMA\"}]}|markers[0].result",
                "{\"markers\":[{\"marker\":\"SMA\",\"result\":\"pos\"}]}|markers[0].result",
                "{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\",\"extent\":\"most\"}]}|markers[0].extent",
                "{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\",\"extent\":140}]}|markers[0].extent",
                "{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":140}]}|markers[0].percent",
                "{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":\"60\"}]}|markers[0].percent",
                "{\"markers\":[{\"marker\":12,\"result\":\"positive\"}]}|markers[0].marker",
                "{\"markers\":[\"SMA\"]}|markers[0]",
                "{\"patient\":{\"age\":130},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|patient.age",
                "{\"patient\":{\"age\":\"64\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|patient.age",
                "{\"patient\":{\"age\":64.5},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|patient.age",
                "{\"patient\":{\"sex\":\"m\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|patient.sex",
                "{\"patient\":[],\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|patient",
                "{\"morphology\":{\"necrosis\":\"some\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|morphology.necrosis",
                "{\"morphology\":{\"differentiationScore\":4},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|morphology.differentiationScore",
                "{\"morphology\":{\"mitosesPer10Hpf\":-1},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|morphology.mitosesPer10Hpf",
                "{\"morphology\":{\"pattern\":\"wavy\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|morphology.pattern",
                "{\"morphology\":{\"features\":\"fascicles\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|morphology.features",
                "{\"specimen\":{\"sizeCm\":\"big\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|specimen.sizeCm",
                "{\"molecular\":[{\"test\":\"MDM2 amplification\",\"result\":\"yes\"}],\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|molecular[0].result",
                "{\"caseId\":5,\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|caseId",
                "{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}], \"markers\":[]}|$"
        })
        void eachKindOfBadInput(String json, String field) {
            InvalidPanelException e = rejected(json);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Nested
    class WhatIsMerelyUnknownIsAWarning {
        @Test
        void unknownFieldsWarnWithTheirPath() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\",\"clone\":\"1A4\"}],\"patient\":{\"name\":\"x\"}}");
            assertThat(p.warnings()).extracting(Warning::code, Warning::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("UNKNOWN_FIELD", "markers[0].clone"),
                            org.assertj.core.groups.Tuple.tuple("UNKNOWN_FIELD", "patient.name"));
        }

        @Test
        void anUnknownMarkerWarnsAndTheRestIsEvaluated() {
            Panel p = read("{\"markers\":[{\"marker\":\"XYZ1\",\"result\":\"positive\"},{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.warnings()).extracting(Warning::code).contains("UNKNOWN_MARKER");
            assertThat(p.markers()).extracting(m -> m.marker()).containsExactly("SMA");
        }

        @Test
        void aStainNameOneSlipFromAListedSpellingIsReadWithAWarningThatSaysSo() {
            Panel p = read("{\"markers\":[{\"marker\":\"Demin\",\"result\":\"positive\"},{\"marker\":\"Myogenim\",\"result\":\"negative\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker() + " " + m.result() + " " + m.reportedAs()).containsExactly("desmin POSITIVE Demin");
            assertThat(p.warnings()).extracting(Warning::code, Warning::detail).contains(
                    org.assertj.core.groups.Tuple.tuple("MARKER_READ_AS", "'Demin' read as desmin (one letter from the listed spelling 'desmin'); check the stain"),
                    org.assertj.core.groups.Tuple.tuple("UNKNOWN_MARKER", "Myogenim"));
        }

        @Test
        void aNameListingSeveralStainsGivesEachTheResult() {
            Panel p = read("{\"markers\":[{\"marker\":\"muscle markers (SMA, desmin, MyoD1, myogenin)\",\"result\":\"negative\"},"
                    + "{\"marker\":\"ER/PR\",\"result\":\"positive\",\"extent\":\"focal\"},{\"marker\":\"CD117 or KIT receptor\",\"result\":\"negative\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker() + " " + m.result() + (m.extent() == null ? "" : " " + m.extent()))
                    .containsExactly("SMA NEGATIVE", "desmin NEGATIVE", "MyoD1 NEGATIVE", "myogenin NEGATIVE", "ER POSITIVE FOCAL",
                            "PR POSITIVE FOCAL", "CD117 NEGATIVE");
            assertThat(p.markers()).allSatisfy(m -> assertThat(m.reportedAs()).isIn(
                    "muscle markers (SMA, desmin, MyoD1, myogenin)", "ER/PR", "CD117 or KIT receptor"));
            assertThat(p.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_MARKER");
        }

        @Test
        void aListEndingInCommaAndGivesEveryItem() {
            Panel p = read("{\"markers\":[{\"marker\":\"follicular dendritic cell markers (CD21, CD23, and CD35)\",\"result\":\"positive\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker()).containsExactly("CD21", "CD23", "CD35");
        }

        @Test
        void aListWithAnUnknownItemIsNotGuessed() {
            Panel p = read("{\"markers\":[{\"marker\":\"SS18/SXX2\",\"result\":\"positive\"},{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker()).containsExactly("SMA");
            assertThat(p.warnings()).extracting(Warning::detail).contains("SS18/SXX2");
        }

        @Test
        void theSameMarkerTwiceIsADuplicate() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"},{\"marker\":\"ASMA\",\"result\":\"positive\"}]}");
            assertThat(p.warnings()).extracting(Warning::code).contains("DUPLICATE_MARKER");
            assertThat(p.markers()).hasSize(1);
        }

        @Test
        void conflictingResultsAreReadAsEquivocal() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"},{\"marker\":\"alpha-SMA\",\"result\":\"negative\"}]}");
            assertThat(p.warnings()).extracting(Warning::code).contains("CONFLICTING_RESULTS");
            assertThat(p.markers().get(0).result()).isEqualTo(StainResult.EQUIVOCAL);
        }

        @Test
        void aFamilyNameBesideItsMemberWithAnotherResultGivesWayToTheMember() {
            Panel actin = read("{\"markers\":[{\"marker\":\"smooth muscle actin\",\"result\":\"positive\"},{\"marker\":\"actin\",\"result\":\"negative\"}]}");
            Panel keratin = read("{\"markers\":[{\"marker\":\"cytokeratin\",\"result\":\"negative\"},{\"marker\":\"AE1/AE3\",\"result\":\"positive\",\"extent\":\"focal\"}]}");
            assertThat(actin.markers()).extracting(m -> m.marker() + " " + m.result() + " " + m.reportedAs())
                    .containsExactly("SMA POSITIVE smooth muscle actin");
            assertThat(keratin.markers()).extracting(m -> m.marker() + " " + m.result() + " " + m.extent())
                    .containsExactly("pan-cytokeratin POSITIVE FOCAL");
            assertThat(actin.warnings()).filteredOn(w -> w.code().equals("CONFLICTING_RESULTS")).singleElement()
                    .satisfies(w -> assertThat(w.detail()).contains("'actin' names a family of stains"));
        }

        @Test
        void twoFamilyNamesOrTwoSpecificNamesInConflictStayEquivocal() {
            Panel families = read("{\"markers\":[{\"marker\":\"actin\",\"result\":\"positive\"},{\"marker\":\"muscle actin\",\"result\":\"negative\"}]}");
            Panel specifics = read("{\"markers\":[{\"marker\":\"AE1/AE3\",\"result\":\"positive\"},{\"marker\":\"cytokeratin\",\"result\":\"positive\"},"
                    + "{\"marker\":\"AE1/AE3\",\"result\":\"negative\"}]}");
            assertThat(families.markers()).extracting(m -> m.result()).containsExactly(StainResult.EQUIVOCAL);
            assertThat(specifics.markers()).extracting(m -> m.result()).containsExactly(StainResult.EQUIVOCAL);
        }

        @Test
        void severalReportsOfOneMarkerAreDecidedTogetherWhateverTheirOrder() {
            String sma = "{\"marker\":\"SMA\",\"result\":\"positive\"}";
            String actinPositive = "{\"marker\":\"actin\",\"result\":\"positive\"}";
            String actinNegative = "{\"marker\":\"actin\",\"result\":\"negative\"}";
            for (String order : List.of(actinPositive + "," + sma + "," + actinNegative, sma + "," + actinPositive + "," + actinNegative,
                    actinNegative + "," + actinPositive + "," + sma)) {
                Panel p = read("{\"markers\":[" + order + "]}");
                assertThat(p.markers()).as(order).extracting(m -> m.result() + " " + m.reportedAs()).containsExactly("POSITIVE SMA");
            }
        }

        @Test
        void twoLabellingIndicesReadAsTheHigherOneWhateverTheirOrder() {
            String low = "{\"marker\":\"Ki-67\",\"result\":\"positive\",\"percent\":5}";
            String high = "{\"marker\":\"MIB-1\",\"result\":\"positive\",\"percent\":40}";
            for (String order : List.of(low + "," + high, high + "," + low)) {
                Panel p = read("{\"markers\":[" + order + ",{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
                assertThat(p.context().ki67Percent()).as(order).isEqualTo(40.0);
                assertThat(p.markers()).as(order).filteredOn(m -> m.marker().equals("Ki-67")).extracting(m -> m.percent()).containsExactly(40.0);
                assertThat(p.features()).as(order).extracting(f -> f.feature()).containsExactly("ki67-30-or-more");
            }
        }

        @Test
        void aFamilyNameInAListOrWithWordsAroundItIsStillOne() {
            Panel list = read("{\"markers\":[{\"marker\":\"actin/desmin\",\"result\":\"negative\"},{\"marker\":\"actin\",\"result\":\"positive\"}]}");
            Panel anti = read("{\"markers\":[{\"marker\":\"anti-actin\",\"result\":\"positive\"},{\"marker\":\"actin\",\"result\":\"negative\"}]}");
            Panel keratin = read("{\"markers\":[{\"marker\":\"keratin/EMA\",\"result\":\"negative\"},{\"marker\":\"AE1/AE3\",\"result\":\"positive\"}]}");
            assertThat(list.markers()).filteredOn(m -> m.marker().equals("SMA")).extracting(m -> m.result()).containsExactly(StainResult.EQUIVOCAL);
            assertThat(anti.markers()).extracting(m -> m.result()).containsExactly(StainResult.EQUIVOCAL);
            assertThat(keratin.markers()).filteredOn(m -> m.marker().equals("pan-cytokeratin"))
                    .extracting(m -> m.result() + " " + m.reportedAs()).containsExactly("POSITIVE AE1/AE3");
        }

        @Test
        void aFamilyNameWithAQualifierIsStillOneAndWithACloneInBracketsIsNot() {
            Panel qualified = read("{\"markers\":[{\"marker\":\"focal actin\",\"result\":\"positive\"},{\"marker\":\"alpha-SMA\",\"result\":\"negative\"}]}");
            Panel clone = read("{\"markers\":[{\"marker\":\"cytokeratin (AE1/AE3)\",\"result\":\"positive\"},{\"marker\":\"pan-cytokeratin\",\"result\":\"negative\"}]}");
            assertThat(qualified.markers()).extracting(m -> m.result() + " " + m.reportedAs()).containsExactly("NEGATIVE alpha-SMA");
            assertThat(clone.markers()).extracting(m -> m.result()).containsExactly(StainResult.EQUIVOCAL);
        }

        @Test
        void anUnknownFeatureWarnsAndIsIgnored() {
            Panel p = read("{\"morphology\":{\"features\":[\"purple haze\",\"interlacing fascicles\"]},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.warnings()).extracting(Warning::code, Warning::detail).contains(org.assertj.core.groups.Tuple.tuple("UNKNOWN_FEATURE", "purple haze"));
            assertThat(p.features()).extracting(f -> f.feature()).contains("fascicles");
        }

        @Test
        void aFeatureDeniedAfterwardsOrPrefixedWithNonIsNotUsed() {
            Panel p = read("{\"morphology\":{\"description\":\"Non-encapsulated nodule; atypia, necrosis and mitotic activity absent. Palisading not seen.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).doesNotContain("encapsulation", "nuclear-atypia", "nuclear-palisading");
        }


        @Test
        void anEnglishPhraseWrittenInsideJapaneseOrChineseTextIsRead() {
            Panel p = read("{\"morphology\":{\"description\":\"リンパ濾胞を伴う明瞭なlymphoid cuff。肿瘤细胞呈storiform pattern排列\"},\"markers\":[{\"marker\":\"S100\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).contains("intratumoral-lymphocytes", "storiform");
        }

        @Test
        void vascularInvasionShowsInfiltrativeGrowthButItsDenialDoesNotDenyIt() {
            Panel stated = read("{\"morphology\":{\"description\":\"Several tumour cells showed intravascular invasion.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            Panel denied = read("{\"morphology\":{\"description\":\"No lymphovascular or perineural invasion.\",\"features\":[\"no vascular invasion\"]},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(stated.features()).extracting(f -> f.feature()).contains("infiltrative-growth");
            assertThat(denied.features()).extracting(f -> f.feature()).doesNotContain("infiltrative-growth");
            assertThat(denied.absentFeatures()).extracting(f -> f.feature()).doesNotContain("infiltrative-growth");
            assertThat(denied.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_FEATURE");
        }
        @Test
        void atypicalMitosesAreNotReadAsNuclearAtypia() {
            Panel p = read("{\"morphology\":{\"description\":\"Mitoses, some atypical; numerous mitoses including atypical forms.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).contains("atypical-mitoses").doesNotContain("nuclear-atypia");
        }

        @Test
        void aMitoticCountInTheDescriptionStandsInForTheFieldOnlyWhenItIsMissing() {
            Panel fromText = read("{\"morphology\":{\"description\":\"Fascicles of spindle cells; 14 mitoses per 10 HPF.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            Panel fromField = read("{\"morphology\":{\"mitosesPer10Hpf\":3,\"description\":\"14 mitoses per 10 HPF in the hottest area\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(fromText.context().mitosesPer10Hpf()).isEqualTo(14);
            assertThat(fromField.context().mitosesPer10Hpf()).isEqualTo(3);
        }

        @Test
        void aMitoticCountListedAmongTheFeaturesIsReadBeforeOneInTheDescription() {
            Panel listed = read("{\"morphology\":{\"features\":[\"fascicles\",\"mitotic count was 2 per 10 HPF\",\"up to 5 mitoses/10 HPF\"]},"
                    + "\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            Panel withText = read("{\"morphology\":{\"features\":[\"mitotic count was 2 per 10 HPF\"],"
                    + "\"description\":\"Fascicles of spindle cells; 14 mitoses per 10 HPF.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            Panel field = read("{\"morphology\":{\"mitosesPer10Hpf\":3,\"features\":[\"mitotic count was 12 per 10 HPF\"]},"
                    + "\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(listed.context().mitosesPer10Hpf()).isEqualTo(5);
            assertThat(withText.context().mitosesPer10Hpf()).isEqualTo(2);
            assertThat(field.context().mitosesPer10Hpf()).isEqualTo(3);
            assertThat(listed.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_FEATURE");
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"Mitosis was infrequent.", "No mitosis was seen.",
                "Mitosis is rare.", "Mitoses were infrequent.", "Mitotic activity is low."})
        void theSingularMitosisAndEitherNumberOfTheVerbReadAsThePhrasesWrittenInThePlural(String description) {
            Panel p = read("{\"morphology\":{\"description\":\"" + description + "\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).containsExactly("low-mitotic-activity");
        }

        @Test
        void aCountOfSomethingElseOrAmongClinicalWordsIsNotAMitoticCount() {
            Panel p = read("{\"morphology\":{\"features\":[\"mast cells up to 20 per 10 HPF\",\"mitotically inactive; mast cells up to 20/10 HPF\"]},"
                    + "\"clinical\":[\"mitotic count was 9 per 10 HPF\"],\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            Panel spanish = read("{\"morphology\":{\"features\":[\"actividad mitótica: 3/10 CGA\"]},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.context().mitosesPer10Hpf()).isNull();
            assertThat(spanish.context().mitosesPer10Hpf()).isEqualTo(3);
            assertThat(p.features()).extracting(f -> f.feature()).containsExactly("mast-cells", "low-mitotic-activity");
            assertThat(p.warnings()).filteredOn(w -> w.code().equals("UNKNOWN_FEATURE")).extracting(Warning::detail)
                    .containsExactly("mitotic count was 9 per 10 HPF");
        }

        @Test
        void howTheStainLookedIsReadFromTheMarkerNameWhenTheFieldsDoNotSayIt() {
            Panel p = read("{\"markers\":[{\"marker\":\"focal SMA\",\"result\":\"positive\"},"
                    + "{\"marker\":\"β-catenin (nuclear)\",\"result\":\"positive\"},"
                    + "{\"marker\":\"desmin (focal)\",\"result\":\"positive\",\"extent\":\"diffuse\"},"
                    + "{\"marker\":\"S100 (focal)\",\"result\":\"negative\"},"
                    + "{\"marker\":\"CD34 (QBEnd10)\",\"result\":\"positive\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker() + " " + m.extent() + " " + m.pattern()).containsExactly(
                    "SMA FOCAL null", "beta-catenin null NUCLEAR", "desmin DIFFUSE null", "S100 null null", "CD34 null null");
            assertThat(p.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_MARKER");
        }

        @Test
        void aDiagnosisTheReportOnlyConsideredIsNeitherPresentNorAbsent() {
            Panel p = read("{\"morphology\":{\"description\":\"Spindle cells in fascicles. The differential diagnosis was synovial sarcoma versus a malignant nerve sheath tumour.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).contains("fascicles").doesNotContain("described-malignant");
            assertThat(p.absentFeatures()).extracting(a -> a.feature()).doesNotContain("described-malignant");
        }

        @Test
        void aNegatedFeatureIsNeitherUsedNorWarnedAbout() {
            Panel p = read("{\"morphology\":{\"features\":[\"no necrosis\",\"no pleomorphism\"]},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature()).doesNotContain("pleomorphism");
            assertThat(p.warnings()).extracting(Warning::detail).doesNotContain("no pleomorphism");
        }
    }

    @Nested
    class ReadingWhatLabsWrite {
        @Test
        void aLabellingIndexTheDescriptionGivesStandsInForAMissingOne() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"Atypical spindle cells. The MIB-1 labeling index was greater than 10%; no necrosis.\"}}");
            assertThat(p.context().ki67Percent()).isEqualTo(10.5);
            assertThat(p.features()).filteredOn(f -> f.feature().startsWith("ki67"))
                    .extracting(f -> f.feature() + " <- " + f.from()).containsExactly("ki67-10-to-29 <- MIB-1 labeling index was greater than 10%");
            // the index reported as a stain wins; a percentage of something else in the text is not an index
            Panel given = read("{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":40}],\"morphology\":{\"description\":"
                    + "\"Ki-67 about 5%.\"}}");
            assertThat(given.context().ki67Percent()).isEqualTo(40.0);
            Panel other = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"Necrosis in 20% of the tumour. Ki-67 was not done.\"}}");
            assertThat(other.context().ki67Percent()).isNull();
        }

        @Test
        void aFeatureFoundInTheDescriptionIsShownInTheReportsOwnWords() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"Short Intersecting Fascicles, eritrocitos extravasados y hemosiderina. 紡錘形細胞が増殖する。\"}}");
            assertThat(p.features()).extracting(f -> f.feature() + " <- " + f.from()).contains(
                    "fascicles <- Intersecting Fascicles", "extravasated-erythrocytes <- eritrocitos extravasados",
                    "pattern-spindle <- 紡錘形");
            // a Greek letter spelled out earlier in the text moves the rest along, and the span is still found as written
            Panel greek = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"α-SMA positive cells in Short Intersecting Fascicles.\"}}");
            assertThat(greek.features()).extracting(f -> f.feature() + " <- " + f.from()).contains("fascicles <- Intersecting Fascicles");
            // an opened ligature and a dropped separate accent mark cancel out in length, not in place
            Panel both = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"ﬁbrous. Intersecting Fascicles, cafe\u0301 au lait.\"}}");
            assertThat(both.features()).extracting(f -> f.feature() + " <- " + f.from()).contains("fascicles <- Intersecting Fascicles");
            // a feature denied, one a row states absent, and one named by its part are shown as written too
            Panel denied = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"morphology\":{\"description\":"
                    + "\"NO NECROSIS. A Painless mass with Perineural Invasion.\"}}");
            assertThat(denied.absentFeatures()).extracting(f -> f.feature() + " <- " + f.from())
                    .contains("tumour-necrosis <- NECROSIS", "painful-lesion <- Painless");
            assertThat(denied.features()).extracting(f -> f.feature() + " <- " + f.from()).contains("infiltrative-growth <- Perineural Invasion");
        }

        @Test
        void aMolecularTestReportedAmongTheStainsIsReadAsOne() {
            Panel p = read("{\"markers\":[{\"marker\":\"SYT-SSX fusion transcript\",\"result\":\"positive\"},"
                    + "{\"marker\":\"amplification of the MDM2 gene\",\"result\":\"negative\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker() + " " + m.result())
                    .containsExactly("SS18 rearrangement POSITIVE", "MDM2 amplification NEGATIVE");
            assertThat(p.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_MARKER");
        }

        @Test
        void aPercentageWrittenIntoTheNameIsRead() {
            // a range is read at its middle; "<" and ">" just inside the side written, so a band edge is kept
            Panel p = read("{\"markers\":[{\"marker\":\"Ki-67 (30-40%)\",\"result\":\"positive\"},"
                    + "{\"marker\":\"desmin (80%)\",\"result\":\"positive\"},{\"marker\":\"p53 >10%\",\"result\":\"positive\"},"
                    + "{\"marker\":\"CD34 <5%\",\"result\":\"positive\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker() + " " + m.percent())
                    .containsExactly("Ki-67 35.0", "desmin 80.0", "p53 10.5", "CD34 4.5");
            assertThat(p.warnings()).extracting(Warning::code).doesNotContain("UNKNOWN_MARKER");
            // a percentage in the name stands in for a missing result; the percent field wins over the name
            Panel named = read("{\"markers\":[{\"marker\":\"MIB-1 labeling index >10%\"},"
                    + "{\"marker\":\"SMA (20%)\",\"result\":\"positive\",\"percent\":60}]}");
            assertThat(named.markers()).extracting(m -> m.marker() + " " + m.percent()).containsExactly("Ki-67 10.5", "SMA 60.0");
            assertThat(named.features()).extracting(f -> f.feature()).contains("ki67-10-to-29");
        }

        @Test
        void aByteOrderMarkIsIgnored() {
            Panel p = read("\uFEFF{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.markers()).hasSize(1);
        }

        @Test
        void lostAndRetainedMeanNegativeAndPositive() {
            Panel p = read("{\"markers\":[{\"marker\":\"H3K27me3\",\"result\":\"lost\"},{\"marker\":\"INI1\",\"result\":\"retained\"}]}");
            assertThat(p.markers()).extracting(m -> m.result()).containsExactly(StainResult.NEGATIVE, StainResult.POSITIVE);
        }

        @Test
        void ki67MayCarryOnlyAPercentAndItReachesTheContext() {
            Panel p = read("{\"markers\":[{\"marker\":\"MIB-1\",\"percent\":60},{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.context().ki67Percent()).isEqualTo(60.0);
        }

        @Test
        void aKi67IndexIsReadAsItsBandWithTheWordsItCameFrom() {
            Panel p = read("{\"markers\":[{\"marker\":\"MIB-1\",\"percent\":60},{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).extracting(f -> f.feature() + " <- " + f.from()).contains("ki67-30-or-more <- MIB-1 60 %");
            assertThat(read("{\"markers\":[{\"marker\":\"Ki67\",\"percent\":10}]}").features())
                    .extracting(f -> f.feature()).containsExactly("ki67-10-to-29");
            assertThat(read("{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":100}]}").features())
                    .extracting(f -> f.feature()).containsExactly("ki67-30-or-more");
        }

        @Test
        void aKi67ReportedNegativeIsTheLowestBandAndOneReportedPositiveSaysNothingOfItsLevel() {
            assertThat(read("{\"markers\":[{\"marker\":\"Ki-67\",\"result\":\"negative\"}]}").features())
                    .extracting(f -> f.feature() + " <- " + f.from()).containsExactly("ki67-under-10 <- Ki-67 negative");
            assertThat(read("{\"markers\":[{\"marker\":\"Ki-67\",\"result\":\"positive\"}]}").features()).isEmpty();
        }

        @Test
        void extentMayBeAPercentage() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\",\"extent\":80}]}");
            assertThat(p.markers().get(0).extent()).isEqualTo(org.immunodiff.model.Extent.DIFFUSE);
        }

        @Test
        void siteAndSubsiteAreNormalised() {
            Panel p = read("{\"specimen\":{\"site\":\"Supraglottis\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.context().site()).isEqualTo("larynx");
            assertThat(p.context().mucosal()).isTrue();
        }

        @Test
        void descriptionFeaturesAreRecognisedWithTheirWords() {
            Panel p = read("{\"morphology\":{\"description\":\"Short intersecting fascicles of spindle cells; no necrosis.\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}");
            assertThat(p.features()).anySatisfy(f -> {
                assertThat(f.feature()).isEqualTo("fascicles");
                assertThat(f.from()).contains("fascicles");
            });
        }

        @Test
        void molecularTestsAreReadFromReportWording() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"molecular\":[{\"test\":\"SS18 rearrangement by FISH\",\"result\":\"detected\"},{\"test\":\"MDM2\",\"result\":\"not-detected\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker()).contains("SS18 rearrangement", "MDM2 amplification");
        }

        @Test
        void anEbvInSituHybridisationListedAmongTheMolecularTestsIsReadAsEber() {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"molecular\":[{\"test\":\"EBV in situ hybridization\",\"result\":\"detected\"}]}");
            assertThat(p.markers()).anySatisfy(m -> {
                assertThat(m.marker()).isEqualTo("EBER");
                assertThat(m.isPositive()).isTrue();
            });
            assertThat(p.warnings()).noneMatch(w -> w.code().equals("UNKNOWN_MOLECULAR_TEST"));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "PAX3::MAML3 gene fusion|PAX3 rearrangement",
                "t(X;18)(p11.2;q11.2) balanced translocation (cytogenetics)|SS18 rearrangement",
                "ALK1 gene rearrangement (FISH)|ALK rearrangement",
                "SS18::SSX2 fusion transcript by RT-PCR|SS18 rearrangement"})
        void fusionsAndTranslocationsAreReadWithTheirColonsAndSemicolons(String test, String marker) {
            Panel p = read("{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}],\"molecular\":[{\"test\":\"" + test + "\",\"result\":\"detected\"}]}");
            assertThat(p.markers()).extracting(m -> m.marker()).contains(marker);
            assertThat(p.warnings()).noneMatch(w -> w.code().equals("UNKNOWN_MOLECULAR_TEST"));
        }
    }
}
