package org.immunodiff.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.knowledge.PhraseDictionary;
import org.immunodiff.model.Detail;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of reading what labs write, checked over every row of the vocabularies and over generated text from a
 * fixed seed (so a failure is reproducible): names match without regard to case, no text breaks the reader or the
 * engine, no marker name is silently dropped, and "no" before a vocabulary phrase denies it.
 */
class ReadingPropertiesTest {
    private static final long SEED = 20261127L;

    private static KnowledgeBase kb() { return TestEngine.service().knowledgeBase(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySpellingInMixedCase")
    void everyPublishedSpellingOfAMarkerResolvesWhateverItsCase(String written, String canonical) {
        assertThat(kb().resolveMarker("  " + written + " ")).as(written)
                .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @MethodSource("generatedText")
    void anyMicroscopicDescriptionIsReadAndEvaluated(String description) {
        ObjectNode panel = panelWithSma();
        panel.putObject("morphology").put("description", description);
        Evaluation e = TestEngine.service().evaluate(panel, Detail.BRIEF);
        assertThat(e.diagnoses()).isNotEmpty();
        assertThat(e.diagnoses().stream().mapToDouble(RankedDiagnosis::probability).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(e.knowledgeBase().sha256()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("generatedNames")
    void aMarkerNameIsEitherReadOrReportedUnknownNeverDropped(String name) {
        ObjectNode panel = panelWithSma();
        panel.withArray("markers").addObject().put("marker", name).put("result", "negative");
        Panel p;
        try {
            p = TestEngine.service().read(panel.toString());
        } catch (InvalidPanelException e) {
            assertThat(e.field()).as("a rejected name names its field").startsWith("markers[1]");
            return;
        }
        boolean read = p.markers().stream().anyMatch(m -> name.equals(m.reportedAs()));
        boolean warned = p.warnings().stream().anyMatch(w -> w.detail() != null && w.detail().contains(name.strip()));
        assertThat(read || warned).as("'%s' is read (%s) or warned about (%s)", name, p.markers(), p.warnings()).isTrue();
    }

    @ParameterizedTest(name = "no {0}")
    @MethodSource("plainPhrases")
    void sayingNoBeforeAVocabularyPhraseDeniesTheFeature(String phrase) {
        List<PhraseDictionary.Match<String>> found = kb().findFeatures("There was no " + phrase + ".");
        assertThat(found).as(phrase).isNotEmpty();
        // denied, or read by a row that carries the "no" itself and names the opposite ("no atypia" is bland cytology)
        PhraseDictionary.Match<String> first = found.get(0);
        assertThat(first.negated() || first.from().toLowerCase(Locale.ROOT).startsWith("no "))
                .as("'no %s' read as %s", phrase, found).isTrue();
    }

    static Stream<Arguments> everySpellingInMixedCase() {
        Random random = new Random(SEED);
        List<Arguments> all = new ArrayList<>();
        for (Marker m : kb().markers()) {
            all.add(Arguments.of(mixCase(m.name(), random), m.name()));
            for (String s : kb().markerDictionary().synonymsOf(m.name())) all.add(Arguments.of(mixCase(s, random), m.name()));
        }
        return all.stream();
    }

    /** Words of the vocabularies, negations, numbers, punctuation and stray characters, in random order. */
    static Stream<String> generatedText() throws IOException {
        Random random = new Random(SEED);
        List<String> words = new ArrayList<>(vocabularyWords());
        words.addAll(List.of("no", "not", "without", "non", "rare", "few", "absent", "10", "HPF", "mitoses/10", "%", "(", ")",
                ";", ",", ".", "–", "‑", "“", "”", "µm", "×", "≥", "\t", "\n", "ü", "α", "β", "", "  ", "/", "::", "+", "-"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 150; i++) out.add(join(words, random, 1 + random.nextInt(60)));
        out.add("");
        out.add(" ".repeat(50));
        out.add("no ".repeat(40));
        return out.stream();
    }

    static Stream<String> generatedNames() throws IOException {
        Random random = new Random(SEED + 1);
        List<String> pieces = new ArrayList<>();
        for (Marker m : kb().markers()) pieces.add(m.name());
        pieces.addAll(List.of("anti", "positive", "-", "+", "(", ")", "/", ",", "and", "or", "clone", "‑", "α", "XYZ", "1A4", "for",
                "in situ hybridization", "markers", "protein", "gene", ";", ":"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) out.add(join(pieces, random, 1 + random.nextInt(5)));
        out.removeIf(String::isBlank);
        return out.stream();
    }

    /** Phrase rows that state a feature present and carry no negation, scarcity or clause break of their own. */
    static Stream<String> plainPhrases() throws IOException {
        Set<String> ownWords = Set.of("no", "not", "without", "absent", "absence", "lack", "lacking", "lacked", "non", "free",
                "devoid", "negative", "none", "nor", "neither", "rare", "rarely", "few", "occasional", "scant", "scanty",
                "scarce", "but", "with", "however", "although", "while", "whereas", "except", "minimal", "minimally", "low",
                "mild", "excluded", "undetectable", "only", "sparse", "sparsely", "infrequent", "isolated", "lacks",
                // clauses and qualified phrases, which "no" does not sensibly precede
                "is", "are", "was", "were", "including", "some", "often", "them", "mildly", "slight", "slightly");
        // a row that carries a negation of the table in any language ("ohne Atypien", "sem atipia") names the opposite itself
        List<String> negations = csvColumn("rules/knowledge/morphology/negations.csv", "word");
        List<String> phrases = new ArrayList<>();
        for (String[] row : phraseRows()) {
            if (row[1].startsWith("absent:")) continue;
            String lower = row[0].toLowerCase(Locale.ROOT);
            boolean plain = true;
            for (String w : lower.split("[^a-z0-9]+")) if (ownWords.contains(w)) plain = false;
            for (String n : negations) if ((" " + lower + " ").contains(" " + n.toLowerCase(Locale.ROOT) + " ")) plain = false;
            if (plain) phrases.add(row[0]);
        }
        return phrases.stream();
    }

    private static List<String> csvColumn(String file, String column) throws IOException {
        return csvRows(file).stream().map(r -> r.get(column)).toList();
    }

    private static List<String[]> phraseRows() throws IOException {
        return csvRows("rules/knowledge/morphology/feature-phrases.csv").stream()
                .map(r -> new String[] {r.get("phrase"), r.get("feature")}).toList();
    }

    private static List<java.util.Map<String, String>> csvRows(String file) throws IOException {
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        var schema = com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();
        try (var it = mapper.readerFor(java.util.Map.class).with(schema).<java.util.Map<String, String>>readValues(Path.of(file).toFile())) {
            return it.readAll();
        }
    }

    private static List<String> vocabularyWords() throws IOException {
        List<String> words = new ArrayList<>();
        for (String[] row : phraseRows()) words.addAll(List.of(row[0].split(" ")));
        return words;
    }

    private static String join(List<String> pieces, Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) s.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(4) == 0 ? "" : " ");
        return s.toString();
    }

    private static ObjectNode panelWithSma() {
        ObjectNode panel = Json.MAPPER.createObjectNode().put("caseId", "PROP-1");
        panel.putArray("markers").addObject().put("marker", "SMA").put("result", "positive");
        return panel;
    }

    private static String mixCase(String s, Random random) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        return out.toString();
    }
}
