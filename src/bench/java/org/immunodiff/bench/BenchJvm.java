package org.immunodiff.bench;

/**
 * The JVM the benchmarks fork, as bin/immunodiff runs the engine: the serial collector (on two cores G1's barriers
 * and concurrent work cost about a tenth of an evaluation). Measure under another collector by overriding it on the
 * command line: {@code -Djmh.args="EvaluationBenchmark -f 1 -jvmArgsAppend -XX:+UseG1GC"}.
 */
final class BenchJvm {
    static final String COLLECTOR = "-XX:+UseSerialGC";

    private BenchJvm() { }
}
