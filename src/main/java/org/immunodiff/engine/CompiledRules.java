package org.immunodiff.engine;

import org.kie.api.KieBase;

/** A knowledge base's rules ready to run, and how they were compiled ({@link Consequences#PRECOMPILED} when taken from the jar). */
record CompiledRules(KieBase kieBase, Consequences compiledAs) { }
