package org.immunodiff.bench;

import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;
import org.immunodiff.service.EvaluationService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Reading and validating one panel from JSON, and writing one result as JSON. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
    EvaluationService service;
    String panelJson;
    Evaluation result;

    @Setup
    public void setUp() {
        service = EvaluationService.withDefaultKnowledgeBase();
        panelJson = BenchPanels.reference();
        result = service.evaluate(panelJson);
    }

    @Benchmark
    public Panel parsePanel() { return service.read(panelJson); }

    @Benchmark
    public String serialiseResult() {
        return EvaluationJson.toJsonString(result);
    }
}
