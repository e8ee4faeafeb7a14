package org.immunodiff.bench;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.service.EvaluationService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The likelihood ranking alone, through Drools (the knowledge base's likelihood rules only) and in plain Java over
 * the same tables, in one run: the ratio of the two is what the rules engine costs. Both give the same answer, the
 * reported diagnoses with their probabilities and reasons (the explanation is built by the same code on both sides).
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmark {
    EvaluationService drools;
    KnowledgeBase kb;
    Panel reference;

    @Setup
    public void setUp() {
        drools = BenchKnowledge.likelihoodOnlyService();
        kb = drools.knowledgeBase();
        reference = drools.read(BenchPanels.reference());
    }

    @Benchmark
    public Evaluation droolsRanking() { return drools.evaluate(reference); }

    @Benchmark
    public List<RankedDiagnosis> plainJavaRanking() { return PlainJavaRanking.explained(kb, reference); }
}
