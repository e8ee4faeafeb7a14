#!/usr/bin/env bash
# Draws docs/performance.png from a JMH JSON result (default docs/bench/jmh-results.json), with the project's own
# PerformancePlot (plain AWT, headless; no plotting package needed). From the repository root.
set -euo pipefail
results=${1:-docs/bench/jmh-results.json}
mvn -q -Pbench -DskipTests test-compile
cp=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" org.immunodiff.bench.PerformancePlot "$results" docs/performance.png
echo "wrote docs/performance.png"
