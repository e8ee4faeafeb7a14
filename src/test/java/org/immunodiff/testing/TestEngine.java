package org.immunodiff.testing;

import org.immunodiff.service.EvaluationService;

/** The default knowledge base, compiled once for the whole test run (as in production: once per process). */
public final class TestEngine {
    private static volatile EvaluationService service;

    private TestEngine() { }

    public static EvaluationService service() {
        if (service == null) {
            synchronized (TestEngine.class) {
                if (service == null) service = EvaluationService.withDefaultKnowledgeBase();
            }
        }
        return service;
    }
}
