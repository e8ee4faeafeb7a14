package org.immunodiff.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

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
        SortedMap<String, String> drl = KnowledgeFiles.fromDirectory(Path.of(args[0])).drlSources(); // as loaded at run time
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.immunodiff.kb", "rules", "1.0.0");
        KieBuilder builder = RuleCompiler.build(ks, releaseId, drl, ExecutableModelProject.class);
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
}
