package org.immunodiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/immunodiff on the packaged jar, as a user or an LIS script runs it: what goes to stdout is the answer and only
 * the answer, also on the first run after a build, when the launcher records its class-data-sharing archive and the
 * JVM has notes of its own to print.
 */
class LauncherIT {
    private record Run(int exit, String out, String err) { }

    private static Run launch(Path archive, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "bin/immunodiff"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("IMMUNODIFF_CDS", archive.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void evaluateJsonWritesOnlyTheAnswerToStdoutOnTheRunThatRecordsTheArchiveAndAfter(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("immunodiff.jsa");
        for (int run = 0; run < 2; run++) {
            Run r = launch(archive, "evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode answer = Json.MAPPER.readTree(r.out());
            assertThat(answer.at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
        }
        assertThat(archive).exists();
    }

    @Test
    void theArchiveIsRecordedFromAnEvaluationWhateverTheFirstCommand(@TempDir Path dir) throws Exception {
        // "--version" first used to record an archive of the few classes it loads, and every evaluate after it ran slower
        Run version = launch(dir.resolve("after-version.jsa"), "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out().strip()).startsWith("Immunodiff");
        Run evaluate = launch(dir.resolve("after-evaluate.jsa"), "evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(evaluate.exit()).as(evaluate.err()).isZero();
        long afterVersion = Files.size(dir.resolve("after-version.jsa"));
        long afterEvaluate = Files.size(dir.resolve("after-evaluate.jsa"));
        assertThat(afterVersion).as("archive recorded on a first --version run").isGreaterThanOrEqualTo(afterEvaluate * 9 / 10);
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no temporary archive left behind")
                    .containsExactlyInAnyOrder("after-version.jsa", "after-evaluate.jsa");
        }
    }

    @Test
    void whereTheArchiveCannotBeWrittenTheCommandRunsWithoutOne(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("no-such-folder").resolve("immunodiff.jsa");
        for (int run = 0; run < 2; run++) {
            Run r = launch(archive, "evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(Json.MAPPER.readTree(r.out()).at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
        }
        assertThat(archive.getParent()).doesNotExist();
    }

    @Test
    void batchToStdoutIsOneAnswerALineOnTheRunThatRecordsTheArchive(@TempDir Path dir) throws Exception {
        String panel = Files.readString(Path.of("samples/reference-laryngeal-leiomyosarcoma.json")).replaceAll("\\s*\\n\\s*", " ");
        Path input = dir.resolve("panels.ndjson");
        Files.writeString(input, panel + "\n" + panel + "\n" + panel + "\n");
        Run r = launch(dir.resolve("batch.jsa"), "batch", input.toString(), "--detail", "brief");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.stream().filter(line -> !line.startsWith("{")).toList()).as("lines on stdout that are not answers").isEmpty();
        assertThat(lines).hasSize(3);
        for (String line : lines) assertThat(Json.MAPPER.readTree(line).at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
    }
}
