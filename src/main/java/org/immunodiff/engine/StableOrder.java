package org.immunodiff.engine;

/**
 * A stable sort of a short run of items by a double key, keys held in a plain array. It gives exactly the order
 * {@code List.sort(Comparator.comparingDouble(key))} (or its reverse) gives, ties in their first order, but reads
 * each key once instead of through two comparator lambdas per comparison: the evidence of ten diagnoses and the
 * ranking of the diagnoses are sorted on every panel, and through comparators that cost a tenth of an evaluation.
 * Insertion, binary for the longer runs as {@code TimSort} does (a few dozen items a run; a few hundred at most).
 */
final class StableOrder {
    private StableOrder() { }

    /** Sorts items[from, to) by keys[from, to) (kept aligned), largest key first when descending. */
    static <T> void sort(T[] items, double[] keys, int from, int to, boolean descending) {
        if (to - from <= SHORT) insertion(items, keys, from, to, descending);
        else binaryInsertion(items, keys, from, to, descending);
    }

    /** Up to this many items, moving them one by one beats copying ranges (a copy has a fixed cost). */
    private static final int SHORT = 48;

    private static <T> void insertion(T[] items, double[] keys, int from, int to, boolean descending) {
        for (int i = from + 1; i < to; i++) {
            T item = items[i];
            double key = keys[i];
            int j = i;
            while (j > from && after(keys[j - 1], key, descending)) { // stable: only what comes strictly after moves
                items[j] = items[j - 1];
                keys[j] = keys[j - 1];
                j--;
            }
            items[j] = item;
            keys[j] = key;
        }
    }

    private static <T> void binaryInsertion(T[] items, double[] keys, int from, int to, boolean descending) {
        for (int i = from + 1; i < to; i++) {
            T item = items[i];
            double key = keys[i];
            int lo = from, hi = i; // insert after every element that does not come after this one (stable)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (after(keys[mid], key, descending)) hi = mid;
                else lo = mid + 1;
            }
            if (lo < i) {
                System.arraycopy(items, lo, items, lo + 1, i - lo);
                System.arraycopy(keys, lo, keys, lo + 1, i - lo);
                items[lo] = item;
                keys[lo] = key;
            }
        }
    }

    /** Whether a key k belongs strictly after key x in the order (Double.compare semantics, as the comparators). */
    private static boolean after(double k, double x, boolean descending) {
        int c = Double.compare(k, x);
        return descending ? c < 0 : c > 0;
    }
}
