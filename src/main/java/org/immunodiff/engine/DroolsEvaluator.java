package org.immunodiff.engine;

import org.immunodiff.knowledge.Diagnosis;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeBaseLoader;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.model.Detail;
import org.immunodiff.model.AbsentFeatures;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.Panel;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules engine behind {@link Evaluator}: one compiled KieBase per process, one short-lived session per panel,
 * in four explicit phases run from here (no salience games): interpretation (MAIN), "ranking", then, with the
 * ranking known, "grading" and "advice".
 */
public final class DroolsEvaluator implements Evaluator {
    public static final String RANKING = "ranking";
    public static final String GRADING = "grading";
    public static final String ADVICE = "advice";

    private final KnowledgeBase kb;
    private final KieBase kieBase;
    private final Consequences compiledAs;
    private final KieSessionsPool sessions;
    private final Set<String> globals;
    /** The stains the laboratory offers, which the advice keeps to. */
    private final StainMenu menu;

    public DroolsEvaluator(KnowledgeBase kb) {
        this(kb, RuleCompiler.compile(kb));
    }

    private DroolsEvaluator(KnowledgeBase kb, CompiledRules rules) {
        this.kb = kb;
        this.kieBase = rules.kieBase();
        this.compiledAs = rules.compiledAs();
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        Set<String> names = new HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) p.getGlobalVariables().forEach(g -> names.add(g.getName()));
        this.globals = Set.copyOf(names);
        this.menu = StainMenu.EVERY_STAIN;
    }

    /** The same rules and sessions, advising only the stains on a laboratory's menu. */
    private DroolsEvaluator(DroolsEvaluator rules, StainMenu menu) {
        this.kb = rules.kb;
        this.kieBase = rules.kieBase;
        this.compiledAs = rules.compiledAs;
        this.sessions = rules.sessions;
        this.globals = rules.globals;
        this.menu = menu;
    }

    /** This evaluator with its next-stain advice kept to a laboratory's menu (sharing the compiled rules). */
    public DroolsEvaluator withStainMenu(StainMenu menu) { return new DroolsEvaluator(this, menu); }

    /** The stains the advice keeps to. */
    public StainMenu stainMenu() { return menu; }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** How the rules were compiled: {@link Consequences#PRECOMPILED} when the jar's build-time model matched the DRL. */
    public Consequences rulesCompiledAs() { return compiledAs; }

    /**
     * Loads the tables and compiles the rules of a knowledge base folder at the same time (the compile needs only
     * the DRL text), which shortens a cold start by the time the tables take.
     */
    public static DroolsEvaluator load(KnowledgeFiles files) { return load(files, Consequences.PRECOMPILED); }

    /** As {@link #load(KnowledgeFiles)}, choosing how the rule consequences are compiled. */
    public static DroolsEvaluator load(KnowledgeFiles files, Consequences consequences) {
        java.util.SortedMap<String, String> drl = files.drlSources();
        java.util.concurrent.CompletableFuture<CompiledRules> compiling =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> RuleCompiler.compile(drl, consequences));
        KnowledgeBase kb;
        try {
            kb = KnowledgeBaseLoader.load(files);
        } catch (RuntimeException e) {
            compiling.cancel(true);
            throw e;
        }
        try {
            return new DroolsEvaluator(kb, compiling.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public Evaluation evaluate(Panel panel, Detail detail) {
        List<String> conditions = Scorecard.conditionsOf(panel);
        Scorecard scorecard = new Scorecard(kb, conditions);
        GradeSheet gradeSheet = new GradeSheet();
        FiredRuleAudit audit = new FiredRuleAudit(scorecard);
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(audit);
            setGlobal(session, "scorecard", scorecard);
            setGlobal(session, "grading", gradeSheet);
            setGlobal(session, "kb", kb);
            session.insert(panel.context());
            for (MarkerObservation m : panel.markers()) session.insert(m);
            for (FeatureObservation f : panel.features()) session.insert(f);
            if (!panel.absentFeatures().isEmpty()) session.insert(new AbsentFeatures(panel.absentFeatures()));
            session.fireAllRules();
            session.getAgenda().getAgendaGroup(RANKING).setFocus();
            session.fireAllRules();

            List<Scorecard.Scored> ranking = scorecard.rank();
            List<Contender> contenders = contenders(ranking);
            contenders.forEach(session::insert);
            Diagnosis lead = ranking.get(0).diagnosis();
            session.insert(new LeadingDiagnosis(lead.id(), lead.name(), lead.behaviour(), lead.fnclccDifferentiation(),
                    lead.fnclccPoorlyDifferentiated()));
            session.getAgenda().getAgendaGroup(GRADING).setFocus();
            session.fireAllRules();

            String[] tested = new String[panel.markers().size()];
            for (int k = 0; k < tested.length; k++) tested[k] = panel.markers().get(k).marker();
            StainAdvisor advisor = new StainAdvisor(kb, tested, contenders, conditions, menu);
            setGlobal(session, "advisor", advisor);
            session.getAgenda().getAgendaGroup(ADVICE).setFocus();
            session.fireAllRules();

            return new Evaluation(panel.caseId(), kb.identity(),
                    ExplainedRanking.of(ranking, detail, kb.parameters().reportedDiagnoses()), gradeSheet.result(),
                    advisor.recommendations(), scorecard.caveats(), panel.warnings(), panel.features(), audit.firedRules(), detail,
                    advisor.menuAdvice());
        } finally {
            session.removeEventListener(audit);
            session.dispose(); // back to the pool, reset
            scorecard.release(); // the answer holds no reference to the ledger's arrays
        }
    }

    private void setGlobal(KieSession session, String name, Object value) {
        if (globals.contains(name)) session.setGlobal(name, value);
    }

    /** The leader and every diagnosis within closeRatio of it, at most five. */
    private List<Contender> contenders(List<Scorecard.Scored> ranking) {
        double lead = ranking.get(0).probability();
        List<Contender> out = new ArrayList<>();
        for (int i = 0; i < ranking.size() && out.size() < 5; i++) {
            double p = ranking.get(i).probability();
            double ratio = p / lead;
            if (i > 0 && ratio < kb.parameters().closeRatio()) break;
            out.add(new Contender(ranking.get(i).diagnosis().id(), i + 1, p, ratio));
        }
        return out;
    }
}
