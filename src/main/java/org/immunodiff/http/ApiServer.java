package org.immunodiff.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.immunodiff.contract.AnswerBuffer;
import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.contract.Json;
import org.immunodiff.knowledge.Diagnosis;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.model.Detail;
import org.immunodiff.model.Evaluation;
import org.immunodiff.service.EvaluationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The REST service: one panel or a batch over HTTP, the knowledge base's identity and vocabularies, health,
 * Prometheus metrics and the OpenAPI document. Stateless: replicas share nothing. Every bad request gets a 4xx
 * with {"error", "field"}; an unexpected failure a 500 without a stack trace.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("org.immunodiff.access");
    private static final String JSON = "application/json";
    private static final String HL7 = "application/hl7-v2";
    private static final String FHIR = "application/fhir+json";
    private static final String STARTED = "immunodiff.started";
    private static final String CASE_ID = "immunodiff.caseId";
    private static final java.util.Set<String> ROUTES = java.util.Set.of("/api/v1/evaluations", "/api/v1/evaluations:batch",
            "/api/v1/knowledge-base", "/api/v1/diagnoses", "/api/v1/markers", "/api/v1/features", "/api/v1/samples", "/api/v1/hl7v2", "/api/v1/fhir", "/health", "/metrics", "/openapi.json", "/");

    private final java.util.concurrent.CompletableFuture<Ready> ready;
    private final ServerOptions options;
    private final ApiKeys keys;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter evaluated;
    private final Counter rejected;
    private final Counter failures;
    private final byte[] openApi;
    private final Javalin app;

    /** The compiled knowledge base and what depends on it; the server listens before it is ready. */
    private record Ready(EvaluationService service, org.immunodiff.lis.LisGateway lis) { }

    public ApiServer(EvaluationService service, ServerOptions options) {
        this(service, options, org.immunodiff.lis.CodeMap.loincOnly(service.knowledgeBase()));
    }

    public ApiServer(EvaluationService service, ServerOptions options, org.immunodiff.lis.CodeMap codes) {
        this(java.util.concurrent.CompletableFuture.completedFuture(service), options, s -> codes);
    }

    /**
     * A server that starts listening at once while the knowledge base compiles: until it is ready, /health answers
     * 503 with {@code loaded: false} (the readiness check) and the API answers 503.
     */
    public ApiServer(java.util.concurrent.CompletableFuture<EvaluationService> loading, ServerOptions options,
                     java.util.function.Function<EvaluationService, org.immunodiff.lis.CodeMap> codes) {
        this.ready = loading.thenApply(s -> new Ready(s, new org.immunodiff.lis.LisGateway(s, codes.apply(s))));
        this.options = options;
        this.keys = new ApiKeys(options.apiKeys());
        this.evaluated = Counter.builder("immunodiff.evaluations").tag("outcome", "evaluated").register(metrics);
        this.rejected = Counter.builder("immunodiff.evaluations").tag("outcome", "rejected").register(metrics);
        this.failures = Counter.builder("immunodiff.errors").description("requests that failed with a 5xx").register(metrics);
        this.openApi = readOpenApi();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.routes.before(this::beforeRequest);
            config.routes.after(this::afterRequest);
            config.routes.post("/api/v1/evaluations", this::evaluateOne);
            config.routes.post("/api/v1/evaluations:batch", this::evaluateBatch);
            config.routes.get("/api/v1/knowledge-base", this::knowledgeBase);
            config.routes.get("/api/v1/diagnoses", this::diagnoses);
            config.routes.get("/api/v1/markers", this::markers);
            config.routes.get("/api/v1/features", this::features);
            config.routes.post("/api/v1/hl7v2", this::hl7v2);
            config.routes.post("/api/v1/fhir", this::fhir);
            config.routes.get("/api/v1/samples", this::samples);
            config.routes.get("/api/v1/samples/{name}", this::sample);
            config.staticFiles.add("/public", io.javalin.http.staticfiles.Location.CLASSPATH);
            config.routes.get("/health", this::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
            config.routes.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.field()));
            config.routes.exception(InvalidPanelException.class, (e, ctx) -> {
                rejected.increment();
                error(ctx, 400, e.getMessage(), e.field());
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "request body larger than " + options.maxBodyBytes() + " bytes" : e.getMessage(),
                    e.getStatus() == 404 ? "path" : e.getStatus() == 405 ? "method" : "$"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                failures.increment();
                LOG.error("caseId={} request {} {} failed", ctx.attribute(CASE_ID), ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error; the failure is logged", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), "path");
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), "method"));
        });
    }

    public ApiServer start() {
        long t0 = System.nanoTime();
        app.start();
        LOG.info("serving on port {} in {} ms; API keys {}", app.port(), (System.nanoTime() - t0) / 1_000_000,
                keys.enabled() ? "required" : "not required");
        ready.whenComplete((r, e) -> {
            if (e != null) LOG.error("the knowledge base failed to load, the API answers 503: {}", (e.getCause() != null ? e.getCause() : e).getMessage());
            else LOG.info("knowledge base {} ({}) ready", r.service().knowledgeBase().identity().version(),
                    r.service().knowledgeBase().identity().sha256().substring(0, 12));
        });
        return this;
    }

    /** Stops accepting connections; requests in flight finish (Jetty stop timeout 10 s). */
    public void stop() { app.stop(); }

    public int port() { return app.port(); }

    /** The evaluation service, or a 503 while the knowledge base is still loading (or failed to). */
    private EvaluationService service() { return readyOr503().service(); }

    private org.immunodiff.lis.LisGateway lis() { return readyOr503().lis(); }

    private Ready readyOr503() {
        Ready r = ready.getNow(null);
        if (r == null) {
            throw new ApiError(503, "knowledgeBase", ready.isCompletedExceptionally()
                    ? "the knowledge base failed to load; see the server log" : "the knowledge base is still loading; retry shortly");
        }
        return r;
    }

    /** Blocks until the knowledge base is loaded (for tests and callers that want to wait). */
    public ApiServer awaitReady() {
        ready.join();
        return this;
    }

    // ---- cross-cutting ------------------------------------------------------------------------------------

    private void beforeRequest(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        if (ctx.path().startsWith("/api/") && keys.enabled() && !keys.accepts(ctx.header("Authorization"))) {
            throw new ApiError(401, "Authorization", "a valid 'Authorization: Bearer <key>' header is required");
        }
        long length = ctx.contentLength();
        if (length > options.maxBodyBytes()) {
            drain(ctx, length);
            if (ctx.path().equals("/api/v1/hl7v2")) {
                ctx.status(413).contentType(HL7).result(lis().hl7TooLarge(options.maxBodyBytes()));
                ctx.skipRemainingHandlers();
                return;
            }
            if (ctx.path().equals("/api/v1/fhir")) {
                ctx.status(413).contentType(FHIR).result(lis().fhirTooLarge(options.maxBodyBytes()));
                ctx.skipRemainingHandlers();
                return;
            }
            throw new ApiError(413, "$", "request body of " + length + " bytes is larger than the limit of " + options.maxBodyBytes());
        }
    }

    /** Routes are a fixed set and statuses few, so this stays small. */
    private final java.util.concurrent.ConcurrentHashMap<String, Timer> requestTimers = new java.util.concurrent.ConcurrentHashMap<>();

    private void afterRequest(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        String route = ROUTES.contains(ctx.path()) ? ctx.path() : "unmatched";
        String method = ctx.method().name();
        int status = ctx.status().getCode();
        // one timer per method, route and status, looked up by a key instead of built and registered per request
        requestTimers.computeIfAbsent(method + ' ' + route + ' ' + status, k -> Timer.builder("http.server.requests")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status)).register(metrics))
                .record(nanos, TimeUnit.NANOSECONDS);
        ACCESS.info("method={} path={} status={} latencyMs={} caseId={}", ctx.method().name(), ctx.path(),
                ctx.status().getCode(), org.immunodiff.model.Numbers.twoDecimals(nanos / 1e6), ctx.attribute(CASE_ID) == null ? "-" : ctx.attribute(CASE_ID));
    }

    /**
     * Reads and discards an oversized body (up to 64 MiB) before answering 413, so that a client still sending it
     * gets the answer instead of a reset connection.
     */
    private static void drain(Context ctx, long length) {
        if (length > 64L * 1024 * 1024) return;
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            LOG.debug("could not drain an oversized body: {}", e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String message, String field) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", message);
        body.put("field", field);
        ctx.status(status).contentType(JSON).result(body.toString());
    }

    // ---- evaluations ----------------------------------------------------------------------------------------

    private void evaluateOne(Context ctx) throws JsonProcessingException {
        requireContentType(ctx, JSON);
        String body = ctx.body();
        Detail detail = detail(ctx);
        AnswerBuffer answer;
        Evaluation e;
        evaluating.acquireUninterruptibly();
        try {
            e = service().evaluate(body, detail);
            answer = EvaluationJson.toThreadBuffer(e);
        } finally {
            evaluating.release();
        }
        ctx.attribute(CASE_ID, e.caseId());
        evaluated.increment();
        ctx.contentType(JSON);
        writeWhole(ctx, answer.array(), answer.size());
    }

    /**
     * Writes an answer already in memory in one write to the response stream (which compresses it for a client that
     * asks): handed to Javalin as a result, it would be copied again through a fresh 8 KiB buffer on every request.
     */
    private static void writeWhole(Context ctx, byte[] body, int length) {
        try {
            String encodings = ctx.header("Accept-Encoding");
            if (encodings == null || encodings.isBlank() || encodings.trim().equals("identity")) {
                // nothing to compress: the length is known, so the server sends it whole instead of in chunks
                ctx.res().setContentLength(length);
                ctx.res().getOutputStream().write(body, 0, length);
                return;
            }
            ctx.outputStream().write(body, 0, length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the answer could not be written (the client went away?)", e);
        }
    }

    /**
     * Evaluation is CPU-bound: at most one per core runs at a time, the other request threads wait. More at once only
     * thrashes caches and rule sessions (the pool keeps one session per core; measured: without this bound, 8 concurrent
     * requests on 2 cores cost 3 times the CPU each). Not fair: a thread that finds a permit free takes it instead of
     * parking behind the queue, which on 2 cores saves a hand-off (two context switches) per request: 8 connections,
     * 3,340 req/s fair against 4,230 non-fair (three paired runs), p99 alike.
     */
    private final java.util.concurrent.Semaphore evaluating =
            new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors(), false);

    private void evaluateBatch(Context ctx) throws JsonProcessingException {
        String type = mediaType(ctx);
        List<JsonNode> panels = new ArrayList<>();
        List<ObjectNode> parseErrors = new ArrayList<>();
        if (type.equals(JSON)) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(ctx.body());
            } catch (JsonProcessingException e) {
                throw new ApiError(400, "$", "not valid JSON: " + e.getOriginalMessage());
            }
            if (root == null || !root.isArray()) throw new ApiError(400, "$", "a batch must be a JSON array of panels (or NDJSON)");
            root.forEach(panels::add);
        } else if (type.equals("application/x-ndjson") || type.equals("application/ndjson")) {
            String[] lines = ctx.body().split("\r?\n");
            for (String line : lines) {
                if (line.isBlank()) continue;
                try {
                    panels.add(Json.MAPPER.readTree(line));
                } catch (JsonProcessingException e) {
                    ObjectNode err = Json.MAPPER.createObjectNode();
                    err.put("error", "not valid JSON: " + e.getOriginalMessage());
                    err.put("field", "$");
                    panels.add(null);
                    parseErrors.add(err);
                }
            }
        } else {
            throw new ApiError(415, "Content-Type", "send application/json (an array of panels) or application/x-ndjson, not '" + type + "'");
        }
        if (panels.isEmpty()) throw new ApiError(400, "$", "the batch is empty");
        Detail detail = detail(ctx);
        if (panels.size() > options.maxBatch()) {
            throw new ApiError(413, "$", "a batch may hold at most " + options.maxBatch() + " panels, not " + panels.size());
        }
        StringBuilder results = new StringBuilder(panels.size() * 32 * 1024).append('[');
        int parseErrorIndex = 0;
        for (int i = 0; i < panels.size(); i++) {
            if (i > 0) results.append(',');
            JsonNode panel = panels.get(i);
            if (panel == null) {
                ObjectNode err = parseErrors.get(parseErrorIndex++);
                err.put("index", i);
                results.append(err);
                rejected.increment();
                continue;
            }
            try {
                results.append(EvaluationJson.toJsonString(service().evaluate(panel, detail)));
                evaluated.increment();
            } catch (InvalidPanelException e) {
                rejected.increment();
                ObjectNode err = Json.MAPPER.createObjectNode();
                err.put("index", i);
                if (panel.path("caseId").isTextual()) err.put("caseId", panel.get("caseId").asText());
                err.put("error", e.getMessage());
                err.put("field", e.field());
                results.append(err);
            }
        }
        ctx.contentType(JSON).result(results.append(']').toString());
    }

    /** ?detail=full (default) or brief; anything else is a 400 naming the parameter. */
    private static Detail detail(Context ctx) {
        try {
            return Detail.parse(ctx.queryParam("detail"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "detail", e.getMessage());
        }
    }

    private void hl7v2(Context ctx) {
        lisMessage(ctx, java.util.Set.of(HL7, "text/plain", "x-application/hl7-v2+er7"), "application/hl7-v2 or text/plain (ER7)",
                HL7, lis()::hl7v2);
    }

    private void fhir(Context ctx) {
        lisMessage(ctx, java.util.Set.of(FHIR, JSON), "application/fhir+json", FHIR, lis()::fhir);
    }

    /** An LIS message in its own content type; the answer (or the protocol's own error document) out. */
    private void lisMessage(Context ctx, java.util.Set<String> accepted, String expected, String answerType,
                            java.util.function.Function<String, org.immunodiff.lis.LisGateway.Answer> gateway) {
        String type = mediaType(ctx);
        if (!accepted.contains(type)) throw new ApiError(415, "Content-Type", "send " + expected + ", not '" + type + "'");
        var answer = gateway.apply(ctx.body());
        if (answer.evaluation() != null) {
            ctx.attribute(CASE_ID, answer.evaluation().caseId());
            evaluated.increment();
        } else {
            rejected.increment();
        }
        ctx.status(answer.accepted() ? 200 : 400).contentType(answerType).result(answer.body());
    }

    private static void requireContentType(Context ctx, String expected) {
        String type = mediaType(ctx);
        if (!type.equals(expected)) {
            throw new ApiError(415, "Content-Type", "send " + expected + ", not '" + (type.isEmpty() ? "(none)" : type) + "'");
        }
    }

    private static String mediaType(Context ctx) {
        String ct = ctx.contentType();
        if (ct == null) return "";
        int semi = ct.indexOf(';');
        return (semi >= 0 ? ct.substring(0, semi) : ct).trim().toLowerCase(Locale.ROOT);
    }

    // ---- knowledge base ---------------------------------------------------------------------------------------

    private void knowledgeBase(Context ctx) {
        KnowledgeBase kb = service().knowledgeBase();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("name", kb.identity().name());
        n.put("version", kb.identity().version());
        n.put("status", kb.identity().status());
        n.put("sha256", kb.identity().sha256());
        ObjectNode counts = n.putObject("counts");
        counts.put("diagnoses", kb.diagnoses().size());
        counts.put("markers", kb.markers().size());
        counts.put("profileRows", kb.diagnoses().stream().mapToInt(d -> kb.profileOf(d.id()).size()).sum());
        counts.put("features", kb.features().size());
        counts.put("ruleFiles", kb.drl().size());
        // the stain menu the service was started with (--stain-menu), so an LIS can check its configuration
        if (service().stainMenu().restricts()) n.putObject("stainMenu").put("stains", service().stainMenu().size());
        ctx.contentType(JSON).result(n.toString());
    }

    private void diagnoses(Context ctx) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Diagnosis d : service().knowledgeBase().diagnoses()) {
            ObjectNode n = a.addObject();
            n.put("id", d.id());
            n.put("name", d.name());
            n.put("family", d.family());
            n.put("icdO", d.icdO());
            n.put("behaviour", d.behaviour());
            n.put("fnclccGraded", d.isGradedByFnclcc());
        }
        ctx.contentType(JSON).result(a.toString());
    }

    private void markers(Context ctx) {
        KnowledgeBase kb = service().knowledgeBase();
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Marker m : kb.markers().stream().sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList()) {
            ObjectNode n = a.addObject();
            n.put("marker", m.name());
            n.put("category", m.category());
            n.put("readAs", m.readAs());
            n.put("loinc", m.loinc());
            ArrayNode syn = n.putArray("synonyms");
            kb.markerDictionary().synonymsOf(m.name()).forEach(syn::add);
        }
        ctx.contentType(JSON).result(a.toString());
    }

    /** The morphology and clinical vocabulary (features the phrase table recognises), for the page and LIS mapping. */
    private void features(Context ctx) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (org.immunodiff.knowledge.FeatureDefinition f : service().knowledgeBase().features()) {
            a.addObject().put("feature", f.id()).put("kind", f.kind()).put("description", f.description());
        }
        ctx.contentType(JSON).result(a.toString());
    }

    /** The published sample panels shipped in the jar, for the page's one-click examples. */
    private void samples(Context ctx) throws IOException {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (String name : SampleFiles.names()) {
            JsonNode s = Json.MAPPER.readTree(SampleFiles.read(name));
            ObjectNode n = a.addObject();
            n.put("name", name);
            n.put("expected", s.path("expected").asText(null));
            n.put("source", s.path("source").asText(null));
        }
        ctx.contentType(JSON).result(a.toString());
    }

    private void sample(Context ctx) {
        String name = ctx.pathParam("name");
        if (!SampleFiles.names().contains(name)) throw new ApiError(404, "name", "no sample named '" + name + "'");
        ctx.contentType(JSON).result(SampleFiles.read(name));
    }

    private void health(Context ctx) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        Ready r = ready.getNow(null);
        ObjectNode kb = Json.MAPPER.createObjectNode();
        kb.put("loaded", r != null);
        if (r != null) {
            kb.put("version", r.service().knowledgeBase().identity().version());
            kb.put("sha256", r.service().knowledgeBase().identity().sha256());
        }
        n.put("status", r != null ? "UP" : ready.isCompletedExceptionally() ? "DOWN" : "STARTING");
        n.set("knowledgeBase", kb);
        ctx.status(r != null ? 200 : 503).contentType(JSON).result(n.toString());
    }

    private static byte[] readOpenApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
