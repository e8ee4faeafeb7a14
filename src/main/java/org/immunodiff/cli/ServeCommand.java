package org.immunodiff.cli;

import org.immunodiff.http.ApiServer;
import org.immunodiff.http.ServerOptions;
import org.immunodiff.service.EvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (POST /api/v1/evaluations, /api/v1/evaluations:batch, GET /health, /metrics, /openapi.json).")
final class ServeCommand implements Callable<Integer> {
    static final String API_KEYS_ENV = "IMMUNODIFF_API_KEYS";

    @ParentCommand ImmunodiffCli parent;

    @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).", defaultValue = "0.0.0.0")
    String host;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer <key>' on /api/ with one of the keys in FILE (one a line). Or set " + API_KEYS_ENV + " (comma-separated).")
    Path apiKeyFile;

    @Option(names = "--max-body-bytes", description = "Largest request body (default ${DEFAULT-VALUE}).", defaultValue = "1048576")
    long maxBody;

    @Option(names = "--max-batch", description = "Most panels in one batch request (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    int maxBatch;

    @Override
    public Integer call() throws Exception {
        // Listen first, then compile the knowledge base (/health answers 503 "loaded": false until it is ready):
        // on two cores, doing both at once only slows both.
        java.util.concurrent.CompletableFuture<EvaluationService> loading = new java.util.concurrent.CompletableFuture<>();
        ApiServer server = new ApiServer(loading, ServerOptions.defaults(port).withHost(host).withLimits(maxBody, maxBatch).withApiKeys(keys()),
                parent::codeMap).start();
        try {
            loading.complete(parent.service());
        } catch (RuntimeException e) {
            loading.completeExceptionally(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "immunodiff-shutdown"));
        System.err.println("Immunodiff listening on http://" + host + ":" + server.port() + " (decision support, not a diagnosis)");
        try {
            loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            // A knowledge base that does not load fails the service fast, naming the file and line.
            server.stop();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println((cause instanceof org.immunodiff.knowledge.KnowledgeBaseException ? "knowledge base error: " : "error: ") + cause.getMessage());
            return ImmunodiffCli.EXIT_FAILURE;
        }
        stopped.await();
        return 0;
    }

    private Set<String> keys() throws java.io.IOException {
        Set<String> keys = new HashSet<>();
        if (apiKeyFile != null) {
            Files.readAllLines(apiKeyFile, StandardCharsets.UTF_8).stream().map(String::trim)
                    .filter(k -> !k.isEmpty() && !k.startsWith("#")).forEach(keys::add);
        }
        String env = System.getenv(API_KEYS_ENV);
        if (env != null) Arrays.stream(env.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(keys::add);
        return keys;
    }
}
