package org.immunodiff.engine;

import org.immunodiff.model.Detail;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Panel;

/** Evaluates one validated panel. Implementations are thread-safe: one instance serves a whole process. */
public interface Evaluator {
    /** The full answer: every reported diagnosis with all its reasons. */
    default Evaluation evaluate(Panel panel) { return evaluate(panel, Detail.FULL); }

    Evaluation evaluate(Panel panel, Detail detail);
}
