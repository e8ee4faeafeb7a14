package org.immunodiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: exit codes, stdout and stderr. */
class CommandLineTest {
    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ImmunodiffCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void evaluateJsonRanksTheReferenceCaseLeiomyosarcomaFirstWithGrade3() throws IOException {
        Run r = run("evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isZero();
        JsonNode result = Json.MAPPER.readTree(r.out());
        assertThat(result.at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
        assertThat(result.at("/grade/grade").asInt()).isEqualTo(3);
        assertThat(result.at("/grade/total").asInt()).isEqualTo(7);
        assertThat(result.at("/grade/surrogate").asBoolean()).isTrue();
        assertThat(result.at("/diagnoses/0/supporting").size()).isGreaterThanOrEqualTo(2);
        assertThat(result.at("/diagnoses/0/rules").toString())
                .contains("Each stain result weighs every diagnosis by its literature frequency")
                .contains("Each recognised feature weighs every diagnosis by how often it is reported");
        assertThat(result.at("/knowledgeBase/sha256").asText()).hasSize(64);
        assertThat(result.at("/decisionSupport").asText()).contains("Decision support");
    }

    @Test
    void briefDetailKeepsTheRankingAndGradeButListsFiveDiagnosesWithThreeReasonsEachWay() throws IOException {
        JsonNode full = Json.MAPPER.readTree(run("evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json").out());
        Run r = run("evaluate", "--json", "--detail", "BRIEF", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isZero();
        JsonNode brief = Json.MAPPER.readTree(r.out());
        assertThat(brief.at("/detail").asText()).isEqualTo("brief");
        assertThat(full.at("/detail").asText()).isEqualTo("full");
        assertThat(brief.get("diagnoses")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(brief.at("/diagnoses/" + i + "/id")).isEqualTo(full.at("/diagnoses/" + i + "/id"));
            assertThat(brief.at("/diagnoses/" + i + "/probability")).isEqualTo(full.at("/diagnoses/" + i + "/probability"));
            assertThat(brief.at("/diagnoses/" + i + "/supporting").size()).isBetween(1, 3);
            for (String field : new String[]{"marker", "weight", "note"}) { // source keys number the answer's own sources table
                assertThat(brief.at("/diagnoses/" + i + "/supporting/0/" + field)).isEqualTo(full.at("/diagnoses/" + i + "/supporting/0/" + field));
            }
            assertThat(brief.at("/diagnoses/" + i + "/conflicting").size()).isLessThanOrEqualTo(3);
        }
        assertThat(full.at("/diagnoses/0/supporting").size()).isGreaterThan(3);
        assertThat(brief.get("grade")).isEqualTo(full.get("grade"));
        assertThat(brief.get("recommendations")).isEqualTo(full.get("recommendations"));
        assertThat(brief.get("caveats")).isEqualTo(full.get("caveats"));
    }

    @Test
    void anUnknownDetailLevelIsRejectedNamingTheChoices() {
        Run r = run("evaluate", "--detail", "terse", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--detail").contains("'full' or 'brief'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void evaluatePrintsAReadableReport() {
        Run r = run("evaluate", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Decision support").contains("1. Leiomyosarcoma").contains("FNCLCC grade 3");
    }

    @Test
    void badInputExits2NamingTheFieldWithNothingOnStdout(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":140}]}");
        Run r = run("evaluate", "--json", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("markers[0].percent");
    }

    @Test
    void aMissingFileExits2() {
        Run r = run("evaluate", "no-such-panel.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void batchKeepsInputOrderAndAnswersABadLineInItsPlace(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.ndjson");
        Path out = tmp.resolve("out.ndjson");
        Files.write(in, List.of(
                "{\"caseId\":\"A\",\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}",
                "{\"caseId\":\"B\",\"markers\":[]}",
                "",
                "not json",
                "{\"caseId\":\"C\",\"markers\":[{\"marker\":\"S100\",\"result\":\"positive\"}]}"));
        Run r = run("batch", in.toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("caseId").asText()).isEqualTo("A");
        JsonNode b = Json.MAPPER.readTree(lines.get(1));
        assertThat(b.get("line").asInt()).isEqualTo(2);
        assertThat(b.get("field").asText()).isEqualTo("markers");
        assertThat(Json.MAPPER.readTree(lines.get(2)).get("line").asInt()).isEqualTo(4);
        assertThat(Json.MAPPER.readTree(lines.get(3)).get("caseId").asText()).isEqualTo("C");
        assertThat(r.err()).contains("4 panels, 2 evaluated, 2 rejected");
    }

    @Test
    void batchKeepsInputOrderAcrossBlocksAndWorkerRuns(@TempDir Path tmp) throws IOException {
        // more lines than two blocks of work, each handed to the workers in runs of several lines, bad lines among them
        int panels = 600;
        List<String> input = new java.util.ArrayList<>();
        for (int i = 0; i < panels; i++) {
            input.add(i % 37 == 5 ? "{\"caseId\":\"X" + i + "\",\"markers\":[]}"
                    : "{\"caseId\":\"P" + i + "\",\"markers\":[{\"marker\":\"" + (i % 2 == 0 ? "SMA" : "S100") + "\",\"result\":\"positive\"}]}");
        }
        Path in = tmp.resolve("in.ndjson");
        Path out = tmp.resolve("out.ndjson");
        Files.write(in, input);
        Run r = run("batch", in.toString(), "--out", out.toString(), "--detail", "brief", "--threads", "2");
        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(panels);
        int rejected = 0;
        for (int i = 0; i < panels; i++) {
            JsonNode answer = Json.MAPPER.readTree(lines.get(i));
            if (i % 37 == 5) {
                rejected++;
                assertThat(answer.get("line").asInt()).as("line %d", i + 1).isEqualTo(i + 1);
            } else {
                assertThat(answer.get("caseId").asText()).as("line %d", i + 1).isEqualTo("P" + i);
            }
        }
        assertThat(r.err()).contains(panels + " panels, " + (panels - rejected) + " evaluated, " + rejected + " rejected");
    }

    @Test
    void aBrokenRulesFolderFailsFastNamingTheFile(@TempDir Path tmp) throws IOException {
        Path rules = org.immunodiff.knowledge.KnowledgeBaseTest.copyOfRules(tmp);
        Files.writeString(rules.resolve("grading/broken.drl"), "package rules.grading;\nrule \"x\" when Foo( then end\n");
        Run r = run("--rules", rules.toString(), "evaluate", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/grading/broken.drl:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void evaluateReadsHl7v2AndFhirWithTheLabsCodeMap() {
        Run hl7 = run("--code-map", "samples/lis/code-map.csv", "evaluate", "--format", "hl7v2", "samples/lis/hl7v2/reference-laryngeal-leiomyosarcoma.hl7");
        assertThat(hl7.exit()).isZero();
        assertThat(hl7.out()).contains("MSA|AA|").contains("leiomyosarcoma^Leiomyosarcoma");
        Run fhir = run("evaluate", "--format", "fhir", "samples/lis/fhir/reference-laryngeal-leiomyosarcoma.json");
        assertThat(fhir.exit()).isZero();
        assertThat(fhir.out()).contains("\"resourceType\":\"Bundle\"").contains("FNCLCC grade 3");
    }

    @Test
    void theLabsStainMenuKeepsTheNextStainsToWhatItOffersAndNamesTheOthersApart() {
        Run r = run("--stain-menu", "samples/lis/stain-menu.csv", "evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"stainMenu\"").contains("\"notOffered\"").contains("\"marker\" : \"MSA\"");
        Run report = run("--stain-menu", "samples/lis/stain-menu.csv", "evaluate", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(report.out()).contains("Next stains (from the laboratory's menu of 22)").contains("Not on the laboratory's menu");
        Run open = run("evaluate", "--json", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(open.out()).doesNotContain("stainMenu");
    }

    @Test
    void aStainMenuNamingAnUnknownStainStopsBeforeAnyPanelIsEvaluated(@TempDir Path tmp) throws IOException {
        Path menu = tmp.resolve("menu.csv");
        Files.writeString(menu, "marker\nSMA\nQQ-77\n");
        Run r = run("--stain-menu", menu.toString(), "evaluate", "samples/reference-laryngeal-leiomyosarcoma.json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown marker 'QQ-77'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadHl7MessageExits2WithTheAckOnStderr(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.hl7");
        Files.writeString(bad, "PID|1||X\rOBX|1|ST|^SMA^L||positive\r");
        Run r = run("evaluate", "--format", "hl7v2", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("MSA|AR");
    }
}
