package org.immunodiff.knowledge;

import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Marker names as labs write them resolve through the published synonym table. */
class MarkerDictionaryTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "ASMA|SMA", "alpha-SMA|SMA", "α-SMA|SMA", "smooth muscle actin|SMA", "SMA (1A4)|SMA", "α -smooth muscle actin|SMA",
            "AE1/AE3|pan-cytokeratin", "pancytokeratin|pan-cytokeratin", "CK-pan|pan-cytokeratin", "keratin|pan-cytokeratin",
            "cytokeratin (AE1/AE3)|pan-cytokeratin",
            "MIB-1|Ki-67", "Ki67|Ki-67", "S-100|S100", "S-100 protein|S100", "ΔNp63|p40", "HHF35|MSA", "Myf-4|myogenin",
            "cytokeratin 5/6|CK5/6", "CK5-6|CK5/6", "cytokeratin 7|CK7", "h-Caldesmon|h-caldesmon", "β-catenin|beta-catenin",
            "c-kit|CD117", "LANA-1|HHV8", "podoplanin|D2-40", "SOX-10|SOX10", "HMB-45|HMB45", "MART-1|Melan-A",
            "Vimentin|vimentin", "EBER-ISH|EBER", "epithelial membrane antigen|EMA", "Calponin|calponin",
            "PAX3|PAX3", "PAX-3|PAX3", "PAX3 rearrangement|PAX3 rearrangement",
            "PR-B|PR", "PR-A|PR", "pRb|Rb", "RB1|Rb",
            "SSX C-terminus|SSX-CT", "SSX-CT|SSX-CT", "E9X9V|SS18-SSX", "CNA-42|CNA.42", "fast myosin|skeletal myosin",
            "EBV-LMP|LMP1", "E-cadherin|E-cadherin", "cytokeratin 19|CK19", "CK-MM|CK-MM",
            "PAX-7|PAX7", "PDGFR-alpha|PDGFRA", "SDH-B|SDHB",
            "WSS|pan-cytokeratin", "antimyogenin|myogenin", "prekeratin|pan-cytokeratin", "F-XIII|factor XIIIa",
            "cluster of differentiation 34|CD34", "Cluster of Differentiation 117|CD117", "cluster of differentiation (CD) 99|CD99",
            // an antibody named by what it binds, a result written onto the name, words around the name
            "anti-CD34|CD34", "anti-CD31 antibodies|CD31", "Anti-PCK|pan-cytokeratin", "CD34-positive|CD34", "S100-negative|S100",
            "EMA+ve|EMA", "CD117+|CD117", "Proliferative index Ki67|Ki-67", "proliferation Ki-67 index|Ki-67", "p63 antigen|p63",
            "vimentin antibodies|vimentin", "cytokeratin pan|pan-cytokeratin", "high molecular weight CK|HMWCK",
            // a word processor's hyphens, the method before what it detects, the ALK1 clone written out
            "CD34\u2011positive|CD34", "h\u2013caldesmon|h-caldesmon", "In situ hybridization for EBV|EBER",
            "polymerase chain reaction for human herpes virus 8|HHV8", "Anaplastic lymphoma kinase-1|ALK",
            "Transducin-like enhancer of split (TLE)|TLE1",
            // a keratin written as family then clone, without brackets
            "pancytokeratin WSS|pan-cytokeratin", "pancytokeratin CAM5.2|CAM5.2", "cytokeratin CAM 5.2|CAM5.2",
            "c-MYC|MYC", "MYC (Y69)|MYC", "BRAF V600E|BRAF V600E"})
    void resolves(String reported, String canonical) {
        assertReadAsMarker(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "FOXO1A split (FISH)|FOXO1 rearrangement", "SS18 split signal|SS18 rearrangement", "EWSR1 split|EWSR1 rearrangement",
            "FOXO1A rearrangement|FOXO1 rearrangement", "PAX3-FOXO1 fusion (RT-PCR)|FOXO1 rearrangement",
            "amplification of the MDM2 gene|MDM2 amplification", "rearrangement of USP6|USP6 rearrangement",
            "variant X;18 translocation|SS18 rearrangement", "BRAF V600E mutation|BRAF mutation", "BRAF V600E|BRAF mutation",
            "MYC amplification|MYC amplification", "c-kit exon 9, 11, 13, 17 mutation|KIT mutation",
            "PDGFRA exons 12 and 18 mutation|PDGFRA mutation"})
    void aFishSplitSignalOrAnOldGeneSymbolNamesTheRearrangement(String reported, String canonical) {
        assertReadAsTest(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "c-KIT exon 11 in-frame deletion (NP_000213.1:p.Lys550_Gln556del)|KIT mutation",
            "PDGFRA exon 18 D842V substitution|PDGFRA mutation", "CTNNB1 p.T41A variant|CTNNB1 mutation",
            "KIT exon 11 deletion|KIT mutation", "MYOD1 L122R missense variant|MYOD1 mutation"})
    void aSequenceVariantWrittenAsItsKindIsTheGenesMutationTest(String reported, String canonical) {
        assertReadAsTest(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is not read as a test")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1p/19q codeletion", "CDKN2A homozygous deletion", "copy number variant",
            "KIT variant of uncertain significance c.1621A>C", "PDGFRA exon 18 benign variant", "KIT exon 11 VUS"})
    void aVariantOfAnotherGeneOrOfUncertainSignificanceIsNotReadAsAMutationTest(String reported) {
        assertThat(TestEngine.service().knowledgeBase().resolveMolecularTest(reported)).as(reported).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "EWSR1::FLI1 fusion; TP53 variant of uncertain significance|EWSR1 rearrangement",
            "SS18 rearrangement (polymorphism excluded)|SS18 rearrangement"})
    void aFusionNamedBesideAVariantOfUncertainSignificanceIsStillRead(String reported, String canonical) {
        assertReadAsTest(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "结蛋白|desmin", "結蛋白|desmin", "平滑肌肌动蛋白|SMA", "α-平滑筋アクチン|SMA", "カルポニン|calponin",
            "S-100蛋白|S100", "s-100蛋白|S100", "上皮膜抗原|EMA", "结蛋白(Desmin)|desmin", "波形蛋白Vimentin|vimentin",
            "细胞角蛋白|pan-cytokeratin", "人类疱疹病毒8型|HHV8", "人疱疹病毒8|HHV8", "上皮细胞膜抗原|EMA",
            "サイトケラチン|pan-cytokeratin", "β-连环蛋白|beta-catenin", "神经特异性烯醇化酶|NSE", "Ⅳ型胶原|collagen IV",
            "デスミン|desmin", "平滑肌肌動蛋白|SMA"})
    void chineseAndJapaneseNamesAndMixedScriptNamesAreRead(String reported, String canonical) {
        assertReadAsMarker(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Beta katenin|beta-catenin", "kaldesmon|h-caldesmon", "düz kas aktini|SMA", "sitokeratin|pan-cytokeratin",
            "Zytokeratin|pan-cytokeratin", "Glattmuskelaktin|SMA", "desmina|desmin", "actine muscle lisse|SMA",
            "wimentyna|vimentin", "aktyna mięśni gładkich|SMA", "Aktin|SMA"})
    void stainNamesOfOtherLanguagesAreRead(String reported, String canonical) {
        assertReadAsMarker(reported, canonical);
    }

    @ParameterizedTest(name = "{0} is not guessed")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"钙结合蛋白", "肌动蛋白", "抗平滑筋抗体"})
    void aChineseOrJapaneseNameOfSeveralProteinsOrOfAnotherTestIsNotGuessed(String reported) {
        // 'calcium-binding protein' (calponin, calretinin, calbindin or S-100), 'actin' of any kind, and the
        // anti-smooth-muscle autoantibody blood test
        assertThat(TestEngine.service().knowledgeBase().resolveMarker(reported)).as(reported).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not guessed")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"myosin", "creatine kinase", "CK"})
    void aNameSeveralAntibodiesShareIsNotReadAsOneOfThem(String reported) {
        // "myosin" may be smooth-muscle myosin and "creatine kinase" the brain isoenzyme; "CK" is cytokeratin
        assertThat(TestEngine.service().knowledgeBase().resolveMarker(reported)).as(reported)
                .satisfiesAnyOf(m -> assertThat(m).isEmpty(), m -> assertThat(m.get().name()).isEqualTo("pan-cytokeratin"));
    }

    @ParameterizedTest(name = "{0} is not read as one stain")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"desmin CD34", "ERG CD31", "S100 SOX10"})
    void twoStainsWrittenSideBySideAreNotReadAsNameAndClone(String reported) {
        assertThat(TestEngine.service().knowledgeBase().resolveMarker(reported)).as(reported).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void spellingsThatDifferOnlyInPunctuationAreNotGuessed() {
        // "PR-B" (progesterone receptor B) and "pRb" (retinoblastoma protein) share a loose key: written otherwise
        // ("PR B"), the name is reported unknown rather than read as either
        assertThat(TestEngine.service().knowledgeBase().resolveMarker("PR B")).isEmpty();
    }

    private static void assertReadAsMarker(String reported, String canonical) {
        assertThat(TestEngine.service().knowledgeBase().resolveMarker(reported)).as(reported)
                .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(canonical));
    }

    private static void assertReadAsTest(String reported, String canonical) {
        assertThat(TestEngine.service().knowledgeBase().resolveMolecularTest(reported)).as(reported)
                .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(canonical));
    }
}
