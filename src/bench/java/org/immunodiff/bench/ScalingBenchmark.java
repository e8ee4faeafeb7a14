package org.immunodiff.bench;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.service.EvaluationService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** How the cost of one evaluation grows with the panel (5-40 stains) and the knowledge base (30-300 diagnoses). */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    @Param({"5", "10", "20", "40"})
    int markers;

    @Param({"30", "100", "300"})
    int diagnoses;

    EvaluationService service;
    Panel panel;

    @Setup
    public void setUp() {
        service = diagnoses <= 30 ? EvaluationService.withDefaultKnowledgeBase() : BenchKnowledge.withDiagnoses(diagnoses);
        panel = service.read(BenchPanels.withMarkers(markers));
    }

    @Benchmark
    public Evaluation evaluate() { return service.evaluate(panel); }
}
