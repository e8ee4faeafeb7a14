package org.immunodiff.rules;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.immunodiff.rules.RuleAssertions.*;
import static org.immunodiff.testing.PanelBuilder.*;

/** rules/pitfalls/*.drl: one nested class per file. */
class PitfallRulesTest {

    @Nested
    class KeratinNegativeSpindleCellCarcinoma {
        private static final String RULE = "Keratin negativity does not exclude spindle-cell carcinoma under a dysplastic mucosa";

        @Test
        void negativeKeratinsCountLittleAgainstCarcinomaUnderADysplasticSurface() {
            Evaluation withDysplasia = panel().age(70).site("larynx").features("surface dysplasia").neg("AE1/AE3").neg("p40").neg("CK5/6").pos("vimentin").evaluate();
            assertFired(withDysplasia, RULE);
            assertThat(caveats(withDysplasia)).anyMatch(c -> c.startsWith("Keratin-negative spindle-cell carcinoma"));
            var scscc = find(withDysplasia, "spindle-cell-squamous-cell-carcinoma").orElseThrow();
            assertThat(scscc.conflicting().stream().filter(ev -> ev.item().equals("AE1/AE3") || ev.item().equals("pan-cytokeratin")))
                    .allSatisfy(ev -> assertThat(ev.rule()).isEqualTo(RULE));
            assertThat(leader(withDysplasia)).isEqualTo("spindle-cell-squamous-cell-carcinoma");
        }

        @Test
        void withoutDysplasiaTheNegativeKeratinsCountInFull() {
            assertNotFired(panel().site("larynx").neg("AE1/AE3").neg("p40").evaluate(), RULE);
        }

        @Test
        void everyMucosalSarcomaCandidateCarriesTheCarcinomaCaveat() {
            Evaluation e = panel().site("larynx").pos("SMA").neg("p40").evaluate();
            assertFired(e, "A mucosal spindle-cell tumour without any epithelial marker still warrants the spindle-cell carcinoma caveat");
        }
    }

    @Nested
    class MelanocytesInPigmentedDfsp {
        private static final String RULE = "Melanocytic markers confined to scattered cells of a diffusely CD34-positive tumour may mark the colonising melanocytes of a pigmented DFSP";

        @Test
        void focalMelanocyticMarkersBesideDiffuseCd34RaiseTheBednarCaveat() {
            Evaluation e = panel().site("skin of back").pos("CD34", "diffuse").pos("S100", "focal").pos("Melan-A", "focal").pos("HMB-45", "focal").evaluate();
            assertFired(e, RULE);
            assertThat(caveats(e)).anyMatch(c -> c.startsWith("Melanocytic markers here are focal in a diffusely CD34-positive tumour"));
        }

        @Test
        void diffuseMelanocyticStainingDoesNot() {
            assertNotFired(panel().site("skin").pos("CD34", "diffuse").pos("S100", "diffuse").pos("Melan-A", "focal").evaluate(), RULE);
        }

        @Test
        void focalMelanocyticMarkersWithoutDiffuseCd34DoNot() {
            assertNotFired(panel().site("skin").pos("CD34").pos("S100", "focal").evaluate(), RULE);
        }
    }

    @Nested
    class ActinInMyofibroblasts {
        @Test
        void smaAloneRaisesTheMyofibroblastCaveat() {
            Evaluation e = panel().pos("SMA").neg("S100").evaluate();
            assertFired(e, "SMA alone does not make a smooth-muscle tumour");
            assertThat(caveats(e)).anyMatch(c -> c.startsWith("SMA alone does not make a smooth-muscle tumour"));
        }

        @Test
        void smaWithDesminDoesNot() {
            assertNotFired(panel().pos("SMA").pos("desmin").evaluate(), "SMA alone does not make a smooth-muscle tumour");
        }
    }

    @Nested
    class AberrantEpithelialMarkers {
        @Test
        void focalKeratinInAMesenchymalTumourRaisesTheCaveat() {
            Evaluation e = panel().pos("SMA").pos("desmin").pos("AE1/AE3", "focal").evaluate();
            assertFired(e, "Focal keratin or EMA occurs in leiomyosarcoma and synovial sarcoma");
        }

        @Test
        void diffuseKeratinDoesNot() {
            assertNotFired(panel().pos("AE1/AE3", "diffuse").evaluate(), "Focal keratin or EMA occurs in leiomyosarcoma and synovial sarcoma");
        }
    }

    @Nested
    class DesminWithoutMyogenicFactors {
        @Test
        void desminAloneDoesNotMakeRhabdomyosarcoma() {
            Evaluation e = panel().pos("desmin").neg("myogenin").neg("MyoD1").evaluate();
            assertFired(e, "Desmin without myogenin or MyoD1 does not make rhabdomyosarcoma");
            assertThat(e.diagnoses().get(0).family()).isNotEqualTo("rhabdomyosarcoma");
        }

        @Test
        void desminWithNuclearMyogeninIsNotThePitfall() {
            assertNotFired(panel().pos("desmin").pos("myogenin").evaluate(), "Desmin without myogenin or MyoD1 does not make rhabdomyosarcoma");
        }
    }

    @Nested
    class Cd34IsShared {
        @Test
        void cd34PositivityListsTheEntitiesThatShareIt() {
            Evaluation e = panel().pos("CD34").evaluate();
            assertFired(e, "CD34 positivity is shared by several spindle-cell tumours");
            assertThat(caveats(e)).anyMatch(c -> c.contains("DFSP") && c.contains("GIST") && c.contains("Kaposi"));
        }
    }

    @Nested
    class StainPatternMatters {
        @Test
        void cytoplasmicBetaCateninArguesAgainstDesmoidAndSaysWhy() {
            Evaluation e = panel().pos("SMA").posPattern("beta-catenin", "cytoplasmic").evaluate();
            assertFired(e, "Cytoplasmic beta-catenin does not support desmoid fibromatosis");
            find(e, "desmoid-fibromatosis").ifPresent(d ->
                    assertThat(d.supporting()).extracting(Evidence::item).doesNotContain("beta-catenin"));
        }

        @Test
        void betaCateninWithoutAPatternAsksForConfirmation() {
            assertFired(panel().pos("beta-catenin").evaluate(), "A positive beta-catenin without a stated pattern must be checked for nuclear staining");
        }

        @Test
        void cytoplasmicStat6IsNotSupportForSolitaryFibrousTumour() {
            Evaluation e = panel().posPattern("STAT6", "cytoplasmic").pos("CD34").evaluate();
            assertFired(e, "Cytoplasmic STAT6 does not support solitary fibrous tumour");
            assertNotFired(e, "Nuclear STAT6 points to solitary fibrous tumour");
        }
    }
}
