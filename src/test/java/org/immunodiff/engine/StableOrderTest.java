package org.immunodiff.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence lines and the ranking are sorted by StableOrder where they were sorted by comparators: the order, ties
 * included, must be exactly the one List.sort gave, or the answers would change.
 */
class StableOrderTest {
    record Line(int ledgerPosition, double weight) { }

    @ParameterizedTest(name = "runs of up to {0} items")
    @ValueSource(ints = {1, 5, 20, 48, 49, 120, 400})
    void ordersExactlyAsAStableComparatorSortBothWaysWithTiesInLedgerOrder(int maxLength) {
        Random random = new Random(20261128L + maxLength);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = random.nextInt(maxLength + 1);
            List<Line> ledger = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // few distinct weights, so that ties are common; signed zeros and infinities as Double.compare orders them
                double w = switch (random.nextInt(12)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    case 2 -> Double.NEGATIVE_INFINITY;
                    default -> (random.nextInt(15) - 7) / 4.0;
                };
                ledger.add(new Line(i, w));
            }
            for (boolean descending : new boolean[]{true, false}) {
                Comparator<Line> byWeight = Comparator.comparingDouble(Line::weight);
                List<Line> expected = new ArrayList<>(ledger);
                expected.sort(descending ? byWeight.reversed() : byWeight);

                Line[] items = ledger.toArray(new Line[0]);
                double[] keys = new double[n];
                for (int i = 0; i < n; i++) keys[i] = items[i].weight();
                StableOrder.sort(items, keys, 0, n, descending);

                assertThat(items).containsExactlyElementsOf(expected);
                for (int i = 0; i < n; i++) assertThat(keys[i]).isEqualTo(items[i].weight());
            }
        }
    }

    @Test
    void sortsOnlyTheRangeAskedForAndLeavesTheRestInPlace() {
        Line[] items = {new Line(0, 3), new Line(1, 1), new Line(2, 2), new Line(3, -1), new Line(4, -3), new Line(5, -2)};
        double[] keys = {3, 1, 2, -1, -3, -2};
        StableOrder.sort(items, keys, 3, 6, false); // the lines against, strongest against first

        assertThat(items).extracting(Line::ledgerPosition).containsExactly(0, 1, 2, 4, 5, 3);
        assertThat(keys).containsExactly(3, 1, 2, -3, -2, -1);
    }
}
