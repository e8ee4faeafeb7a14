package org.immunodiff.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/** Checks bearer keys in constant time (over their SHA-256, so length does not leak). Keys are never logged. */
final class ApiKeys {
    private final List<byte[]> digests;

    ApiKeys(Set<String> keys) {
        this.digests = keys.stream().map(ApiKeys::sha256).toList();
    }

    boolean enabled() { return !digests.isEmpty(); }

    /** True when the Authorization header carries one of the keys. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] presented = sha256(authorization.substring(7).trim());
        boolean ok = false;
        for (byte[] d : digests) ok |= MessageDigest.isEqual(d, presented);
        return ok;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
