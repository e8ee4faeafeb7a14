package org.immunodiff.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy on published cases compiled from the literature, markers as each paper spells them: the suite the
 * tables were reviewed against (src/test/resources/validation/cases) and held-out sets compiled later by others,
 * blind to the tables, that no change was ever checked against before they were first scored (the holdout folders). Prints top-1 / top-3 overall, by region and by diagnosis, and the calibration (Brier score,
 * accuracy of the top diagnosis at each probability band). Writes the report to target/validation-report.txt.
 */
class ValidationSuiteTest {
    static final double MIN_TOP1 = 0.85;
    static final double MIN_TOP3 = 0.95;
    static final String ROOT = "src/test/resources/validation";
    private static final double[] BANDS = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0001};

    /**
     * The case folders under src/test/resources/validation, each reported apart and all together: cases/ first, then
     * the held-out sets in the order they were compiled (holdout, holdout2, holdout3, ...). Read from disk, so a new set
     * is counted as soon as its folder exists.
     */
    static final List<String> SETS = caseFolders();

    private static List<String> caseFolders() {
        try (Stream<Path> folders = Files.list(Path.of(ROOT))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted(Comparator.comparingInt(ValidationSuiteTest::compilationOrder).thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** cases/ first, then holdout/ as the first held-out set and holdoutN as the Nth. */
    private static int compilationOrder(String folder) {
        if (folder.equals("cases")) return 0;
        if (folder.equals("holdout")) return 1;
        if (folder.matches("holdout\\d+")) return Integer.parseInt(folder.substring("holdout".length()));
        return Integer.MAX_VALUE;
    }

    record Outcome(String set, String file, String expected, String region, List<String> ranked, double topProbability,
                   double probabilityOfTruth, Evaluation evaluation) {
        boolean top1() { return ranked.get(0).equals(expected); }

        boolean top3() { return ranked.subList(0, Math.min(3, ranked.size())).contains(expected); }
    }

    static List<Outcome> runAll() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String set : SETS) {
          Path folder = Path.of(ROOT, set);
          try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode c = Json.MAPPER.readTree(p.toFile());
                Evaluation e = TestEngine.service().evaluate(c);
                String expected = c.get("expected").asText();
                List<String> ranked = e.diagnoses().stream().map(RankedDiagnosis::id).toList();
                double truth = e.diagnoses().stream().filter(d -> d.id().equals(expected)).mapToDouble(RankedDiagnosis::probability).findFirst().orElse(0);
                outcomes.add(new Outcome(set, p.getFileName().toString(), expected, c.path("region").asText("other"), ranked,
                        e.diagnoses().get(0).probability(), truth, e));
            }
          }
        }
        return outcomes;
    }

    static String report(List<Outcome> outcomes) {
        StringBuilder s = new StringBuilder();
        int n = outcomes.size();
        long top1 = outcomes.stream().filter(Outcome::top1).count();
        long top3 = outcomes.stream().filter(Outcome::top3).count();
        s.append(String.format(Locale.ROOT, "Validation: %d published cases, %d diagnoses%n", n,
                outcomes.stream().map(Outcome::expected).distinct().count()));
        s.append(String.format(Locale.ROOT, "top-1 %d/%d = %.1f %%   top-3 %d/%d = %.1f %%%n", top1, n, 100.0 * top1 / n, top3, n, 100.0 * top3 / n));
        for (String set : SETS) {
            List<Outcome> r = outcomes.stream().filter(o -> o.set().equals(set)).toList();
            if (r.isEmpty()) continue;
            s.append(String.format(Locale.ROOT, "  set %-10s n=%-3d top-1 %.1f %%  top-3 %.1f %%%n", set, r.size(),
                    100.0 * r.stream().filter(Outcome::top1).count() / r.size(), 100.0 * r.stream().filter(Outcome::top3).count() / r.size()));
        }
        for (String region : List.of("head-and-neck", "other")) {
            List<Outcome> r = outcomes.stream().filter(o -> o.region().equals(region)).toList();
            if (r.isEmpty()) continue;
            s.append(String.format(Locale.ROOT, "  %-14s n=%-3d top-1 %.1f %%  top-3 %.1f %%%n", region, r.size(),
                    100.0 * r.stream().filter(Outcome::top1).count() / r.size(), 100.0 * r.stream().filter(Outcome::top3).count() / r.size()));
        }
        // Brier score over the reported diagnoses (the truth gets 1, every listed diagnosis its probability).
        double brier = 0;
        for (Outcome o : outcomes) {
            double b = 0;
            boolean truthListed = false;
            for (RankedDiagnosis d : o.evaluation().diagnoses()) {
                double y = d.id().equals(o.expected()) ? 1 : 0;
                truthListed |= y == 1;
                b += (d.probability() - y) * (d.probability() - y);
            }
            if (!truthListed) b += 1;
            brier += b;
        }
        s.append(String.format(Locale.ROOT, "Brier score %.3f (0 is perfect; a flat guess over 30 scores about 0.97)%n", brier / n));
        s.append("Calibration: accuracy of the top diagnosis by its stated probability\n");
        for (int i = 0; i + 1 < BANDS.length; i++) {
            double lo = BANDS[i], hi = BANDS[i + 1];
            List<Outcome> band = outcomes.stream().filter(o -> o.topProbability() >= lo && o.topProbability() < hi).toList();
            if (band.isEmpty()) continue;
            double stated = band.stream().mapToDouble(Outcome::topProbability).average().orElse(0);
            double actual = (double) band.stream().filter(Outcome::top1).count() / band.size();
            s.append(String.format(Locale.ROOT, "  %.1f-%.1f  n=%-3d mean stated %.2f  observed %.2f%n", lo, Math.min(hi, 1.0), band.size(), stated, actual));
        }
        s.append("Per diagnosis (n, top-1, top-3)\n");
        Map<String, List<Outcome>> byDx = new TreeMap<>();
        outcomes.forEach(o -> byDx.computeIfAbsent(o.expected(), k -> new ArrayList<>()).add(o));
        byDx.forEach((dx, list) -> s.append(String.format(Locale.ROOT, "  %-42s %2d  %3d %%  %3d %%%n", dx, list.size(),
                100 * list.stream().filter(Outcome::top1).count() / list.size(), 100 * list.stream().filter(Outcome::top3).count() / list.size())));
        s.append("Misses (expected -> ranked first three, top probability)\n");
        outcomes.stream().filter(o -> !o.top1()).forEach(o -> s.append(String.format(Locale.ROOT, "  %-60s %s -> %s %.2f%n",
                o.set() + "/" + o.file(), o.expected(), o.ranked().subList(0, 3), o.topProbability())));
        return s.toString();
    }

    @Test
    void theSuiteIsLargeAndBroadEnoughAndItsFiguresAreReported() throws IOException {
        List<Outcome> outcomes = runAll();
        String report = report(outcomes);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/validation-report.txt"), report, StandardCharsets.UTF_8);
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(80);
        assertThat(outcomes.stream().map(Outcome::expected).distinct().count()).isGreaterThanOrEqualTo(24);
        assertThat(outcomes.stream().filter(o -> o.region().equals("head-and-neck")).count()).isGreaterThanOrEqualTo(30);
    }

    /**
     * One patient is one case: a paper found twice (under another address, or read by two compilers) must not be scored
     * twice. Two files are the same patient when they give the same diagnosis, age, sex, primary site (its first word)
     * and the same stains with the same results.
     */
    @Test
    void noPublishedPatientIsCountedTwice() throws IOException {
        Map<String, List<String>> filesByPatient = new TreeMap<>();
        for (String set : SETS) {
            Path folder = Path.of(ROOT, set);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    filesByPatient.computeIfAbsent(patientKey(Json.MAPPER.readTree(p.toFile())), k -> new ArrayList<>())
                            .add(set + "/" + p.getFileName());
                }
            }
        }
        assertThat(filesByPatient.values().stream().filter(files -> files.size() > 1).toList())
                .as("files that describe the same patient").isEmpty();
    }

    private static String patientKey(JsonNode c) {
        List<String> stains = new ArrayList<>();
        c.path("markers").forEach(m -> stains.add(m.path("marker").asText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                + "=" + m.path("result").asText()));
        stains.sort(null);
        String site = c.path("specimen").path("site").asText().toLowerCase(Locale.ROOT).trim();
        return String.join("|", c.path("expected").asText(), c.path("patient").path("age").asText(),
                c.path("patient").path("sex").asText(), site.isEmpty() ? "" : site.split("\\s+")[0], String.join(",", stains));
    }

    /**
     * The accuracy target of the knowledge-base issue. Run with {@code mvn verify -Paccuracy-gate}; it is kept
     * out of the default build until the engine meets it, so that the figures above stay visible on every run
     * while the gap is worked on. Never lower these thresholds to make it pass.
     */
    @Test
    @Tag("accuracy-gate")
    void publishedCasesAreRankedRightAtTheRequiredRate() throws IOException {
        List<Outcome> outcomes = runAll();
        System.out.println(report(outcomes));
        double top1 = (double) outcomes.stream().filter(Outcome::top1).count() / outcomes.size();
        double top3 = (double) outcomes.stream().filter(Outcome::top3).count() / outcomes.size();
        assertThat(top1).as("top-1 accuracy").isGreaterThanOrEqualTo(MIN_TOP1);
        assertThat(top3).as("top-3 accuracy").isGreaterThanOrEqualTo(MIN_TOP3);
    }
}
