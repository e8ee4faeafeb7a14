package org.immunodiff.knowledge;

import org.immunodiff.service.EvaluationService;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knowledge base in rules/: complete for the contract, sourced, and failing fast when broken. */
public class KnowledgeBaseTest {
    /** The diagnosis ids the contract (shared/spec/contract.md) requires. */
    static final List<String> CONTRACT_DIAGNOSES = List.of("leiomyosarcoma", "leiomyoma", "ebv-associated-smooth-muscle-tumour",
            "spindle-cell-squamous-cell-carcinoma", "embryonal-rhabdomyosarcoma", "alveolar-rhabdomyosarcoma",
            "spindle-cell-rhabdomyosarcoma", "pleomorphic-rhabdomyosarcoma", "malignant-peripheral-nerve-sheath-tumour",
            "schwannoma", "neurofibroma", "synovial-sarcoma", "solitary-fibrous-tumour", "inflammatory-myofibroblastic-tumour",
            "low-grade-myofibroblastic-sarcoma", "nodular-fasciitis", "desmoid-fibromatosis", "kaposi-sarcoma", "angiosarcoma",
            "melanoma", "dedifferentiated-liposarcoma", "undifferentiated-pleomorphic-sarcoma", "adult-fibrosarcoma",
            "myxofibrosarcoma", "dermatofibrosarcoma-protuberans", "biphenotypic-sinonasal-sarcoma",
            "follicular-dendritic-cell-sarcoma", "gastrointestinal-stromal-tumour", "glomus-tumour", "granular-cell-tumour");

    /** The canonical markers the contract requires. */
    static final List<String> CONTRACT_MARKERS = List.of("SMA", "MSA", "desmin", "h-caldesmon", "calponin", "myogenin", "MyoD1",
            "CD34", "CD31", "ERG", "HHV8", "D2-40", "S100", "SOX10", "HMB45", "Melan-A", "PRAME", "GFAP", "H3K27me3", "EMA",
            "claudin-1", "pan-cytokeratin", "CAM5.2", "CK5/6", "CK7", "p40", "p63", "TLE1", "SS18-SSX", "STAT6", "ALK", "ROS1",
            "pan-TRK", "beta-catenin", "MDM2", "CDK4", "CD117", "DOG1", "CD21", "CD23", "CD35", "CD68", "inhibin", "calretinin",
            "CD99", "BCL2", "MUC4", "INI1", "Rb", "vimentin", "EBER", "CD45", "Ki-67");

    private static KnowledgeBase kb() { return TestEngine.service().knowledgeBase(); }

    @Test
    void everyContractDiagnosisIsKnownWithItsIcdO() {
        for (String id : CONTRACT_DIAGNOSES) {
            assertThat(kb().diagnosis(id)).as(id).isPresent();
        }
        assertThat(kb().diagnosis("leiomyosarcoma").orElseThrow().icdO()).isEqualTo("8890/3");
        assertThat(kb().diagnosis("embryonal-rhabdomyosarcoma").orElseThrow().family()).isEqualTo("rhabdomyosarcoma");
    }

    @Test
    void everyContractMarkerIsKnown() {
        for (String m : CONTRACT_MARKERS) assertThat(kb().marker(m)).as(m).isPresent();
    }

