package org.immunodiff.engine;

import org.immunodiff.model.Grade;

import java.util.ArrayList;
import java.util.List;

/** Collects the grade the grading rules reach for one panel (a DRL global, one per session). */
public final class GradeSheet {
    private Grade grade;
    private final List<String> notes = new ArrayList<>();

    /** Called by the rule that adds up the three components. */
    public void grade(GradeComponent differentiation, GradeComponent mitoses, GradeComponent necrosis) {
        int total = differentiation.score() + mitoses.score() + necrosis.score();
        List<String> all = new ArrayList<>();
        for (GradeComponent c : List.of(differentiation, mitoses, necrosis)) if (c.note() != null) all.add(c.note());
        all.addAll(notes);
        grade = new Grade("FNCLCC", Grade.fnclccGradeOf(total), differentiation.score(), mitoses.score(),
                necrosis.score(), total, mitoses.surrogate(), List.copyOf(all));
    }

    /** A remark on the grade (or on why there is none). */
    public void note(String text) { notes.add(text); }

    public Grade result() { return grade; }

    public List<String> notes() { return List.copyOf(notes); }
}
