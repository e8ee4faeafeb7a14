package org.immunodiff.validation;

import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Recommendation;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Caveats and recommendations pinned on published cases, where a pathologist would want them. */
class CaveatsAndAdviceOnPublishedCasesTest {
    private static Evaluation evaluate(String path) throws IOException {
        return TestEngine.service().evaluate(Files.readString(Path.of(path)));
    }

    @Test
    void theLaryngealLeiomyosarcomaWithoutABroadKeratinGetsTheCarcinomaCaveatAndTheStainsThatSettleIt() throws IOException {
        Evaluation e = evaluate("samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.contains("keratin-negative"));
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.startsWith("SMA alone does not make a smooth-muscle tumour"));
        assertThat(e.recommendations()).extracting(Recommendation::marker).contains("pan-cytokeratin", "desmin", "h-caldesmon");
    }

    @Test
    void aTable1CaseWithOnlySmaGetsTheFirstLinePanel() throws IOException {
        Evaluation e = evaluate("samples/table1-kozhanov-2024.json");
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.startsWith("This panel is too thin"));
        assertThat(e.recommendations()).anyMatch(r -> r.reason().startsWith("first-line panel"));
    }

    @Test
    void aSolitaryFibrousTumourWithCd34GetsTheSharedCd34Caveat() throws IOException {
        Evaluation e = evaluate("samples/solitary-fibrous-tumour.json");
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.startsWith("CD34 is not lineage-specific"));
    }

    @Test
    void aKeratinNegativeLaryngealCarcinomaIsStillConsidered() throws IOException {
        Evaluation e = evaluate("src/test/resources/validation/cases/spindle-cell-squamous-cell-carcinoma--sciencerepository2020.json");
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.contains("keratin"));
    }

    @Test
    void aPigmentedDfspWhoseDendriticCellsStainForMelanocyticMarkersGetsTheBednarCaveat() throws IOException {
        Evaluation e = evaluate("src/test/resources/validation/holdout43/dermatofibrosarcoma-protuberans--ferlosio2018.json");
        assertThat(e.caveats()).extracting(Caveat::text).anyMatch(c -> c.contains("pigmented DFSP (Bednar tumour"));
        assertThat(e.diagnoses().subList(0, 3)).extracting(d -> d.id()).contains("dermatofibrosarcoma-protuberans");
    }
}