    @Test
    void everyContractDiagnosisHasASourcedProfile() {
        for (String id : CONTRACT_DIAGNOSES) {
            assertThat(kb().profileOf(id)).as("profile of " + id).hasSizeGreaterThanOrEqualTo(8);
            assertThat(kb().profileOf(id).values()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        }
    }

    @Test
    void aMissingRowFallsBackToTheDocumentedDefaultNotZero() {
        ProfileEntry e = kb().profile("glomus-tumour", "SS18-SSX");
        assertThat(e.isDefault()).isTrue();
        assertThat(e.frequency()).isPositive();
        assertThat(e.source()).contains("default");
    }

    @ParameterizedTest(name = "\"{0}\" counts as fascicles")
    @ValueSource(strings = {"short intersecting fascicles", "interlacing bundles", "fascicular growth", "Interlacing fascicles of spindle cells"})
    void labWordingsOfFasciclesAreRecognised(String text) {
        assertThat(kb().findFeatures(text)).anySatisfy(m -> assertThat(m.value()).isEqualTo("fascicles"));
    }

    @ParameterizedTest
    @CsvSource({
            "'mild cellular and nuclear pleomorphism', nuclear-atypia, 'mild cellular and nuclear pleomorphism'",
            "'markedly enlarged hyperchromatic nuclei', pleomorphism, 'markedly enlarged hyperchromatic nuclei'",
            "'minimal nuclear pleomorphism', bland-cytology, 'minimal nuclear pleomorphism'",
            "'rare atypia', bland-cytology, 'rare atypia'",
            "'scant nuclear atypia', bland-cytology, 'scant nuclear atypia'",
            "'pleomorphism', pleomorphism, 'pleomorphism'"})
    void aQualifierAFewWordsBeforeAFeatureChangesHowItIsRead(String text, String feature, String from) {
        assertThat(kb().findFeatures(text)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo(feature);
            assertThat(m.from()).isEqualTo(from);
        });
    }

    @Test
    void anInflammatoryInfiltrateIsNotInfiltrativeGrowthButATumourThatInfiltratesIs() {
        // with its plural stripped, "infiltrates" (the verb) and "infiltrate" (the noun) are one word
        assertThat(kb().findFeatures("sparse inflammatory cell infiltrate; infiltrate of mature lymphocytes"))
                .extracting(m -> m.value()).doesNotContain("infiltrative-growth");
        assertThat(kb().findFeatures("the tumour infiltrates the surrounding fat and diffusely infiltrates skeletal muscle"))
                .extracting(m -> m.value()).contains("infiltrative-growth");
    }

