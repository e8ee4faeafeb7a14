package org.immunodiff.http;

import java.util.Set;

/**
 * How the REST service runs.
 *
 * @param maxBodyBytes largest request body accepted (default 1 MiB); larger gets 413
 * @param maxBatch     most panels in one batch request; more gets 413
 * @param apiKeys      accepted bearer keys; empty means the API is open
 */
public record ServerOptions(String host, int port, long maxBodyBytes, int maxBatch, Set<String> apiKeys) {
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH = 1000;

    public ServerOptions {
        apiKeys = Set.copyOf(apiKeys);
    }

    public static ServerOptions defaults(int port) {
        return new ServerOptions("0.0.0.0", port, DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH, Set.of());
    }

    public ServerOptions withApiKeys(Set<String> keys) { return new ServerOptions(host, port, maxBodyBytes, maxBatch, keys); }

    public ServerOptions withLimits(long body, int batch) { return new ServerOptions(host, port, body, batch, apiKeys); }

    public ServerOptions withHost(String h) { return new ServerOptions(h, port, maxBodyBytes, maxBatch, apiKeys); }
}
