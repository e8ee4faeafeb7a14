package org.immunodiff.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The weight arrays of one thread's scorecards, reused from panel to panel: a panel's ledger holds some forty arrays
 * of one weight per diagnosis, which would otherwise be a third of what an evaluation allocates. One scorecard at a
 * time borrows the arena and gives it back when its panel's answer has been written out ({@link Scorecard#release});
 * a second scorecard on the same thread meanwhile simply allocates its own arrays.
 */
final class WeightArena {
    private static final ThreadLocal<WeightArena> OF_THREAD = ThreadLocal.withInitial(WeightArena::new);

    private final List<double[]> arrays = new ArrayList<>();
    private int used;
    private boolean lent;

    private WeightArena() { }

    /** This thread's arena, emptied, or null while another scorecard of this thread holds it. */
    static WeightArena borrow() {
        WeightArena arena = OF_THREAD.get();
        if (arena.lent) return null;
        arena.lent = true;
        arena.used = 0;
        return arena;
    }

    /** An array of {@code length} doubles (contents undefined: the caller writes every element). */
    double[] next(int length) {
        if (used < arrays.size() && arrays.get(used).length == length) return arrays.get(used++);
        double[] fresh = new double[length];
        if (used < arrays.size()) arrays.set(used, fresh);
        else arrays.add(fresh);
        used++;
        return fresh;
    }

    void giveBack() { lent = false; }
}
