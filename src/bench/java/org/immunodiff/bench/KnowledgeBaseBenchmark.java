package org.immunodiff.bench;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeBaseLoader;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.service.EvaluationService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Loading the knowledge tables, and loading them with the rules (once per process in production): the rules
 * precompiled in the jar (the default) or the DRL compiled at run time (a --rules folder with other DRL).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = BenchJvm.COLLECTOR)
public class KnowledgeBaseBenchmark {
    @Benchmark
    public KnowledgeBase loadTables() { return KnowledgeBaseLoader.load(KnowledgeFiles.fromClasspath()); }

    @Benchmark
    public EvaluationService loadAndCompile() { return EvaluationService.withDefaultKnowledgeBase(); }

    @Benchmark
    public EvaluationService loadAndCompileDrlAtRunTime() {
        return EvaluationService.create(KnowledgeFiles.fromClasspath(), org.immunodiff.engine.Consequences.COMPILED);
    }
}
