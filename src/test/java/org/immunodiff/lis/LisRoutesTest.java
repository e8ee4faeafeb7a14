package org.immunodiff.lis;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** HL7 v2 and FHIR in and out: the same findings give the same answer by every route; bad messages get the protocol's error. */
class LisRoutesTest {
    private static final LisGateway GATEWAY = new LisGateway(TestEngine.service(),
            CodeMap.load(Path.of("samples/lis/code-map.csv"), TestEngine.service().knowledgeBase()));

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: JSON, HL7 v2 and FHIR rank alike")
    @ValueSource(strings = {"reference-laryngeal-leiomyosarcoma", "synovial-sarcoma", "solitary-fibrous-tumour", "schwannoma"})
    void theThreeFormsOfASampleGiveTheSameRankingAndGrade(String name) {
        Evaluation json = TestEngine.service().evaluate(read("samples/" + name + ".json"));
        LisGateway.Answer hl7 = GATEWAY.hl7v2(read("samples/lis/hl7v2/" + name + ".hl7"));
        LisGateway.Answer fhir = GATEWAY.fhir(read("samples/lis/fhir/" + name + ".json"));
        assertThat(hl7.accepted()).as(hl7.body()).isTrue();
        assertThat(fhir.accepted()).as(fhir.body()).isTrue();
        for (Evaluation other : new Evaluation[]{hl7.evaluation(), fhir.evaluation()}) {
            assertThat(other.diagnoses()).extracting(RankedDiagnosis::id).containsExactlyElementsOf(json.diagnoses().stream().map(RankedDiagnosis::id).toList());
            for (int i = 0; i < json.diagnoses().size(); i++) {
                assertThat(other.diagnoses().get(i).probability()).isEqualTo(json.diagnoses().get(i).probability());
            }
            assertThat(other.grade()).isEqualTo(json.grade());
            assertThat(other.warnings()).extracting(w -> w.code()).doesNotContain("UNKNOWN_MARKER");
        }
    }

    @Nested
    class Hl7v2 {
        private final String reference = read("samples/lis/hl7v2/reference-laryngeal-leiomyosarcoma.hl7");

