package org.immunodiff.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.Json;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST service on a real Jetty on a random loopback port, spoken to with java.net.http. */
class ApiServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REFERENCE = read("samples/reference-laryngeal-leiomyosarcoma.json");

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Reply send(int port, String method, String path, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
        if (contentType != null) b.header("Content-Type", contentType);
        if (auth != null) b.header("Authorization", auth);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OpenService {
        ApiServer server;

        @BeforeAll
        void start() throws IOException {
            server = new ApiServer(TestEngine.service(), ServerOptions.defaults(0).withHost("127.0.0.1").withLimits(64 * 1024, 5)).start();
            OpenApiSchemas.load();
        }

        @AfterAll
        void stop() { server.stop(); }

        Reply post(String path, String type, String body) throws Exception { return send(server.port(), "POST", path, type, body, null); }

        Reply get(String path) throws Exception { return send(server.port(), "GET", path, null, null, null); }

        @Test
        void onePanelIsEvaluatedAndMatchesTheOpenApiDocument() throws Exception {
            Reply r = post("/api/v1/evaluations", "application/json; charset=utf-8", REFERENCE);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
            assertThat(r.json().at("/grade/grade").asInt()).isEqualTo(3);
            assertThat(OpenApiSchemas.errors("Evaluation", r.body())).isEmpty();
        }

        @Test
        void briefDetailIsAskedForInTheQueryAndStillMatchesTheOpenApiDocument() throws Exception {
            Reply r = post("/api/v1/evaluations?detail=brief", "application/json", REFERENCE);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/detail").asText()).isEqualTo("brief");
            assertThat(r.json().get("diagnoses")).hasSize(5);
            assertThat(r.json().at("/diagnoses/0/id").asText()).isEqualTo("leiomyosarcoma");
            assertThat(r.json().at("/diagnoses/0/supporting").size()).isBetween(1, 3);
            assertThat(OpenApiSchemas.errors("Evaluation", r.body())).isEmpty();
            Reply bad = post("/api/v1/evaluations?detail=everything", "application/json", REFERENCE);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().at("/field").asText()).isEqualTo("detail");
        }

        @Test
        void theSchemaCheckRejectsABodyThatBreaksTheDocument() {
            assertThat(OpenApiSchemas.errors("Evaluation", "{\"caseId\":\"x\",\"diagnoses\":[]}")).isNotEmpty();
            assertThat(OpenApiSchemas.errors("Error", "{\"error\":3}")).isNotEmpty();
        }

        @Test
        void aBatchKeepsOrderAndAnswersABadPanelInItsPlace() throws Exception {
            String batch = "[{\"caseId\":\"A\",\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]},"
                    + "{\"caseId\":\"B\",\"markers\":[]},"
                    + "{\"caseId\":\"C\",\"markers\":[{\"marker\":\"S100\",\"result\":\"positive\"}]}]";
            Reply r = post("/api/v1/evaluations:batch", "application/json", batch);
            assertThat(r.status()).isEqualTo(200);
            JsonNode a = r.json();
            assertThat(a).hasSize(3);
            assertThat(a.get(0).get("caseId").asText()).isEqualTo("A");
            assertThat(a.get(1).get("index").asInt()).isEqualTo(1);
            assertThat(a.get(1).get("field").asText()).isEqualTo("markers");
            assertThat(a.get(2).get("caseId").asText()).isEqualTo("C");
            assertThat(OpenApiSchemas.errors("BatchError", a.get(1).toString())).isEmpty();
            assertThat(OpenApiSchemas.errors("Evaluation", a.get(2).toString())).isEmpty();
        }

        @Test
        void aBatchMayBeNdjson() throws Exception {
            Reply r = post("/api/v1/evaluations:batch", "application/x-ndjson",
                    "{\"caseId\":\"A\",\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}\nnot json\n{\"caseId\":\"C\",\"markers\":[{\"marker\":\"CD34\",\"result\":\"positive\"}]}\n");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json()).hasSize(3);
            assertThat(r.json().get(1).get("index").asInt()).isEqualTo(1);
            assertThat(r.json().get(2).get("caseId").asText()).isEqualTo("C");
        }

        @Test
        void knowledgeBaseDiagnosesAndMarkersAreServed() throws Exception {
            Reply kb = get("/api/v1/knowledge-base");
            assertThat(kb.status()).isEqualTo(200);
            assertThat(kb.json().get("sha256").asText()).isEqualTo(TestEngine.service().knowledgeBase().identity().sha256());
            assertThat(OpenApiSchemas.errors("KnowledgeBase", kb.body())).isEmpty();
            Reply dx = get("/api/v1/diagnoses");
            assertThat(dx.json().size()).isGreaterThanOrEqualTo(30);
            assertThat(OpenApiSchemas.errors("Diagnosis", dx.json().get(0).toString())).isEmpty();
            Reply markers = get("/api/v1/markers");
            JsonNode sma = null;
            for (JsonNode m : markers.json()) if (m.get("marker").asText().equals("SMA")) sma = m;
            assertThat(sma).isNotNull();
            assertThat(sma.get("synonyms").toString()).contains("ASMA");
            assertThat(OpenApiSchemas.errors("Marker", sma.toString())).isEmpty();
        }

        @Test
        void healthMetricsAndTheOpenApiDocumentAreServed() throws Exception {
            Reply health = get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().at("/knowledgeBase/loaded").asBoolean()).isTrue();
            assertThat(OpenApiSchemas.errors("Health", health.body())).isEmpty();
            post("/api/v1/evaluations", "application/json", REFERENCE);
            Reply metrics = get("/metrics");
            assertThat(metrics.body()).contains("immunodiff_evaluations_total").contains("http_server_requests_seconds");
            Reply doc = get("/openapi.json");
            assertThat(doc.json().at("/paths").has("/api/v1/evaluations:batch")).isTrue();
        }

        @Test
        void theOpenApiDocumentListsEveryRouteTheServerAnswers() throws Exception {
            JsonNode paths = get("/openapi.json").json().get("paths");
            for (String route : List.of("/api/v1/evaluations", "/api/v1/evaluations:batch", "/api/v1/knowledge-base",
                    "/api/v1/diagnoses", "/api/v1/markers", "/api/v1/features", "/api/v1/samples", "/api/v1/hl7v2", "/api/v1/fhir", "/health", "/metrics", "/openapi.json", "/")) {
                assertThat(paths.has(route)).as(route).isTrue();
            }
        }

        @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
        @CsvSource(delimiter = '|', value = {
                "malformed JSON|{\"markers\": [|400|$",
                "wrong type|{\"patient\":{\"age\":\"old\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}|400|patient.age",
                "out of range|{\"markers\":[{\"marker\":\"Ki-67\",\"percent\":140}]}|400|markers[0].percent",
                "empty panel|{}|400|markers",
                "no markers|{\"markers\":[]}|400|markers",
                "bad enum|{\"markers\":[{\"marker\":\"SMA\",\"result\":\"maybe\"}]}|400|markers[0].result"})
        void badPanelsGet400NamingTheField(String kind, String body, int status, String field) throws Exception {
            Reply r = post("/api/v1/evaluations", "application/json", body);
            assertThat(r.status()).as(kind).isEqualTo(status);
            assertThat(r.json().get("field").asText()).isEqualTo(field);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(OpenApiSchemas.errors("Error", r.body())).isEmpty();
        }

        @Test
        void anHl7v2OruIsAnsweredWithAnOruAndABadOneWithAnAck() throws Exception {
            Reply ok = post("/api/v1/hl7v2", "application/hl7-v2", read("samples/lis/hl7v2/synovial-sarcoma.hl7"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body()).contains("MSA|AA|").contains("IMMDX-DX1^Differential rank 1^L||synovial-sarcoma");
            Reply bad = post("/api/v1/hl7v2", "text/plain", "PID|1||X\rOBX|1|ST|^SMA^L||positive");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("MSA|AR").contains("ERR|");
        }

        @Test
        void aFhirBundleIsAnsweredWithABundleAndABadOneWithAnOperationOutcome() throws Exception {
            Reply ok = post("/api/v1/fhir", "application/fhir+json", read("samples/lis/fhir/solitary-fibrous-tumour.json"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.json().get("resourceType").asText()).isEqualTo("Bundle");
            Reply bad = post("/api/v1/fhir", "application/fhir+json", "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"valueString\":\"positive\"}}]}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(bad.json().at("/issue/0/expression/0").asText()).isEqualTo("Bundle.entry[0].resource.code");
        }

        @Test
        void aTenMegabyteMessageIsRejectedInTheProtocolsOwnTermsNeverA500() throws Exception {
            String huge = "MSH|^~\\&|LIS|LAB|IMMDX|LAB|20250601||ORU^R01|BIG|P|2.5\rNTE|1||" + "x".repeat(10 * 1024 * 1024);
            Reply hl7 = post("/api/v1/hl7v2", "application/hl7-v2", huge);
            assertThat(hl7.status()).isEqualTo(413);
            assertThat(hl7.body()).contains("MSA|AR");
            Reply fhir = post("/api/v1/fhir", "application/fhir+json", "{\"resourceType\":\"Bundle\",\"x\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
            assertThat(fhir.status()).isEqualTo(413);
            assertThat(fhir.body()).contains("OperationOutcome");
        }

        @Test
        void anUnknownContentTypeGets415() throws Exception {
            Reply r = post("/api/v1/evaluations", "text/plain", REFERENCE);
            assertThat(r.status()).isEqualTo(415);
            assertThat(r.json().get("field").asText()).isEqualTo("Content-Type");
        }

        @Test
        void aBodyOverTheLimitGets413() throws Exception {
            String big = "{\"caseId\":\"" + "x".repeat(70 * 1024) + "\",\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}";
            Reply r = post("/api/v1/evaluations", "application/json", big);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).contains("limit");
        }

        @Test
        void aBatchOverTheCountGets413() throws Exception {
            String one = "{\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"}]}";
            Reply r = post("/api/v1/evaluations:batch", "application/json", "[" + String.join(",", java.util.Collections.nCopies(6, one)) + "]");
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).contains("at most 5");
        }

        @Test
        void aBatchThatIsNotAnArrayGets400() throws Exception {
            assertThat(post("/api/v1/evaluations:batch", "application/json", "{\"markers\":[]}").status()).isEqualTo(400);
        }

        @Test
        void anUnknownPathGets404AsJson() throws Exception {
            Reply r = get("/api/v1/nothing-here");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().has("error")).isTrue();
        }

        @Test
        void severalHundredParallelRequestsEachGetTheirOwnAnswer() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                String[] templates = {
                        "{\"caseId\":\"%s\",\"specimen\":{\"site\":\"larynx\"},\"markers\":[{\"marker\":\"SMA\",\"result\":\"positive\"},{\"marker\":\"desmin\",\"result\":\"positive\"}]}",
                        "{\"caseId\":\"%s\",\"markers\":[{\"marker\":\"STAT6\",\"result\":\"positive\",\"pattern\":\"nuclear\"},{\"marker\":\"CD34\",\"result\":\"positive\"}]}",
                        "{\"caseId\":\"%s\",\"markers\":[{\"marker\":\"S100\",\"result\":\"positive\",\"extent\":\"diffuse\"},{\"marker\":\"SOX10\",\"result\":\"positive\"}]}"};
                String[] leaders = {null, "solitary-fibrous-tumour", null};
                for (int i = 0; i < 400; i++) {
                    final int n = i;
                    results.add(pool.submit((Callable<Boolean>) () -> {
                        String caseId = "CONC-" + n;
                        Reply r = post("/api/v1/evaluations", "application/json", String.format(templates[n % 3], caseId));
                        JsonNode j = r.json();
                        boolean ownCase = r.status() == 200 && j.get("caseId").asText().equals(caseId);
                        boolean rightAnswer = leaders[n % 3] == null || j.at("/diagnoses/0/id").asText().equals(leaders[n % 3]);
                        return ownCase && rightAnswer;
                    }));
                }
                for (Future<Boolean> f : results) assertThat(f.get()).isTrue();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void whileTheKnowledgeBaseLoadsHealthSaysNotReadyAndTheApiAnswers503() throws Exception {
        var loading = new java.util.concurrent.CompletableFuture<org.immunodiff.service.EvaluationService>();
        ApiServer server = new ApiServer(loading, ServerOptions.defaults(0).withHost("127.0.0.1"),
                s -> org.immunodiff.lis.CodeMap.loincOnly(s.knowledgeBase())).start();
        try {
            Reply health = send(server.port(), "GET", "/health", null, null, null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/knowledgeBase/loaded").asBoolean()).isFalse();
            Reply api = send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, null);
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.json().get("field").asText()).isEqualTo("knowledgeBase");
            loading.complete(TestEngine.service());
            server.awaitReady();
            assertThat(send(server.port(), "GET", "/health", null, null, null).status()).isEqualTo(200);
            assertThat(send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, null).status()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithALaboratorysStainMenu {
        ApiServer server;

        @BeforeAll
        void start() throws IOException {
            server = new ApiServer(TestEngine.service().withStainMenu(org.immunodiff.engine.StainMenu.of(
                    java.util.Set.of("SMA", "desmin", "h-caldesmon"))), ServerOptions.defaults(0).withHost("127.0.0.1")).start();
            OpenApiSchemas.load();
        }

        @AfterAll
        void stop() { server.stop(); }

        @Test
        void theAnswerNamesTheStainsOffOfTheMenuAndTheKnowledgeBaseEndpointShowsTheMenu() throws Exception {
            Reply r = send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/stainMenu/stains").asInt()).isEqualTo(3);
            assertThat(r.json().at("/stainMenu/notOffered").findValuesAsText("marker")).contains("MSA");
            assertThat(r.json().get("recommendations").findValuesAsText("marker")).doesNotContain("MSA", "calponin");
            assertThat(OpenApiSchemas.errors("Evaluation", r.body())).isEmpty();
            Reply kb = send(server.port(), "GET", "/api/v1/knowledge-base", null, null, null);
            assertThat(kb.json().at("/stainMenu/stains").asInt()).isEqualTo(3);
            assertThat(OpenApiSchemas.errors("KnowledgeBase", kb.body())).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithApiKeys {
        ApiServer server;

        @BeforeAll
        void start() {
            server = new ApiServer(TestEngine.service(), ServerOptions.defaults(0).withHost("127.0.0.1").withApiKeys(Set.of("s3cret-key"))).start();
        }

        @AfterAll
        void stop() { server.stop(); }

        @Test
        void apiCallsWithoutAValidKeyGet401() throws Exception {
            assertThat(send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, null).status()).isEqualTo(401);
            assertThat(send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, "Bearer wrong").status()).isEqualTo(401);
            Reply r = send(server.port(), "GET", "/api/v1/markers", null, null, "Basic czNjcmV0LWtleQ==");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("field").asText()).isEqualTo("Authorization");
        }

        @Test
        void theRightKeyIsAccepted() throws Exception {
            assertThat(send(server.port(), "POST", "/api/v1/evaluations", "application/json", REFERENCE, "Bearer s3cret-key").status()).isEqualTo(200);
        }

        @Test
        void healthStaysOpenForTheLoadBalancer() throws Exception {
            assertThat(send(server.port(), "GET", "/health", null, null, null).status()).isEqualTo(200);
        }
    }
}
