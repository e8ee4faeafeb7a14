package org.immunodiff.engine;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeBaseException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compiles the knowledge base's DRL once per process (or takes the model precompiled from the same DRL at build time);
 * a rule that does not compile fails fast, naming file and line.
 */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/rules/";

    private RuleCompiler() { }

    static CompiledRules compile(KnowledgeBase kb) { return compile(kb.drl(), Consequences.PRECOMPILED); }

    /**
     * Compiles DRL sources (path relative to rules/ -> text); needs none of the tables, so it can run beside their
     * loading. {@link Consequences#INTERPRETED} gives each file the package-level {@code dialect "mvel"} (in memory
     * only; a rule that names its own dialect keeps it), which skips the Java compile of the consequences.
     */
    static CompiledRules compile(java.util.SortedMap<String, String> drl, Consequences consequences) {
        if (consequences == Consequences.PRECOMPILED || consequences == Consequences.PRECOMPILED_OR_INTERPRETED) {
            KieBase precompiled = PrecompiledRules.forSources(drl);
            if (precompiled != null) return new CompiledRules(precompiled, Consequences.PRECOMPILED);
            consequences = consequences == Consequences.PRECOMPILED ? Consequences.COMPILED : Consequences.INTERPRETED;
        }
        return new CompiledRules(compileNow(drl, consequences), consequences);
    }

    private static KieBase compileNow(java.util.SortedMap<String, String> drl, Consequences consequences) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.immunodiff.kb", "rules-" + UUID.randomUUID(), "1.0.0");
        java.util.SortedMap<String, String> sources = drl;
        if (consequences == Consequences.INTERPRETED) {
            sources = new java.util.TreeMap<>();
            for (var e : drl.entrySet()) sources.put(e.getKey(), interpreted(e.getValue()));
        }
        build(ks, releaseId, sources, null);
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * Builds DRL sources (path relative to rules/ -> text) as a KieModule of the given release, the executable model
     * when {@code projectType} is given; a rule that does not compile fails, naming file and line.
     */
    static KieBuilder build(KieServices ks, ReleaseId releaseId, java.util.SortedMap<String, String> drl,
                            Class<? extends org.kie.api.builder.KieBuilder.ProjectType> projectType) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((path, source) -> kfs.write(RESOURCES + path, source));
        KieBuilder builder = projectType == null ? ks.newKieBuilder(kfs).buildAll() : ks.newKieBuilder(kfs).buildAll(projectType);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            String text = errors.stream().map(RuleCompiler::describe).collect(Collectors.joining("\n"));
            throw new KnowledgeBaseException("rules do not compile:\n" + text);
        }
        return builder;
    }

    /** The source with {@code dialect "mvel"} after its package line; lines keep their numbers for error messages. */
    static String interpreted(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;?[ \\t]*$").matcher(source);
        if (!m.find()) return source;
        return source.substring(0, m.end()) + " dialect \"mvel\"" + source.substring(m.end());
    }

    private static String describe(Message m) {
        String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^" + RESOURCES, "rules/");
        return path + ":" + m.getLine() + ": " + m.getText().strip();
    }
}
