package org.immunodiff.bench;

import org.immunodiff.contract.EvaluationJson;
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

import java.util.concurrent.TimeUnit;

/** Reading and validating one panel from JSON, and writing one result as JSON. */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = BenchJvm.COLLECTOR)
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

    /** As a String (the command line's report path; the UTF-8 bytes are decoded once more). */
    @Benchmark
    public String serialiseResult() {
        return EvaluationJson.toJsonString(result);
    }

    /** As UTF-8 bytes: what the REST service and batch send. */
    @Benchmark
    public byte[] serialiseResultBytes() {
        return EvaluationJson.toJsonBytes(result);
    }
}
