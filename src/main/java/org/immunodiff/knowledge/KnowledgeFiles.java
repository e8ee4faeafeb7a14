package org.immunodiff.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a knowledge base folder (rules/), read once, with the sha256 that identifies them.
 * Paths are relative to the folder and use "/" ("ranking/likelihood.drl").
 */
public final class KnowledgeFiles {
    private final String origin;
    private final SortedMap<String, byte[]> files;
    private final String sha256;

    private KnowledgeFiles(String origin, SortedMap<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableSortedMap(files);
        this.sha256 = sha256(files);
    }

    public static KnowledgeFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new KnowledgeBaseException("rules folder not found: " + dir);
        return new KnowledgeFiles(dir.toAbsolutePath().normalize().toString(), readTree(dir));
    }

    /** The knowledge base shipped inside the jar (or on the test class path) under rules/. */
    public static KnowledgeFiles fromClasspath() {
        URL marker = KnowledgeFiles.class.getClassLoader().getResource("rules/knowledge-base.properties");
        if (marker == null) throw new KnowledgeBaseException("no rules/ on the class path");
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return new KnowledgeFiles("classpath:rules", readTree(fs.getPath("/rules")));
                }
            }
            return new KnowledgeFiles("classpath:rules", readTree(Path.of(uri).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new KnowledgeBaseException("cannot read rules/ from the class path: " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, byte[]> readTree(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** sha256 over file paths and contents, in path order (each followed by a zero byte). */
    public static String sha256(SortedMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String origin() { return origin; }

    public String sha256() { return sha256; }

    public SortedMap<String, byte[]> all() { return files; }

    public byte[] required(String path) {
        byte[] b = files.get(path);
        if (b == null) throw new KnowledgeBaseException(origin + ": missing required file " + path);
        return b;
    }

    public byte[] optional(String path) { return files.get(path); }

    /** The rules: each .drl file's text (UTF-8), by path. */
    public SortedMap<String, String> drlSources() {
        SortedMap<String, String> drl = new TreeMap<>();
        under("", ".drl").forEach((path, bytes) -> drl.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return drl;
    }

    /** The files directly or indirectly under a folder ("knowledge", no trailing slash) with the given suffix, in path order. */
    public SortedMap<String, byte[]> under(String folder, String suffix) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        files.forEach((k, v) -> { if (k.startsWith(prefix) && k.endsWith(suffix)) out.put(k, v); });
        return out;
    }
}
