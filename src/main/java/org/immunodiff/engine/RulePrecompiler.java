package org.immunodiff.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step (Maven, process-classes): generates Drools' executable model from the DRL of a rules folder and writes it,
 * with the sha256 of the DRL it came from, where {@link PrecompiledRules} finds it on the class path.
 * Usage: {@code RulePrecompiler RULES_DIR OUTPUT_CLASSES_DIR}.
 */
public final class RulePrecompiler {
    private RulePrecompiler() { }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: RulePrecompiler RULES_DIR OUTPUT_CLASSES_DIR");
        long started = System.nanoTime();
        SortedMap<String, String> drl = drlSources(Path.of(args[0]));
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.immunodiff.kb", "rules", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((path, source) -> kfs.write("src/main/resources/rules/" + path, source));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) throw new IllegalStateException("rules do not compile: " + errors);
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();

        Path out = Path.of(args[1]).resolve(PrecompiledRules.FOLDER);
        Files.createDirectories(out);
        Files.write(Path.of(args[1]).resolve(PrecompiledRules.JAR), kjar);
        String properties = "# Generated at build time by " + RulePrecompiler.class.getName() + " from rules/*.drl; do not edit.\n"
                + "drlSha256=" + PrecompiledRules.digest(drl) + "\n"
                + "projectModel=org.drools.project.model.ProjectModel_org_immunodiff_kb_rules_1_0_0\n"
                + "drlFiles=" + drl.size() + "\n";
        Files.writeString(Path.of(args[1]).resolve(PrecompiledRules.PROPERTIES), properties, StandardCharsets.UTF_8);
        System.out.printf("precompiled %d DRL files into %s (%d KB) in %d ms%n", drl.size(), PrecompiledRules.JAR,
                kjar.length / 1024, (System.nanoTime() - started) / 1_000_000);
    }

    private static SortedMap<String, String> drlSources(Path root) {
        SortedMap<String, String> drl = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".drl"))::iterator) {
                drl.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drl;
    }
}