    @Test
    void descriptionsInOtherLanguagesAreReadWithTheirNegations() {
        // Turkish denies after the nouns ("atypia, mitoses and necrosis were not seen"), and affirms the same way
        assertThat(kb().findFeatures("Atipi, mitoz ve nekroz izlenmedi"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("nuclear-atypia denied", "tumour-necrosis denied");
        assertThat(kb().findFeatures("Bu hücrelerde mitoz, pleomorfizm ve nekroz izlendi"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pleomorphism", "tumour-necrosis");
        assertThat(kb().findFeatures("Proliferation spindelzelliger Tumorzellen in Faszikeln, keine Nekrosen"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle", "fascicles", "tumour-necrosis denied");
        assertThat(kb().findFeatures("células fusiformes dispuestas en fascículos, sin necrosis"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle", "fascicles", "tumour-necrosis denied");
        // "absent" after the finding in Spanish, Portuguese, Italian and German, and Italian "assenza di", "nessuna" before it
        for (String text : new String[]{"necrosis ausente", "necrose ausente", "necrosi assente", "Nekrosen fehlen",
                "assenza di necrosi", "nessuna necrosi"}) {
            assertThat(kb().findFeatures(text)).as(text)
                    .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("tumour-necrosis denied");
        }
        assertThat(kb().findFeatures("la necrosi è assente, mitosi atipiche presenti"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("tumour-necrosis denied", "atypical-mitoses");
        // French "pas" and Italian "né" are not read as negations: they are also the PAS stain and "NE"
        // (neuroendocrine) of English reports
        assertThat(kb().findFeatures("PAS-positive eosinophilic granular cytoplasm"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("granular-cytoplasm");
        assertThat(kb().findFeatures("focal NE differentiation among spindle cells"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle");
        // nor are other languages' negations written in capitals: SEM (electron microscopy), SIN (intraepithelial neoplasia)
        assertThat(kb().findFeatures("Scanning electron microscopy (SEM) showed nuclear palisading"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("nuclear-palisading");
        assertThat(kb().findFeatures("surface high-grade SIN over spindle cells"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle");
        assertThat(kb().findFeatures("células fusiformes sin necrosis"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("tumour-necrosis denied");
    }

    @Test
    void chineseAndJapaneseDescriptionsAreReadWithTheirNegations() {
        assertThat(kb().findFeatures("肿瘤细胞呈梭形，束状排列，未见坏死"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle", "fascicles", "tumour-necrosis denied");
        // "无序" (disorderly) is no denial of what the next clause says
        assertThat(kb().findFeatures("排列无序，可见坏死")).extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .containsExactly("tumour-necrosis");
        assertThat(kb().findFeatures("紡錘形細胞が束状に増殖し、壊死は認められない"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("pattern-spindle", "fascicles", "tumour-necrosis denied");
        // 不典型 is atypical, not a denial of anything
        assertThat(kb().findFeatures("细胞不典型")).extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("nuclear-atypia");
    }

    @Test
    void aSlipOfThePenInAFeatureIsReadAndReportedWithTheWordsAsWritten() {
        assertThat(kb().findFeatures("pallisading; solid epitheliod cells; spindle and epitheliod; hyperchormatic nuclei"))
                .extracting(m -> m.value() + " from " + m.from())
                .containsExactly("nuclear-palisading from pallisading", "pattern-epithelioid from epitheliod cells",
                        "pattern-mixed from spindle and epitheliod", "nuclear-atypia from hyperchormatic nuclei");
        // "acellular" is not "cellular": a letter added at the start is another word, not a slip
        assertThat(kb().findFeatures("acellular hyalinised areas")).extracting(m -> m.value()).doesNotContain("hypercellularity");
    }

    @Test
    void aDiagnosisNamedAsOneConsideredIsNotAFinding() {
        assertThat(kb().findFeatures("The differential diagnosis included leiomyosarcoma, synovial sarcoma and schwannoma"))
                .singleElement().satisfies(m -> {
                    assertThat(m.value()).isEqualTo("described-malignant");
                    assertThat(m.hypothetical()).isTrue();
                });
        assertThat(kb().findFeatures("hyalinised matrix mimicking osteoid"))
                .extracting(m -> m.value() + (m.hypothetical() ? " considered" : ""))
                .containsExactly("sclerotic-stroma", "heterologous-elements considered");
        assertThat(kb().findFeatures("Malignancy was excluded. The tumour was considered malignant"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "") + (m.hypothetical() ? " considered" : ""))
                .containsExactly("described-malignant denied", "described-malignant");
    }

    @Test
    void aDenialCarriesAlongAListFromANegationCloseBeforeIt() {
        assertThat(kb().findFeatures("There was no evidence of nuclear pleomorphism or necrosis"))
                .hasSize(2).allSatisfy(m -> assertThat(m.negated()).as(m.value()).isTrue());
        assertThat(kb().findFeatures("The tumour was devoid of atypia and necrosis"))
                .filteredOn(m -> m.value().equals("tumour-necrosis")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
        // once carried, the denial goes on to the end of the list, however far its negation now is
        assertThat(kb().findFeatures("No evidence of cytological atypia, abnormal mitosis or necrosis"))
                .hasSize(3).allSatisfy(m -> assertThat(m.negated()).as(m.value()).isTrue());
        // "without" reaches "dermis" five words on, but does not carry along the list to "subcutis"
        assertThat(kb().findFeatures("spindle cells without apparent differentiation, invading lateral dermis and subcutis"))
                .filteredOn(m -> m.value().equals("subcutaneous-extension")).singleElement().satisfies(m -> assertThat(m.negated()).isFalse());
    }

    @Test
    void aQualifierDescribesTheNounItStandsBeforeNotAPhraseFurtherOn() {
        // the cytoplasm is scant; the nuclei are irregular (atypia), not scantly so
        assertThat(kb().findFeatures("scant to moderate cytoplasm & irregular nuclei"))
                .extracting(m -> m.value()).containsExactly("nuclear-atypia");
        // blunt, non-tapering nuclei are cigar-shaped: the prefix does not deny the spindle pattern of the cells
        assertThat(kb().findFeatures("blunt-ended, non-tapering nuclei"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsOnly("cigar-shaped-nuclei");
    }

    @Test
    void prefixesWrittenOnceBeforeAndStillReadAsTheirWords() {
        assertThat(kb().findFeatures("alternating areas of hyper- and hypo-cellularity"))
                .extracting(m -> m.value()).containsExactly("alternating-cellularity");
    }

    @Test
    void aQualifierAfterThePhraseAndItsVerbReadsLikeOneBefore() {
        assertThat(kb().findFeatures("Nuclear atypia was minimal")).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("bland-cytology");
            assertThat(m.from()).isEqualTo("nuclear atypia was minimal");
        });
        assertThat(kb().findFeatures("Pleomorphism was mild")).extracting(m -> m.value()).containsExactly("nuclear-atypia");
        assertThat(kb().findFeatures("Pleomorphism was not a feature")).singleElement().satisfies(m -> assertThat(m.negated()).isTrue());
    }

    @Test
    void aRangeFromNoneIsNotADenial() {
        // "no/rare mitoses" and "no or minimal atypia" give a range whose upper end is the feature; they deny nothing
        assertThat(kb().findFeatures("no/rare mitotic figures; no or minimal atypia"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .containsExactly("low-mitotic-activity", "bland-cytology");
    }

    @Test
    void aDenialReachesOnlyWhatItGoverns() {
        // a finding of few after a denied one is stated, not denied; "non" prefixes the next word only; a predicative
        // "absent" denies what came before it, not the clause after "and"
        assertThat(kb().findFeatures("No nuclear hyperchromasia, minimal cytologic atypia"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("nuclear-atypia denied", "bland-cytology");
        assertThat(kb().findFeatures("non-specific amelanotic nodule"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("amelanotic");
        assertThat(kb().findFeatures("non-encapsulated dermal spindle cell tumor"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .containsExactly("encapsulation denied", "dermal-location", "pattern-spindle");
        assertThat(kb().findFeatures("Tumor giant cells were absent and mitotic figures were infrequent"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .containsExactly("multinucleated-giant-cells denied", "low-mitotic-activity");
        assertThat(kb().findFeatures("lymphoplasmacytic infiltrate largely undetectable"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("lymphoplasmacytic-infiltrate denied");
    }

    @Test
    void aNegatedAssociationCarriesItsDenialPastWith() {
        assertThat(kb().findFeatures("There is no association with neurofibromatosis"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).containsExactly("neurofibromatosis-type-1 denied");
        // elsewhere "with" still ends a denial: "no necrosis with marked atypia" states the atypia
        assertThat(kb().findFeatures("no necrosis with marked atypia"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : "")).contains("tumour-necrosis denied").doesNotContain("nuclear-atypia denied", "pleomorphism denied");
    }

    @Test
    void aFeatureNamedInAContrastIsNotAFinding() {
        assertThat(kb().findFeatures("Tapered nuclei (as opposed to blunt ends in smooth muscle)"))
                .extracting(m -> m.value() + (m.hypothetical() ? " considered" : "")).contains("cigar-shaped-nuclei considered")
                .doesNotContain("cigar-shaped-nuclei");
        assertThat(kb().findFeatures("spindled to wavy cells with curvilinear nuclei")).extracting(m -> m.value())
                .contains("wavy-nuclei").doesNotContain("curvilinear-vessels");
    }

    @Test
    void aWordThatStatesItsFeatureAbsentIsReadAsADenial() {
        assertThat(kb().findFeatures("A painless, unencapsulated mass of the thigh"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .contains("painful-lesion denied", "encapsulation denied");
        assertThat(kb().findFeatures("An exquisitely tender subungual nodule with cold intolerance"))
                .extracting(m -> m.value() + (m.negated() ? " denied" : ""))
                .contains("painful-lesion", "cold-sensitivity");
    }

    @Test
    void aClinicallyBlandLesionIsNotBlandCytology() {
        assertThat(kb().findFeatures("Clinically bland nodule; bland spindle cells")).extracting(m -> m.value())
                .containsExactly("clinical-impression", "bland-cytology", "pattern-spindle");
    }

    @Test
    void aNuclearGradeIsNotAStatementThatTheTumourIsMalignant() {
        assertThat(kb().findFeatures("high-grade nuclear pleomorphism")).extracting(m -> m.value())
                .containsExactly("pleomorphism");
    }

    @Test
    void aPhraseThatCarriesItsOwnNegationIsNotNegatedAgainByAnEarlierOne() {
        assertThat(kb().findFeatures("no atypia, no mitoses")).allSatisfy(m -> assertThat(m.negated()).isFalse())
                .extracting(m -> m.value()).containsExactly("bland-cytology", "low-mitotic-activity");
    }

    @Test
    void aQualifierDoesNotReachAcrossAClauseOrAnEarlierFeature() {
        assertThat(kb().findFeatures("mild atypia. Pleomorphism in the deep part")).extracting(m -> m.value())
                .containsExactly("nuclear-atypia", "pleomorphism");
    }

    @Test
    void theIdentityCarriesVersionAndAHashOfTheRulesFolder() {
        assertThat(kb().identity().version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(kb().identity().sha256()).hasSize(64);
    }

    @Test
    void aFolderGivenWithRulesLoadsAndItsHashFollowsItsContent(@TempDir Path tmp) throws IOException {
        Path copy = copyOfRules(tmp);
        EvaluationService fromFolder = EvaluationService.withKnowledgeBase(copy);
        assertThat(fromFolder.knowledgeBase().identity().sha256()).isEqualTo(kb().identity().sha256());
        Files.writeString(copy.resolve("knowledge/marker-synonyms.csv"), "\"Smooth-Muscle-Actin clone X\",SMA,test synonym\n", StandardOpenOption.APPEND);
        EvaluationService changed = EvaluationService.withKnowledgeBase(copy);
        assertThat(changed.knowledgeBase().identity().sha256()).isNotEqualTo(kb().identity().sha256());
        assertThat(changed.knowledgeBase().resolveMarker("smooth muscle actin clone x")).isPresent();
    }

    @Test
    void aRuleThatDoesNotCompileFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path copy = copyOfRules(tmp);
        Files.writeString(copy.resolve("ranking/broken.drl"), "package rules.ranking;\n\nrule \"A broken rule\"\nwhen\n    Nonsense( x == )\nthen\nend\n");
        assertThatThrownBy(() -> EvaluationService.withKnowledgeBase(copy))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("rules/ranking/broken.drl:");
    }

    @Test
    void aProfileRowWithoutASourceFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/profiles/zz-test.csv", "diagnosis,marker,frequency,extent,pattern,source\nleiomyosarcoma,CD10,0.3,,,\n")
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge/profiles/zz-test.csv:2").hasMessageContaining("source");
    }

    @Test
    void aFamilyNameThatDoesNotReadAsItsMarkerFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/marker-family-names.csv", "name,marker,source\nactin,desmin,test row\n")
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge/marker-family-names.csv:2").hasMessageContaining("'actin' is not a spelling")
                .hasMessageContaining("lists it for SMA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMA,SMA", "actin stain,SMA", "MDM2 amplified,MDM2 amplification", "MIB-1,Ki-67", "actin,SMA\nactin,SMA"})
    void aFamilyNameRowThatIsNotAListedSpellingOfAStainOrIsGivenTwiceFails(String rows, @TempDir Path tmp) throws IOException {
        String body = java.util.Arrays.stream(rows.split("\n")).map(r -> r + ",test row").collect(java.util.stream.Collectors.joining("\n"));
        String why = rows.startsWith("MDM2") || rows.startsWith("MIB") ? "is not a stain" : rows.contains("\n") ? "duplicate family name"
                : "is not a spelling";
        loadingWith(tmp, "knowledge/marker-family-names.csv", "name,marker,source\n" + body + "\n")
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge/marker-family-names.csv:").hasMessageContaining(why);
    }

    @Test
    void aSizeRowNamingAnUnknownSiteFailsNamingFileLineAndColumn(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/context/size-priors.csv",
                "diagnosis,minCm,maxCm,multiplier,sites,source\nglomus-tumour,2,1000,0.2,fingertip,test row\n")
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge/context/size-priors.csv:2").hasMessageContaining("sites").hasMessageContaining("fingertip");
    }

    @Test
    void rowsOfOneMarkerNamingDifferentStainPatternsFailNamingFileAndLine(@TempDir Path tmp) throws IOException {
        // beta-catenin is read as nuclear (desmoid); a row calling it membranous would turn nuclear positives into negatives
        loadingWith(tmp, "knowledge/profiles/zz-test.csv",
                "diagnosis,marker,frequency,extent,pattern,source\nglomus-tumour,beta-catenin,0.9,,membranous,test row\n")
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge/profiles/zz-test.csv:2").hasMessageContaining("beta-catenin")
                .hasMessageContaining("'nuclear'");
    }

    @Test
    void anIndexBandOnAStainThatIsNotAnIndexFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/morphology/index-bands.csv", "marker,minPercent,maxPercent,feature,source\nSMA,0,10,ki67-under-10,x\n")
                .hasMessageContaining("index-bands.csv:2").hasMessageContaining("'SMA' is not an index marker");
    }

    @Test
    void aProfileRowNamingAnUnknownDiagnosisFails(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/profiles/zz-test.csv", "diagnosis,marker,frequency,extent,pattern,source\nleiomyosarcomaa,SMA,0.9,,,x\n")
                .hasMessageContaining("zz-test.csv:2").hasMessageContaining("unknown diagnosis 'leiomyosarcomaa'");
    }

    @Test
    void aConditionalProfileRowNamingAnUnknownFeatureFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/profiles/zz-test.csv",
                "diagnosis,marker,when,frequency,extent,pattern,source\nmelanoma,HMB45,epithelioid-pattern,0.8,,,x\n")
                .hasMessageContaining("zz-test.csv:2").hasMessageContaining("unknown feature 'epithelioid-pattern'")
                .hasMessageContaining("when");
    }

    @Test
    void aConditionalProfileRowNamingAnUnknownSiteFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/profiles/zz-test.csv",
                "diagnosis,marker,when,frequency,extent,pattern,source\nglomus-tumour,synaptophysin,site:stomach-wall,0.8,,,x\n")
                .hasMessageContaining("zz-test.csv:2").hasMessageContaining("unknown site 'stomach-wall'").hasMessageContaining("when");
    }

    @Test
    void aSecondRowForTheSameConditionFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        loadingWith(tmp, "knowledge/profiles/zz-test.csv", "diagnosis,marker,when,frequency,extent,pattern,source\n"
                + "leiomyosarcoma,desmin,pattern-epithelioid,0.4,,,x\nleiomyosarcoma,desmin,pattern-epithelioid,0.5,,,y\n")
                .hasMessageContaining("zz-test.csv:3").hasMessageContaining("duplicate profile row for leiomyosarcoma / desmin when pattern-epithelioid");
    }

    @Test
    void aWordingThatWouldReadAsTwoFeaturesFailsNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path copy = copyOfRules(tmp);
        Files.writeString(copy.resolve("knowledge/morphology/feature-phrases.csv"), "storiform,fascicles,test row\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> EvaluationService.withKnowledgeBase(copy))
                .hasMessageContaining("feature-phrases.csv:").hasMessageContaining("'storiform' already reads as storiform");
    }

    /** A copy of rules/ with one file written over, loaded: what the load throws. */
    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> loadingWith(Path tmp, String file, String content)
            throws IOException {
        Path copy = copyOfRules(tmp);
        Files.writeString(copy.resolve(file), content);
        return assertThatThrownBy(() -> EvaluationService.withKnowledgeBase(copy));
    }

    @Test
    void aNewDiagnosisNeedsNoJavaChange(@TempDir Path tmp) throws IOException {
        Path copy = copyOfRules(tmp);
        Files.writeString(copy.resolve("knowledge/diagnoses.csv"),
                "test-myoid-tumour,Test myoid tumour,,0000/0,benign,smooth-muscle,,,test row\n", StandardOpenOption.APPEND);
        Files.writeString(copy.resolve("knowledge/profiles/zz-test.csv"),
                "diagnosis,marker,frequency,extent,pattern,source\ntest-myoid-tumour,TLE1,0.99,,,test\ntest-myoid-tumour,SMA,0.99,,,test\n");
        EvaluationService withNew = EvaluationService.withKnowledgeBase(copy);
        var e = withNew.evaluate("{\"markers\":[{\"marker\":\"TLE1\",\"result\":\"positive\"},{\"marker\":\"SMA\",\"result\":\"positive\"},{\"marker\":\"desmin\",\"result\":\"negative\"}]}");
        assertThat(e.diagnoses()).extracting(d -> d.id()).contains("test-myoid-tumour");
    }

    public static Path copyOfRules(Path tmp) throws IOException {
        Path source = Path.of("rules");
        Path target = tmp.resolve("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        return target;
    }
}
