package org.immunodiff.engine;

import org.immunodiff.knowledge.KnowledgeBaseException;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Recommendation;
import org.immunodiff.service.EvaluationService;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.immunodiff.testing.PanelBuilder.panel;

/** A laboratory's stain menu (--stain-menu) and what it does to the next-stain advice. */
class StainMenuTest {
    @TempDir Path dir;

    private Path menu(String csv) throws IOException {
        Path p = dir.resolve("menu.csv");
        Files.writeString(p, csv);
        return p;
    }

    @Test
    void aMenuReadsTheStainsInAnySpellingTheSynonymTableReads() throws IOException {
        StainMenu m = StainMenu.load(menu("marker,code\nS-100,IHC1\nalpha-SMA,IHC2\nAE1/AE3,IHC3\n"), TestEngine.service().knowledgeBase());
        assertThat(m.restricts()).isTrue();
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.offers("S100")).isTrue();
        assertThat(m.offers("SMA")).isTrue();
        assertThat(m.offers("pan-cytokeratin")).isTrue();
        assertThat(m.offers("HHV8")).isFalse();
    }

    @Test
    void aMenuSavedByASpreadsheetWithAByteOrderMarkAndWindowsLineEndsIsRead() throws IOException {
        Path p = dir.resolve("excel.csv");
        Files.write(p, "\uFEFFmarker,code\r\nSMA,1\r\ndesmin,2\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StainMenu m = StainMenu.load(p, TestEngine.service().knowledgeBase());
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.offers("desmin")).isTrue();
    }

    @Test
    void aStainTheTableCannotReadFailsTheMenuNamingItsLine() throws IOException {
        Path p = menu("marker\nSMA\nXYZ-999\n");
        assertThatThrownBy(() -> StainMenu.load(p, TestEngine.service().knowledgeBase()))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("XYZ-999").hasMessageContaining("3");
    }

    @Test
    void aMenuWithoutAStainIsRefusedRatherThanNarrowingTheAdviceToNothing() throws IOException {
        Path p = menu("marker\n");
        assertThatThrownBy(() -> StainMenu.load(p, TestEngine.service().knowledgeBase()))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("no stain");
    }

    @Test
    void withoutAMenuEveryStainIsOfferedAndTheAnswerSaysNothingOfAMenu() {
        assertThat(StainMenu.EVERY_STAIN.offers("HHV8")).isTrue();
        assertThat(StainMenu.EVERY_STAIN.restricts()).isFalse();
        assertThat(panel().pos("CD34").pos("BCL2").evaluate().stainMenu()).isNull();
    }

    @Test
    void theAdviceKeepsToTheMenuAndNamesTheBetterStainsItDoesNotOffer() {
        // CD34 and BCL2 leave solitary fibrous tumour and Kaposi sarcoma close: STAT6 or HHV8 would settle it
        String json = panel().pos("CD34").pos("BCL2").json();
        EvaluationService everyStain = TestEngine.service();
        Evaluation open = everyStain.evaluate(json);
        java.util.List<String> best = open.recommendations().stream().map(Recommendation::marker).toList();
        assertThat(best).isNotEmpty();
        String first = best.get(0);

        java.util.Set<String> offered = new java.util.HashSet<>(everyStain.knowledgeBase().markers().stream()
                .map(org.immunodiff.knowledge.Marker::name).toList());
        offered.remove(first);
        Evaluation narrowed = everyStain.withStainMenu(StainMenu.of(offered)).evaluate(json);

        assertThat(narrowed.recommendations()).extracting(Recommendation::marker).doesNotContain(first).isNotEmpty();
        assertThat(narrowed.stainMenu()).isNotNull();
        assertThat(narrowed.stainMenu().stains()).isEqualTo(offered.size());
        assertThat(narrowed.stainMenu().notOffered()).extracting(Recommendation::marker).containsExactly(first);
        // the ranking and everything but the advice are the menu's business not at all
        assertThat(narrowed.diagnoses()).isEqualTo(open.diagnoses());
        assertThat(narrowed.caveats()).isEqualTo(open.caveats());
    }
}
