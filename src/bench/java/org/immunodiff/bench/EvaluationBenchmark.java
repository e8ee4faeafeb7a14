package org.immunodiff.bench;

import org.immunodiff.model.Detail;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.service.EvaluationService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.util.concurrent.TimeUnit;

/**
 * The whole evaluation of a validated panel (ranking, grade, explanations, recommendations) on 1 and 2 threads.
 * Parsing and serialising are measured apart (JsonBenchmark).
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {
    EvaluationService service;
    Panel reference;
    Panel twentyMarkers;

    @Setup
    public void setUp() {
        service = EvaluationService.withDefaultKnowledgeBase();
        reference = service.read(BenchPanels.reference());
        twentyMarkers = service.read(BenchPanels.withMarkers(20));
    }

    @Benchmark
    public Evaluation referencePanel() { return service.evaluate(reference); }

    /** The same panel with detail=brief (five diagnoses, three reasons each way), as machine consumers ask for it. */
    @Benchmark
    public Evaluation referencePanelBrief() { return service.evaluate(reference, Detail.BRIEF); }

    @Benchmark
    @Threads(2)
    public Evaluation referencePanelTwoThreads() { return service.evaluate(reference); }

    @Benchmark
    public Evaluation twentyMarkerPanel() { return service.evaluate(twentyMarkers); }

    @Benchmark
    @Threads(2)
    public Evaluation twentyMarkerPanelTwoThreads() { return service.evaluate(twentyMarkers); }
}
