package org.immunodiff.engine;

import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;

/** Evaluates one validated panel. Implementations are thread-safe: one instance serves a whole process. */
public interface Evaluator {
    Evaluation evaluate(Panel panel);
}