        @Test
        void theAnswerIsAnOruWithTheControlIdEchoedAndTheDifferentialAndGradeInObx() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference);
            assertThat(a.body()).startsWith("MSH|").contains("ORU^R01").contains("\rMSA|AA|CTRL-REFERENCE-LA\r");
            assertThat(a.body()).contains("IMMDX-DX1^Differential rank 1^L||leiomyosarcoma^Leiomyosarcoma^IMMDX^8890/3");
            assertThat(a.body()).contains("IMMDX-GRADE^FNCLCC grade^L||3").contains("IMMDX-CAVEAT").contains("IMMDX-NEXT");
        }

        @Test
        void aLaboratorysStainMenuSendsTheBetterStainsItLacksAsTheirOwnObx() {
            LisGateway narrowed = new LisGateway(TestEngine.service().withStainMenu(org.immunodiff.engine.StainMenu.load(
                    Path.of("samples/lis/stain-menu.csv"), TestEngine.service().knowledgeBase())),
                    CodeMap.load(Path.of("samples/lis/code-map.csv"), TestEngine.service().knowledgeBase()));
            LisGateway.Answer a = narrowed.hl7v2(reference);
            assertThat(a.accepted()).isTrue();
            assertThat(a.body()).contains("IMMDX-SENDOUT^Stain not on the laboratory's menu^L||MSA: ").contains("IMMDX-NEXT");
            assertThat(GATEWAY.hl7v2(reference).body()).doesNotContain("IMMDX-SENDOUT");
        }

        @Test
        void labCodesMapThroughTheCodeMapAndLoincKi67IsRead() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference);
            assertThat(a.evaluation().grade().surrogate()).isTrue();
            assertThat(a.evaluation().diagnoses().get(0).supporting()).extracting(e -> e.item()).contains("SMA");
        }

        @Test
        void anUnknownCodeIsAWarningNotASilentDrop() {
            String msg = reference.replace("OBX|9|ST|^CD34^L||negative", "OBX|9|ST|XYZ-99^Mystery stain^L||negative");
            LisGateway.Answer a = GATEWAY.hl7v2(msg);
            assertThat(a.accepted()).isTrue();
            assertThat(a.evaluation().warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("UNKNOWN_MARKER");
                assertThat(w.detail()).isEqualTo("Mystery stain");
            });
        }

        @Test
        void olderAndNewerVersionsAreRead() {
            for (String v : new String[]{"2.3", "2.4", "2.6", "2.8"}) {
                LisGateway.Answer a = GATEWAY.hl7v2(reference.replace("|P|2.5\r", "|P|" + v + "\r"));
                assertThat(a.accepted()).as("version " + v + ": " + a.body()).isTrue();
                assertThat(a.evaluation().diagnoses().get(0).id()).isEqualTo("leiomyosarcoma");
            }
        }

        @Test
        void aMessageWithoutMshIsRejectedWithAnAckLocatingMsh() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference.substring(reference.indexOf("PID|")));
            assertThat(a.accepted()).isFalse();
            assertThat(a.body()).contains("MSA|AR").contains("ERR|").contains("MSH");
        }

        @Test
        void aWrongVersionIsRejectedAtMsh12() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference.replace("|P|2.5\r", "|P|2.1\r"));
            assertThat(a.body()).contains("MSA|AR|CTRL-REFERENCE-LA").contains("ERR|").contains("MSH^^12").contains("2.1");
        }

        @Test
        void anUnreadableResultIsAnErrorLocatingItsObx() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference.replace("OBX|9|ST|^CD34^L||negative", "OBX|9|ST|^CD34^L||see comment"));
            assertThat(a.accepted()).isFalse();
            assertThat(a.body()).contains("MSA|AE|CTRL-REFERENCE-LA").contains("ERR|").contains("OBX set 9");
        }

        @Test
        void anOutOfRangeValueIsAnErrorLocatingTheObxItCameFrom() {
            LisGateway.Answer a = GATEWAY.hl7v2(reference.replace("OBX|15|ST|29593-1^Ki-67^LN||60|%", "OBX|15|ST|29593-1^Ki-67^LN||140|%"));
            assertThat(a.accepted()).isFalse();
            assertThat(a.body()).contains("MSA|AE").contains("OBX set 15").contains("percent");
        }

        @Test
        void brokenSegmentsGetAnAckNotAnException() {
            LisGateway.Answer a = GATEWAY.hl7v2("MSH|^~\\&|LIS|LAB|IMMDX|LAB|20250601||ORU^R01|X1|P|2.5\rPID|1\rOBR\rOBX|1|ST|^SMA^L\r\u0000\u0001garbage|||");
            assertThat(a.accepted()).isFalse();
            assertThat(a.body()).contains("MSA|A");
        }
    }

    @Nested
    class Fhir {
        private final String reference = read("samples/lis/fhir/reference-laryngeal-leiomyosarcoma.json");

        @Test
        void theAnswerIsABundleWithADiagnosticReportAndObservationsForTheDifferentialAndGrade() throws IOException {
            LisGateway.Answer a = GATEWAY.fhir(reference);
            JsonNode bundle = Json.MAPPER.readTree(a.body());
            assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
            JsonNode report = bundle.at("/entry/0/resource");
            assertThat(report.get("resourceType").asText()).isEqualTo("DiagnosticReport");
            assertThat(report.get("conclusion").asText()).contains("Leiomyosarcoma").contains("FNCLCC grade 3").contains("not a diagnosis");
            assertThat(report.at("/conclusionCode/0/coding/0/code").asText()).isEqualTo("8890/3");
            assertThat(bundle.get("entry").toString()).contains("FNCLCC grade");
        }

        @Test
        void theAnswerCarriesTheNextStainsAndThoseALaboratorysMenuLacks() throws IOException {
            JsonNode open = Json.MAPPER.readTree(GATEWAY.fhir(reference).body());
            assertThat(open.at("/entry/0/resource/conclusion").asText()).contains("Next stains: ");
            assertThat(open.get("entry").toString()).contains("\"code\":\"next-stain\"").doesNotContain("send-out-stain");
            LisGateway narrowed = new LisGateway(TestEngine.service().withStainMenu(org.immunodiff.engine.StainMenu.load(
                    Path.of("samples/lis/stain-menu.csv"), TestEngine.service().knowledgeBase())),
                    CodeMap.load(Path.of("samples/lis/code-map.csv"), TestEngine.service().knowledgeBase()));
            JsonNode sent = Json.MAPPER.readTree(narrowed.fhir(reference).body());
            assertThat(sent.get("entry").toString()).contains("\"code\":\"send-out-stain\"");
            assertThat(sent.get("entry").toString()).contains("\"text\":\"MSA\"");
        }

        @Test
        void invalidJsonGetsAnOperationOutcome() throws IOException {
            LisGateway.Answer a = GATEWAY.fhir("{ not json");
            assertThat(a.accepted()).isFalse();
            assertThat(Json.MAPPER.readTree(a.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
        }

        @Test
        void aResourceThatIsNotABundleIsRejected() throws IOException {
            LisGateway.Answer a = GATEWAY.fhir("{\"resourceType\":\"Patient\",\"gender\":\"male\"}");
            JsonNode oo = Json.MAPPER.readTree(a.body());
            assertThat(oo.get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(oo.at("/issue/0/diagnostics").asText()).contains("Bundle");
        }

        @Test
        void anObservationWithoutACodeIsNamedByItsPath() throws IOException {
            JsonNode bundle = Json.MAPPER.readTree(reference);
            ((com.fasterxml.jackson.databind.node.ObjectNode) bundle.at("/entry/5/resource")).remove("code");
            LisGateway.Answer a = GATEWAY.fhir(bundle.toString());
            JsonNode oo = Json.MAPPER.readTree(a.body());
            assertThat(oo.at("/issue/0/expression/0").asText()).isEqualTo("Bundle.entry[5].resource.code");
        }

        @Test
        void ki67WithItsLoincCodeIsRead() {
            assertThat(GATEWAY.fhir(reference).evaluation().grade().surrogate()).isTrue();
        }
    }
}
