package org.immunodiff.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.contract.PanelReader;
import org.immunodiff.engine.Consequences;
import org.immunodiff.engine.DroolsEvaluator;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.model.Detail;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The product's one entry point for the front doors (command line, REST, adapters): load and compile a
 * knowledge base once, then evaluate panels. Thread-safe. Logs carry the caseId only, never panel contents.
 */
public final class EvaluationService {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

    private final KnowledgeBase kb;
    private final PanelReader reader;
    private final DroolsEvaluator evaluator;
    private final Consequences rulesCompiledAs;

    /**
     * This service with its next-stain advice kept to a laboratory's stain menu ({@code --stain-menu}), sharing the
     * compiled knowledge base.
     */
    public EvaluationService withStainMenu(org.immunodiff.engine.StainMenu menu) {
        EvaluationService narrowed = new EvaluationService(evaluator.withStainMenu(menu));
        LOG.info("stain menu: {} stains offered; the advice keeps to them", menu.size());
        return narrowed;
    }

    private EvaluationService(DroolsEvaluator evaluator) {
        this.kb = evaluator.knowledgeBase();
        this.reader = new PanelReader(kb);
        this.evaluator = evaluator;
        this.rulesCompiledAs = evaluator.rulesCompiledAs();
    }

    /** The knowledge base shipped in the jar. */
    public static EvaluationService withDefaultKnowledgeBase() { return create(KnowledgeFiles.fromClasspath()); }

    /** The knowledge base in a folder, e.g. given with --rules. */
    public static EvaluationService withKnowledgeBase(Path rulesDir) { return create(KnowledgeFiles.fromDirectory(rulesDir)); }

    public static EvaluationService create(KnowledgeFiles files) { return create(files, Consequences.PRECOMPILED); }

    /** A service whose rule consequences are compiled as asked: {@link Consequences#PRECOMPILED} by default. */
    public static EvaluationService create(KnowledgeFiles files, Consequences consequences) {
        long start = System.nanoTime();
        EvaluationService service = new EvaluationService(DroolsEvaluator.load(files, consequences));
        KnowledgeBase kb = service.kb;
        LOG.info("knowledge base {} {} (sha256 {}) from {} ready in {} ms, rules {}", kb.identity().name(), kb.identity().version(),
                kb.identity().sha256().substring(0, 12), files.origin(), (System.nanoTime() - start) / 1_000_000,
                service.rulesCompiledAs().name().toLowerCase(java.util.Locale.ROOT));
        return service;
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** The stains the next-stain advice keeps to ({@link org.immunodiff.engine.StainMenu#EVERY_STAIN} without --stain-menu). */
    public org.immunodiff.engine.StainMenu stainMenu() { return evaluator.stainMenu(); }

    /** How the rules were compiled (precompiled in the jar, or at run time); the answers are the same. */
    public Consequences rulesCompiledAs() { return rulesCompiledAs; }

    /** Parses, validates and evaluates a panel; bad input throws {@link InvalidPanelException} naming the field. */
    public Evaluation evaluate(String panelJson) {
        return evaluate(reader.read(panelJson));
    }

    public Evaluation evaluate(JsonNode panelJson) {
        return evaluate(reader.read(panelJson));
    }

    public Evaluation evaluate(Panel panel) { return evaluate(panel, Detail.FULL); }

    public Evaluation evaluate(String panelJson, Detail detail) { return evaluate(reader.read(panelJson), detail); }

    public Evaluation evaluate(JsonNode panelJson, Detail detail) { return evaluate(reader.read(panelJson), detail); }

    /** Evaluates a validated panel with as much explanation as {@code detail} asks for. */
    public Evaluation evaluate(Panel panel, Detail detail) {
        long start = System.nanoTime();
        Evaluation e = evaluator.evaluate(panel, detail);
        if (LOG.isDebugEnabled()) {
            LOG.debug("caseId={} evaluated: leading={} in {} µs", panel.caseId(),
                    e.diagnoses().isEmpty() ? "-" : e.diagnoses().get(0).id(), (System.nanoTime() - start) / 1000);
        }
        return e;
    }

    public Panel read(String panelJson) { return reader.read(panelJson); }

}
